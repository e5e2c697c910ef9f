import { useFormat, useLanguage, useModuleTranslation } from '@kente/sdk';
import { type Job, ProgressBar, useJobs } from '@kente/sdk/jobs';
import { Alert, Box, Button, Divider, Drawer, List, ListItem, ProgressLine, Typography } from '@kente/sdk/ui';
import { useId } from 'react';

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

/** Failures whose server text says what to do (an import's file, a conflict): shown as is in English, translated by code otherwise. */
const TOLD_FAILURES = ['MALFORMED', 'ENCODING', 'EMPTY', 'TOO_MANY_ROWS', 'TOO_MANY_COLUMNS', 'CONFLICT'];

function JobItem({ job }: { job: Job }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const english = useLanguage().startsWith('en');
  const percent = job.progress == null ? null : Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  const status = t(`journal.status.${job.status}`);
  const active = job.status === 'running' || job.status === 'queued';
  const rows = job.rows ?? null;
  // rows of the total while it runs (an import: by phase), the rows written once a report is done
  const count =
    rows == null
      ? ''
      : active && job.total != null
        ? t('journal.rowsOf', { rows: format.number(rows), total: format.number(job.total), count: job.total })
        : job.kind === 'import' && !active
          ? ''
          : t('journal.rows', { count: rows });
  const details = [
    status,
    active && job.phase ? t(`journal.phase.${job.phase}`, { defaultValue: job.phase }) : '',
    percent != null && job.status === 'running' ? t('journal.percent', { percent }) : '',
    count,
    format.dateTime(job.createdAt),
  ].filter(Boolean);
  const told = job.errorCode && TOLD_FAILURES.includes(job.errorCode);
  return (
    <ListItem divider data-job={job.id} data-status={job.status} sx={{ display: 'block' }}>
      <Typography sx={{ fontWeight: 600 }}>{job.title}</Typography>
      <Typography variant="body2" color="text.secondary">
        {details.join(' · ')}
      </Typography>
      {active && <ProgressBar aria-label={t('journal.progressOf', { title: job.title })} value={percent} />}
      {job.status === 'done' && job.register && <ImportOutcome job={job} />}
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
          {told ? (english ? job.error : t(`journal.errors.${job.errorCode}`, { defaultValue: job.error })) : t('journal.failed')}
        </Alert>
      )}
    </ListItem>
  );
}

/** What a register import found, without opening its report. */
function ImportOutcome({ job }: { job: Job }) {
  const { t } = useModuleTranslation();
  const register = job.register;
  if (!register) return null;
  const problems = register.problems ?? 0;
  const text =
    problems > 0
      ? `${t('journal.import.problems', { count: problems })}${register.dryRun ? '' : ` ${t('journal.import.notApplied')}`}`
      : t(register.applied ? 'journal.import.applied' : 'journal.import.checked');
  return (
    <Typography variant="body2" sx={{ mt: 0.5 }} color={problems > 0 ? 'error' : 'text.primary'}>
      {text}
    </Typography>
  );
}
