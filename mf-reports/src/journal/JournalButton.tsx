import { useModuleTranslation } from '@kente/sdk';
import { activeJobs, OPEN_JOURNAL_EVENT, setJournalOpen, useJobs } from '@kente/sdk/jobs';
import { Box, IconButton, KenteIcon } from '@kente/sdk/ui';
import { lazy, Suspense, useEffect, useState } from 'react';

// The panel's code loads when the user first opens it: the button is on every page.
const JournalPanel = lazy(() => import('./JournalPanel.js'));

/**
 * The journal of long work in the app bar (`shell.header.actions`): a button whose badge
 * counts the user's running jobs (or the finished ones not seen yet), opening the list.
 */
export default function JournalButton() {
  const { t } = useModuleTranslation();
  const { jobs, unseen } = useJobs();
  const [open, setOpen] = useState(false);
  const running = activeJobs(jobs);
  const count = running || unseen;
  const label =
    running > 0 ? t('journal.buttonRunning', { count: running }) : unseen > 0 ? t('journal.buttonFinished', { count: unseen }) : t('journal.button');
  const toggle = (next: boolean) => {
    setJournalOpen(next);
    setOpen(next);
  };
  // A job started in the background (a report) opens the journal, so the user sees it queued.
  useEffect(() => {
    const show = () => {
      setJournalOpen(true);
      setOpen(true);
    };
    window.addEventListener(OPEN_JOURNAL_EVENT, show);
    return () => window.removeEventListener(OPEN_JOURNAL_EVENT, show);
  }, []);
  return (
    <>
      <IconButton color="inherit" onClick={() => toggle(true)} aria-label={label} aria-haspopup="dialog" aria-expanded={open} data-testid="journal-button">
        <KenteIcon name="folder" />
        {count > 0 && (
          <Box
            component="span"
            aria-hidden
            data-testid="journal-badge"
            sx={{
              position: 'absolute',
              top: 2,
              right: 0,
              minWidth: 16,
              height: 16,
              px: 0.5,
              borderRadius: 8,
              fontSize: 11,
              lineHeight: '16px',
              fontWeight: 700,
              bgcolor: running ? 'warning.main' : 'success.main',
              color: 'common.white',
            }}
          >
            {count}
          </Box>
        )}
      </IconButton>
      {open && (
        <Suspense fallback={null}>
          <JournalPanel onClose={() => toggle(false)} />
        </Suspense>
      )}
    </>
  );
}
