import { useFormat, useLanguage, useModuleConfig, useModuleTranslation } from '@kente/sdk';
import { type Job, jobFinished, ProgressBar, useJob } from '@kente/sdk/jobs';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Link,
  ProgressLine,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@kente/sdk/ui';
import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import {
  canApply,
  exportUrl,
  type ImportOutcome,
  type ImportReport,
  importRegister,
  jobOutcome,
  type ReportProblem,
  reportLines,
  runsAsJob,
  startImportJob,
} from './registerImport.js';
import { REGISTERS, type RegisterInfo } from './registerQueries.js';

/** Lines of a report shown at most (errors first); a 40,000-row file is counted, not drawn. */
const SHOWN = 200;

/**
 * Administration › Registers (/admin/registers): for each register the user may use, the
 * export links, the columns, and the import (choose a file, dry run, apply). The route needs no
 * single right: the page shows the registers the server says the user may export or import.
 */
export default function RegistersPage() {
  const { t } = useModuleTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: REGISTERS });
  const usable = (data?.registers ?? []).filter((r) => r.canExport || r.canImport);
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2, maxWidth: 1200 }}>
      <Typography variant="h5" component="h1">
        {t('registers.title')}
      </Typography>
      <Typography color="text.secondary">{t('registers.intro')}</Typography>
      {fetching && !data && <ProgressLine aria-label={t('registers.loading')} />}
      {error && !data && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('registers.retry')}
            </Button>
          }
        >
          {t('registers.loadFailed')}
        </Alert>
      )}
      {data && usable.length === 0 && <Alert severity="info">{t('registers.none')}</Alert>}
      {usable.map((register) => (
        <RegisterCard key={register.name} register={register} />
      ))}
    </Box>
  );
}

function RegisterCard({ register }: { register: RegisterInfo }) {
  const { t } = useModuleTranslation();
  const titleId = useId();
  const label = t(`registers.names.${register.name}`, { defaultValue: register.name });
  return (
    <Card variant="outlined" component="section" aria-labelledby={titleId}>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography id={titleId} variant="h6" component="h2">
          {label}
        </Typography>
        {register.canExport && (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography>{t('registers.export')}</Typography>
            <Link href={exportUrl(register.name, 'csv')} download aria-label={t('registers.exportAs', { register: label, format: 'CSV' })}>
              CSV
            </Link>
            <Link href={exportUrl(register.name, 'xlsx')} download aria-label={t('registers.exportAs', { register: label, format: 'XLSX' })}>
              XLSX
            </Link>
          </Stack>
        )}
        <Columns register={register} />
        {register.canImport && <Importer register={register} label={label} />}
      </CardContent>
    </Card>
  );
}

function Columns({ register }: { register: RegisterInfo }) {
  const { t } = useModuleTranslation();
  return (
    <details>
      <summary>{t('registers.columnsTitle', { count: register.columns.length })}</summary>
      <Table size="small" aria-label={t('registers.columnsOf', { register: t(`registers.names.${register.name}`) })}>
        <TableHead>
          <TableRow>
            <TableCell>{t('registers.column')}</TableCell>
            <TableCell>{t('registers.required')}</TableCell>
            <TableCell>{t('registers.description')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {register.columns.map((column) => (
            <TableRow key={column.header}>
              <TableCell>
                <code>{column.header}</code>
              </TableCell>
              <TableCell>{column.required ? t('registers.yes') : ''}</TableCell>
              <TableCell>
                {t([`registers.columns.${register.name}.${column.header}`, `registers.columns.${column.header}`], { defaultValue: column.description })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}

/** What the importer is doing: a direct call, or a big file being sent then followed in the journal. */
type Busy =
  | { dryRun: boolean; stage: 'direct' }
  | { dryRun: boolean; stage: 'upload'; sent: number; total: number }
  | { dryRun: boolean; stage: 'job'; id: string };

function Importer({ register, label }: { register: RegisterInfo; label: string }) {
  const { t } = useModuleTranslation();
  const language = useLanguage();
  const config = useModuleConfig<{ registers?: { jobFromBytes?: number } }>();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [outcome, setOutcome] = useState<{ file: File; dryRun: boolean; outcome: ImportOutcome } | null>(null);
  const job = useJob(busy?.stage === 'job' ? busy.id : null);
  const checked = outcome?.dryRun && outcome.outcome.kind === 'report' ? { file: outcome.file, report: outcome.outcome.report } : null;
  const applyAllowed = canApply({ file, checked });

  // A job that ends: its report (or its failure) shown as the direct call's would be.
  useEffect(() => {
    if (!file || busy?.stage !== 'job' || !job || !jobFinished(job)) return;
    let current = true;
    void jobOutcome(job).then((result) => {
      if (!current) return;
      setOutcome({ file, dryRun: busy.dryRun, outcome: result });
      setBusy(null);
    });
    return () => {
      current = false;
    };
  }, [job, busy, file]);

  async function run(dryRun: boolean) {
    if (!file || busy) return;
    setOutcome(null);
    if (!runsAsJob(file.size, config.registers?.jobFromBytes)) {
      setBusy({ dryRun, stage: 'direct' });
      const result = await importRegister(register.name, file, dryRun);
      setOutcome({ file, dryRun, outcome: result });
      setBusy(null);
      return;
    }
    setBusy({ dryRun, stage: 'upload', sent: 0, total: file.size });
    const started = await startImportJob(register.name, file, dryRun, language, (sent, total) => setBusy({ dryRun, stage: 'upload', sent, total }));
    if (started.kind === 'job') setBusy({ dryRun, stage: 'job', id: started.id });
    else {
      setOutcome({ file, dryRun, outcome: started });
      setBusy(null);
    }
  }

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 1.5 }}>
      <Typography component="legend" variant="subtitle1" sx={{ mb: 1 }}>
        {t('registers.importTitle', { register: label })}
      </Typography>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor={inputId}>{t('registers.file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={!!busy}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setOutcome(null);
          }}
        />
        <Button variant="outlined" disabled={!file || !!busy} onClick={() => void run(true)}>
          {t('registers.dryRun')}
        </Button>
        <Button variant="contained" disabled={!applyAllowed || !!busy} onClick={() => void run(false)}>
          {t('registers.apply')}
        </Button>
      </Stack>
      {!busy && file && !applyAllowed && !outcome && <Typography color="text.secondary">{t('registers.dryRunFirst')}</Typography>}
      {busy?.stage === 'direct' && (
        <Box role="status">
          <Typography>{t(busy.dryRun ? 'registers.checking' : 'registers.applying', { name: file?.name })}</Typography>
          <ProgressLine aria-label={t(busy.dryRun ? 'registers.checking' : 'registers.applying', { name: file?.name })} />
        </Box>
      )}
      {busy && busy.stage !== 'direct' && <JobProgress busy={busy} job={busy.stage === 'job' ? job : null} name={file?.name ?? ''} />}
      {!busy && outcome && <Outcome dryRun={outcome.dryRun} outcome={outcome.outcome} />}
    </Box>
  );
}

/**
 * A big file's progress: the upload (bytes sent), then the job as the journal pushes it (queued,
 * reading the file, checking and writing its rows of the total). The phase is announced once
 * (a live region); the counts are the bar's value, not read out at every event.
 */
function JobProgress({ busy, job, name }: { busy: Exclude<Busy, { stage: 'direct' }>; job: Job | null; name: string }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  let phase: string;
  let value: number | null = null;
  let count = '';
  if (busy.stage === 'upload') {
    phase = t('registers.job.sending', { name });
    value = busy.total ? (100 * busy.sent) / busy.total : null;
    count = t('registers.job.sent', { percent: Math.round(value ?? 0) });
  } else if (!job || job.status === 'queued' || !job.phase) {
    phase = t('registers.job.queued', { name });
  } else {
    phase = t(`registers.job.phase.${job.phase}`, { name, defaultValue: t('registers.job.queued', { name }) });
    value = job.progress == null ? null : 100 * job.progress;
    const rows = job.rows ?? 0;
    count =
      job.total == null
        ? t('registers.job.rowsRead', { count: rows, rows: format.number(rows) })
        : t('registers.job.rowsOf', { count: job.total, rows: format.number(rows), total: format.number(job.total) });
  }
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }} data-testid="register-job">
      <Typography role="status">{phase}</Typography>
      <ProgressBar aria-label={phase} value={value} />
      {count && (
        <Typography variant="body2" color="text.secondary">
          {count}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('registers.job.background')}
      </Typography>
    </Box>
  );
}

function Outcome({ dryRun, outcome }: { dryRun: boolean; outcome: ImportOutcome }) {
  const { t } = useModuleTranslation();
  const language = useLanguage();
  if (outcome.kind === 'refused') {
    // a file the server cannot read: its own (English) words say what to do; translated otherwise
    const serverText = language.startsWith('en') && outcome.code in REFUSALS_WITH_SERVER_TEXT;
    return (
      <Alert severity="error" role="alert">
        {serverText ? outcome.message : t([`registers.refused.${outcome.code}`, 'registers.refused.other'], { message: outcome.message })}
      </Alert>
    );
  }
  const { report } = outcome;
  const summary = t('registers.counts', { ...report.counts });
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {report.applied ? (
        <Alert severity="success" role="status">
          {t('registers.applied')} {summary}
        </Alert>
      ) : !dryRun ? (
        <Alert severity="error" role="alert">
          {t('registers.notApplied')} {summary}
        </Alert>
      ) : report.ok ? (
        <Alert severity="info" role="status">
          {t('registers.dryRunOk')} {summary}
        </Alert>
      ) : (
        <Alert severity="warning" role="alert">
          {t('registers.dryRunProblems', { count: report.counts.problems })} {summary}
        </Alert>
      )}
      <ReportTable report={report} />
    </Box>
  );
}

/** Refusals whose server text says what to do (the file's own fault): shown as is in English. */
const REFUSALS_WITH_SERVER_TEXT = { MALFORMED: 1, ENCODING: 1, EMPTY: 1, TOO_MANY_ROWS: 1, TOO_MANY_COLUMNS: 1 };

function ReportTable({ report }: { report: ImportReport }) {
  const { t } = useModuleTranslation();
  const lines = reportLines(report);
  if (lines.length === 0) return null;
  const shown = lines.slice(0, SHOWN);
  return (
    <>
      <TableContainer sx={{ maxHeight: 420 }}>
        <Table size="small" stickyHeader aria-label={t('registers.reportTable')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('registers.row')}</TableCell>
              <TableCell>{t('registers.code')}</TableCell>
              <TableCell>{t('registers.action')}</TableCell>
              <TableCell>{t('registers.problems')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((line) => (
              <TableRow key={line.row}>
                <TableCell>{line.row}</TableCell>
                <TableCell>{line.code}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={line.action === 'error' ? 'error' : line.action === 'create' ? 'success' : line.action === 'update' ? 'info' : 'default'}
                    label={t(`registers.actions.${line.action}`)}
                  />
                  {line.changes && line.changes.length > 0 && (
                    <Typography variant="caption" sx={{ ml: 1 }}>
                      {line.changes.join(', ')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {line.problems.map((problem) => (
                    <ProblemText key={`${problem.column}-${problem.code}-${problem.message}`} problem={problem} />
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {lines.length > SHOWN && <Typography color="text.secondary">{t('registers.more', { count: lines.length - SHOWN })}</Typography>}
      {report.problemsTruncated && <Typography color="text.secondary">{t('registers.problemsTruncated', { count: report.counts.problems })}</Typography>}
    </>
  );
}

/**
 * A problem: its column, then the server's English message in English; otherwise the column's own
 * words for the code when it has some (the `active` flag's values), else the translated code.
 */
function ProblemText({ problem }: { problem: ReportProblem }) {
  const { t } = useModuleTranslation();
  const language = useLanguage();
  const keys = [`registers.problemCodes.${problem.code}`, 'registers.problemCodes.INVALID'];
  // a register's own header (an unknown column's header is the file's text: never a key)
  if (problem.column && /^[a-z_]+$/.test(problem.column)) keys.unshift(`registers.columnProblems.${problem.column}.${problem.code}`);
  const text = language.startsWith('en') ? problem.message : t(keys, { defaultValue: problem.message });
  return <Box>{problem.column ? t('registers.problemIn', { column: problem.column, text }) : text}</Box>;
}
