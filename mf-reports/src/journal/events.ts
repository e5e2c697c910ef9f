/** Fired on window when a report starts in the background: the journal opens to show it. */
export const OPEN_JOURNAL_EVENT = 'kente:journal-open';
