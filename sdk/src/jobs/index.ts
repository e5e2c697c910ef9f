/**
 * `@kente/sdk/jobs`: the journal of long work for modules (its store over the server's event
 * stream, one per page) and the determinate progress bar. A late shared key: loaded by the pages
 * and the app-bar journal that use it, never by the sign-in page or a page that does not.
 */
export type { Job, JobConnection, JobStatus, JobsState, RegisterJob } from './journal.js';
export { activeJobs, jobFinished, OPEN_JOURNAL_EVENT, openJournal, receiveJobs, setJournalOpen, useJob, useJobs } from './journal.js';
export { ProgressBar } from './ProgressBar.js';
