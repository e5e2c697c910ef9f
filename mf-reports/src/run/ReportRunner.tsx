import { type ResolvedReport, useLanguage, useModuleTranslation } from '@kente/sdk';
import { openJournal } from '@kente/sdk/jobs';
import { Alert, Box, Button, FormControlLabel, Stack, Typography } from '@kente/sdk/ui';
import { type FormEvent, useId, useState } from 'react';
import { OUTPUTS, type Output, type ParamProblem, type ReportDefinition } from './definitions.js';
import { LocationParams, ParamField } from './ParamField.js';
import { type ParamError, reportQuery, validateParams } from './validate.js';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working'; what: 'download' | 'background' }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'started' }
  | { kind: 'failed'; message: string };

/** `attachment; filename="premium_collection-2026-11-28.pdf"` → the name. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const star = disposition && /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = disposition && /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

async function problemsOf(response: Response): Promise<ParamProblem[]> {
  try {
    const body = (await response.json()) as { problems?: ParamProblem[] };
    return Array.isArray(body.problems) ? body.problems : [];
  } catch {
    return [];
  }
}

/**
 * A report's parameter form, generated from its definition, and its outputs: a download
 * (PDF, XLSX or CSV through `GET /api/reports/<name>.<ext>`) or a run in the background
 * (`POST /api/jobs/reports/...`) followed in the journal.
 */
export default function ReportRunner({ report, definition }: { report: ResolvedReport; definition: ReportDefinition }) {
  const { t } = useModuleTranslation();
  const language = useLanguage();
  const formId = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, ParamError>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [output, setOutput] = useState<Output>('pdf');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const params = definition.params;
  const locations = params.filter((p) => p.type === 'location');

  // The server names each parameter in the user's language.
  const paramLabel = (name: string) => params.find((p) => p.name === name)?.label || name;
  const errorText = (name: string): string | undefined => {
    const e = errors[name];
    if (e) {
      if (e.code === 'ORDER') return t('form.errors.ORDER', { other: paramLabel(e.other ?? '') });
      if (e.code === 'OUT_OF_RANGE') {
        if (e.min != null && e.max != null) return t('form.errors.OUT_OF_RANGE', { min: e.min, max: e.max });
        if (e.max != null) return t('form.errors.TOO_LONG', { max: e.max });
      }
      return t(`form.errors.${e.code}`);
    }
    return serverErrors[name];
  };

  const change = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (errors[name] || serverErrors[name]) {
      setErrors(({ [name]: _, ...rest }) => rest);
      setServerErrors(({ [name]: _, ...rest }) => rest);
    }
  };

  /** Shows the server's 400 problems on their fields (or above the form when they name none). */
  const showProblems = (problems: ParamProblem[]) => {
    const byField: Record<string, string> = {};
    const other: string[] = [];
    for (const p of problems) {
      if (p.param && params.some((x) => x.name === p.param)) byField[p.param] = p.message;
      else other.push(p.message);
    }
    setServerErrors(byField);
    setGeneral(other.length || Object.keys(byField).length ? other : [t('run.badRequest')]);
  };

  const failure = async (response: Response) => {
    if (response.status === 400) {
      showProblems(await problemsOf(response));
      setOutcome({ kind: 'idle' });
      return;
    }
    const key =
      response.status === 401
        ? 'run.signedOut'
        : response.status === 403
          ? 'run.forbidden'
          : response.status === 404
            ? 'run.unknown'
            : response.status === 429
              ? 'run.busy'
              : 'run.failed';
    setOutcome({ kind: 'failed', message: t(key, { status: response.status }) });
  };

  const run = async (what: 'download' | 'background') => {
    const found = validateParams(params, values);
    setErrors(found);
    setServerErrors({});
    setGeneral([]);
    if (Object.keys(found).length) {
      setOutcome({ kind: 'idle' });
      // Focus the first field in error, so keyboard and screen reader users land on it.
      const first = params.find((p) => found[p.name]);
      if (first) document.querySelector<HTMLElement>(`#${CSS.escape(formId)} [name="${first.name}"], #${CSS.escape(formId)} [name^="${first.name}-"]`)?.focus();
      return;
    }
    const file = `${encodeURIComponent(report.name)}.${output}`;
    const query = reportQuery(params, values, language);
    setOutcome({ kind: 'working', what });
    try {
      if (what === 'download') {
        const response = await fetch(`/api/reports/${file}?${query}`, { credentials: 'same-origin' });
        if (!response.ok) return await failure(response);
        const fileName = fileNameOf(response.headers.get('content-disposition'), `${report.name}.${output}`);
        const url = URL.createObjectURL(await response.blob());
        const a = document.createElement('a');
        a.href = url;
        a.download = fileName;
        document.body.append(a);
        a.click();
        a.remove();
        window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
        setOutcome({ kind: 'downloaded', fileName });
      } else {
        const response = await fetch(`/api/jobs/reports/${file}?${query}`, { method: 'POST', credentials: 'same-origin', headers: { 'x-kente-csrf': '1' } });
        if (!response.ok) return await failure(response);
        setOutcome({ kind: 'started' });
        openJournal();
      }
    } catch {
      setOutcome({ kind: 'failed', message: t('run.network') });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run('download');
  };
  const working = outcome.kind === 'working';

  return (
    <Box component="form" id={formId} noValidate onSubmit={submit} aria-describedby={`${formId}-status`} sx={{ maxWidth: 760 }}>
      {general.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {general.map((m) => (
            <Box key={m}>{m}</Box>
          ))}
        </Alert>
      )}
      {params.length === 0 && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('form.noParams')}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mb: 2 }}>
        {params.map((p) => {
          if (p.type !== 'location')
            return (
              <Box key={p.name} data-param={p.name}>
                <ParamField param={p} label={paramLabel(p.name)} value={values[p.name] ?? ''} onChange={(v) => change(p.name, v)} error={errorText(p.name)} />
              </Box>
            );
          // The location parameters share one cascade, where the first of them stands.
          if (p !== locations[0]) return null;
          return (
            <Box key={p.name} sx={{ gridColumn: '1 / -1' }} data-param={locations.map((l) => l.name).join(' ')}>
              <LocationParams
                params={locations}
                label={locations.map((l) => paramLabel(l.name)).join(' › ')}
                onChange={change}
                error={locations.map((l) => errorText(l.name)).find(Boolean)}
              />
            </Box>
          );
        })}
      </Box>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
        <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5 }}>
          {t('run.output')}
        </Typography>
        <Stack direction="row" spacing={2}>
          {OUTPUTS.map((o) => (
            <FormControlLabel
              key={o}
              label={t(`run.outputs.${o}`)}
              control={<input type="radio" name="output" value={o} checked={output === o} onChange={() => setOutput(o)} style={{ marginRight: 6 }} />}
              sx={{ ml: 0 }}
            />
          ))}
        </Stack>
      </Box>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" disabled={working}>
          {working && outcome.what === 'download' ? t('run.downloading') : t('run.download')}
        </Button>
        <Button variant="outlined" disabled={working} onClick={() => void run('background')}>
          {working && outcome.what === 'background' ? t('run.starting') : t('run.background')}
        </Button>
      </Stack>
      <Box id={`${formId}-status`} role="status" aria-live="polite" sx={{ mt: 2 }}>
        {outcome.kind === 'downloaded' && <Alert severity="success">{t('run.downloaded', { fileName: outcome.fileName })}</Alert>}
        {outcome.kind === 'started' && <Alert severity="info">{t('run.started')}</Alert>}
        {outcome.kind === 'failed' && <Alert severity="error">{outcome.message}</Alert>}
      </Box>
    </Box>
  );
}
