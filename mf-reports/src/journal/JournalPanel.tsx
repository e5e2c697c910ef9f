import { useFormat, useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Button, Divider, Drawer, List, ListItem, ProgressLine, Typography } from '@kente/sdk/ui';
import { useId } from 'react';
import { type Job, useJobs } from './jobs.js';

/** The journal's list of jobs, in a panel at the right (focus stays inside; Escape closes). */
export default function JournalPanel({ onClose }: { onClose: () => void }) {
  const { t } = useModuleTranslation();
  const { jobs, connection } = useJobs();
  const titleId = useId();
  return (
    // Above the app bar (which sits above the menu drawer).
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: 380, maxWidth: '100vw' } } }}
    >
      <Box sx={{ p: 2, display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography id={titleId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('journal.title')}
        </Typography>
        <Button onClick={onClose}>{t('journal.close')}</Button>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1 }}>
        {t('journal.intro')}
      </Typography>
      <Divider />
      {connection === 'retrying' && (
        <Alert severity="warning" role="status" sx={{ m: 2 }}>
          {t('journal.reconnecting')}
        </Alert>
      )}
      {connection === 'connecting' && jobs.length === 0 && <ProgressLine aria-label={t('journal.loading')} />}
      {connection !== 'connecting' && jobs.length === 0 && (
        <Typography sx={{ p: 2 }} color="text.secondary">
          {t('journal.empty')}
        </Typography>
      )}
      <List aria-label={t('journal.title')} aria-live="polite" sx={{ overflowY: 'auto' }}>
        {jobs.map((job) => (
          <JobItem key={job.id} job={job} />
        ))}
      </List>
    </Drawer>
  );
}

function JobItem({ job }: { job: Job }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const percent = job.progress == null ? null : Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  const status = t(`journal.status.${job.status}`);
  return (
    <ListItem divider data-job={job.id} data-status={job.status} sx={{ display: 'block' }}>
      <Typography sx={{ fontWeight: 600 }}>{job.title}</Typography>
      <Typography variant="body2" color="text.secondary">
        {status}
        {percent != null && job.status === 'running' ? ` · ${t('journal.percent', { percent })}` : ''}
        {job.rows != null ? ` · ${t('journal.rows', { count: job.rows })}` : ''}
        {' · '}
        {format.dateTime(job.createdAt)}
      </Typography>
      {(job.status === 'running' || job.status === 'queued') &&
        (percent == null ? (
          <ProgressLine aria-label={t('journal.progressOf', { title: job.title })} />
        ) : (
          <Box
            role="progressbar"
            aria-label={t('journal.progressOf', { title: job.title })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            sx={{ height: 4, mt: 0.5, bgcolor: 'action.hover' }}
          >
            <Box sx={{ height: 4, width: `${percent}%`, bgcolor: 'primary.main', transition: 'width 0.3s' }} />
          </Box>
        ))}
      {job.status === 'done' && (
        <Button
          component="a"
          href={`/api/jobs/${encodeURIComponent(job.id)}/file`}
          download={job.fileName ?? true}
          size="small"
          variant="outlined"
          sx={{ mt: 1 }}
          aria-label={t('journal.downloadOf', { title: job.title })}
        >
          {t('journal.download')}
          {job.fileName ? ` (${job.fileName})` : ''}
        </Button>
      )}
      {job.status === 'failed' && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {job.error || t('journal.failed')}
        </Alert>
      )}
    </ListItem>
  );
}
