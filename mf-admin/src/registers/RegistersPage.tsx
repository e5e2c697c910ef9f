import { useLanguage, useModuleTranslation } from '@kente/sdk';
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
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { canApply, exportUrl, type ImportOutcome, type ImportReport, importRegister, type ReportProblem, reportLines } from './registerImport.js';
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

type Busy = 'dryRun' | 'apply' | null;

function Importer({ register, label }: { register: RegisterInfo; label: string }) {
  const { t } = useModuleTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<{ file: File; dryRun: boolean; outcome: ImportOutcome } | null>(null);
  const checked = outcome?.dryRun && outcome.outcome.kind === 'report' ? { file: outcome.file, report: outcome.outcome.report } : null;
  const applyAllowed = canApply({ file, checked });

  async function run(dryRun: boolean) {
    if (!file || busy) return;
    setBusy(dryRun ? 'dryRun' : 'apply');
    const result = await importRegister(register.name, file, dryRun);
    setOutcome({ file, dryRun, outcome: result });
    setBusy(null);
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
      {busy && (
        <Box role="status">
          <Typography>{t(busy === 'dryRun' ? 'registers.checking' : 'registers.applying', { name: file?.name })}</Typography>
          <ProgressLine aria-label={t(busy === 'dryRun' ? 'registers.checking' : 'registers.applying', { name: file?.name })} />
        </Box>
      )}
      {!busy && outcome && <Outcome dryRun={outcome.dryRun} outcome={outcome.outcome} />}
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
