import { useDataTableLabels, useFormat, useModuleTranslation } from '@kente/sdk';
import { CONFLICT, type UserError } from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  type DataColumn,
  DataTable,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
  usePagedQuery,
} from '@kente/sdk/ui';
import { useEffect, useMemo, useState } from 'react';
import { useClient } from 'urql';
import type { VariablesOf } from '../graphql.js';
import { LineSettingsDialog } from './LineSettingsDialog.js';
import { chunks, type LineFormValues, lineInput, lineToForm } from './productForm.js';
import {
  MEDICAL_ITEMS,
  MEDICAL_SERVICES,
  PRODUCT_ITEMS,
  PRODUCT_SERVICES,
  type ResultOfLines,
  SET_PRODUCT_ITEMS,
  SET_PRODUCT_SERVICES,
} from './productQueries.js';

export type LineKind = 'services' | 'items';
type Line = ResultOfLines;
type LineSettingsInput = NonNullable<VariablesOf<typeof SET_PRODUCT_SERVICES>['input']['settings']>;

interface Medical {
  id: string;
  code: string;
  name: string;
  price: string;
}

/** Pages of ~50: the server's query cost limit, and a page a clerk can read. */
const PAGE = 50;

/** A text typed, applied after a pause (a search box). */
function useDebounced(value: string, ms = 300): string {
  const [applied, setApplied] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setApplied(value.trim()), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return applied;
}

/** A checkbox column: each row's box, and one in the header for the whole page. */
function selectColumn<T>(options: {
  rows: T[];
  idOf: (row: T) => string;
  selected: ReadonlySet<string>;
  toggle: (ids: string[], on: boolean) => void;
  label: (row: T) => string;
  allLabel: string;
}): DataColumn<T> {
  const ids = options.rows.map(options.idOf);
  const all = ids.length > 0 && ids.every((id) => options.selected.has(id));
  const some = ids.some((id) => options.selected.has(id));
  return {
    key: 'select',
    header: (
      <Checkbox
        size="small"
        checked={all}
        indeterminate={some && !all}
        disabled={ids.length === 0}
        onChange={(e) => options.toggle(ids, e.target.checked)}
        slotProps={{ input: { 'aria-label': options.allLabel } }}
      />
    ),
    render: (row) => (
      <Checkbox
        size="small"
        checked={options.selected.has(options.idOf(row))}
        onChange={(e) => options.toggle([options.idOf(row)], e.target.checked)}
        slotProps={{ input: { 'aria-label': options.label(row) } }}
      />
    ),
  };
}

function useSelection() {
  const [selected, setSelected] = useState<Map<string, Medical>>(new Map());
  return {
    selected,
    ids: useMemo(() => new Set(selected.keys()), [selected]),
    toggle: (rows: Medical[], on: boolean) =>
      setSelected((current) => {
        const next = new Map(current);
        for (const row of rows) on ? next.set(row.id, row) : next.delete(row.id);
        return next;
      }),
    clear: () => setSelected(new Map()),
  };
}

/**
 * The picker of medical services or items to cover: searched on the server, paged by 50 (40,000
 * services exist), many chosen across pages and searches, then added with one settings set.
 */
function MedicalPickerDialog({ kind, onChoose, onClose }: { kind: LineKind; onChoose: (chosen: Medical[]) => void; onClose: () => void }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const labels = useDataTableLabels();
  const [text, setText] = useState('');
  const search = useDebounced(text);
  const selection = useSelection();
  const paged = usePagedQuery<Medical>({
    query: kind === 'services' ? MEDICAL_SERVICES : MEDICAL_ITEMS,
    field: kind === 'services' ? 'medicalServices' : 'medicalItems',
    variables: { filter: search ? { search } : {} },
    pageSize: PAGE,
  });
  const byId = new Map(paged.rows.map((row) => [row.id, row]));
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="medical-picker-title">
      <DialogTitle id="medical-picker-title">{t(`product.lines.${kind}.pickTitle`)}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 1 }}>
        <TextField
          type="search"
          size="small"
          autoFocus
          label={t(`product.lines.${kind}.pickSearch`)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          sx={{ mt: 1 }}
        />
        <Typography variant="body2" color="text.secondary" role="status">
          {t('product.lines.chosen', { count: selection.selected.size })}
        </Typography>
        <DataTable<Medical>
          caption={t(`product.lines.${kind}.pickTitle`)}
          labels={{ ...labels, empty: t('product.lines.noMatch') }}
          rowKey={(row) => row.id}
          source={paged}
          columns={[
            selectColumn<Medical>({
              rows: paged.rows,
              idOf: (row) => row.id,
              selected: selection.ids,
              toggle: (ids, on) =>
                selection.toggle(
                  ids.map((id) => byId.get(id)).filter((row): row is Medical => Boolean(row)),
                  on,
                ),
              label: (row) => t('product.lines.choose', { code: row.code, name: row.name }),
              allLabel: t('product.lines.choosePage'),
            }),
            { key: 'code', header: t('product.lines.code'), render: (row) => row.code },
            { key: 'name', header: t('product.lines.name'), render: (row) => row.name },
            { key: 'price', header: t('product.lines.price'), align: 'right', render: (row) => format.money(row.price) },
          ]}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('product.cancel')}</Button>
        <Button variant="contained" disabled={selection.selected.size === 0} onClick={() => onChoose([...selection.selected.values()])}>
          {t('product.lines.addChosen', { count: selection.selected.size })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

type Editing = { mode: 'add'; chosen: Medical[] } | { mode: 'edit'; ids: string[]; initial: Partial<LineFormValues> | null };

/**
 * The product's covered services or items, paged from the server with their settings: search,
 * select, change the settings of one line or a selection, remove a selection, add from the picker.
 */
export function ProductLines(props: { kind: LineKind; productId: string; version: number; onVersion: (version: number) => void; disabled: boolean }) {
  const { kind } = props;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const labels = useDataTableLabels();
  const client = useClient();
  const [text, setText] = useState('');
  const search = useDebounced(text);
  const paged = usePagedQuery<Line>({
    query: kind === 'services' ? PRODUCT_SERVICES : PRODUCT_ITEMS,
    field: 'product.lines',
    variables: { id: props.productId, ...(search ? { search } : {}) },
    pageSize: PAGE,
  });
  const selection = useSelection();
  const [picking, setPicking] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [problem, setProblem] = useState<{ conflict: boolean; message: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The version this list last saw: the page's (raised by the form's saves) or its own (raised by its changes).
  const [ownVersion, setOwnVersion] = useState(props.version);
  const version = Math.max(ownVersion, props.version);

  /** One change in calls of at most 1000 ids, each at the version the previous one returned. */
  const apply = async (change: {
    ids?: string[];
    remove?: string[];
    settings?: LineFormValues;
  }): Promise<{ errors: UserError[]; requestError?: string; conflict?: boolean } | null> => {
    setProblem(null);
    setDone(null);
    const batches: Array<{ ids?: string[]; remove?: string[] }> = change.ids
      ? chunks(change.ids).map((ids) => ({ ids }))
      : chunks(change.remove ?? []).map((remove) => ({ remove }));
    const settings = change.settings ? { settings: lineInput(change.settings) as LineSettingsInput } : {};
    let at = version;
    for (const batch of batches) {
      const base = { id: props.productId, version: at, ...settings, ...(batch.remove ? { remove: batch.remove } : {}) };
      const result =
        kind === 'services'
          ? await client.mutation(SET_PRODUCT_SERVICES, { input: { ...base, ...(batch.ids ? { serviceIds: batch.ids } : {}) } }).toPromise()
          : await client.mutation(SET_PRODUCT_ITEMS, { input: { ...base, ...(batch.ids ? { itemIds: batch.ids } : {}) } }).toPromise();
      if (result.error) return { errors: [], requestError: result.error.graphQLErrors[0]?.message ?? result.error.message };
      const data = result.data as Record<string, { product: { version: number } | null; errors: UserError[] }> | undefined;
      const payload = data?.[kind === 'services' ? 'setProductServices' : 'setProductItems'];
      if (payload?.errors.some((error) => error.code === CONFLICT)) {
        setProblem({ conflict: true, message: t('product.lines.conflict') });
        return { errors: [], requestError: t('product.lines.conflict'), conflict: true };
      }
      if (payload?.errors.length || !payload?.product) return { errors: payload?.errors ?? [] };
      at = payload.product.version;
      setOwnVersion(at);
      props.onVersion(at);
    }
    paged.refetch();
    return null;
  };

  const reload = async () => {
    const result = await client
      .query(kind === 'services' ? PRODUCT_SERVICES : PRODUCT_ITEMS, { id: props.productId, first: 1 }, { requestPolicy: 'network-only' })
      .toPromise();
    const fresh = (result.data as { product: { version: number } | null } | undefined)?.product?.version;
    if (fresh) setOwnVersion(fresh);
    setProblem(null);
    selection.clear();
    paged.refetch();
  };

  const rows = paged.rows;
  const byId = new Map(rows.map((line) => [line.medical.id, line.medical]));
  const limit = (type: string, value: string) => (type === 'C' ? `${Number(value)} %` : format.money(value));
  const pair = (adult: number | null, child: number | null) => (adult == null && child == null ? '' : `${adult ?? '—'} / ${child ?? '—'}`);
  const count = selection.selected.size;
  const single = (line: Line): Partial<LineFormValues> => {
    const { medical: _medical, ...settings } = line;
    return lineToForm(settings);
  };
  const columns: DataColumn<Line>[] = [
    ...(props.disabled
      ? []
      : [
          selectColumn<Line>({
            rows,
            idOf: (line) => line.medical.id,
            selected: selection.ids,
            toggle: (ids, on) =>
              selection.toggle(
                ids.map((id) => byId.get(id)).filter((row): row is Medical => Boolean(row)),
                on,
              ),
            label: (line) => t('product.lines.choose', { code: line.medical.code, name: line.medical.name }),
            allLabel: t('product.lines.choosePage'),
          }),
        ]),
    {
      key: 'code',
      header: t('product.lines.code'),
      render: (line) => (
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {line.medical.code}
        </Box>
      ),
    },
    { key: 'name', header: t('product.lines.name'), render: (line) => line.medical.name },
    {
      key: 'price',
      header: t('product.lines.price'),
      align: 'right',
      render: (line) => (
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {format.money(line.medical.price)}
        </Box>
      ),
    },
    { key: 'origin', header: t('product.lineFields.priceOrigin'), render: (line) => t(`product.codes.priceOrigin.${line.priceOrigin}`) },
    {
      key: 'limit',
      header: t('product.lines.limits'),
      // Co-insurance reads as percents, a fixed amount as money: the type is in the values.
      render: (line) => (
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {limit(line.limitationType, line.limitAdult)} / {limit(line.limitationType, line.limitChild)}
        </Box>
      ),
    },
    { key: 'quantities', header: t('product.lines.quantities'), align: 'right', render: (line) => pair(line.limitNoAdult, line.limitNoChild) },
    { key: 'waiting', header: t('product.lines.waiting'), align: 'right', render: (line) => pair(line.waitingPeriodAdult, line.waitingPeriodChild) },
    {
      key: 'exclusion',
      header: t('product.lines.exclusion'),
      render: (line) =>
        [line.ceilingExclusionAdult, line.ceilingExclusionChild].map((code) => (code ? t(`product.codes.ceilingExclusion.${code}`) : '—')).join(' / '),
    },
    {
      key: 'edit',
      header: '',
      render: (line) => (
        <Button
          size="small"
          onClick={() => setEditing({ mode: 'edit', ids: [line.medical.id], initial: single(line) })}
          aria-label={t(props.disabled ? 'product.lines.viewOne' : 'product.lines.editOne', { code: line.medical.code })}
        >
          {t(props.disabled ? 'product.lines.view' : 'product.lines.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Typography color="text.secondary">{t(`product.lines.${kind}.intro`)}</Typography>
      {problem && (
        <Alert
          severity={problem.conflict ? 'warning' : 'error'}
          action={
            problem.conflict && (
              <Button color="inherit" size="small" onClick={() => void reload()}>
                {t('product.lines.reload')}
              </Button>
            )
          }
        >
          {problem.message}
        </Alert>
      )}
      {done && (
        <Alert severity="success" role="status" onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          type="search"
          size="small"
          label={t(`product.lines.${kind}.search`)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          sx={{ width: 260 }}
        />
        {!props.disabled && (
          <>
            <Button variant="contained" onClick={() => setPicking(true)}>
              {t(`product.lines.${kind}.add`)}
            </Button>
            <Button variant="outlined" disabled={count === 0} onClick={() => setEditing({ mode: 'edit', ids: [...selection.selected.keys()], initial: null })}>
              {t('product.lines.editSelected', { count })}
            </Button>
            <Button variant="outlined" color="error" disabled={count === 0} onClick={() => setConfirmRemove(true)}>
              {t('product.lines.removeSelected', { count })}
            </Button>
          </>
        )}
      </Stack>
      <DataTable<Line>
        caption={t(`product.tabs.${kind}`)}
        labels={{ ...labels, empty: search ? t('product.lines.noMatch') : t(`product.lines.${kind}.empty`) }}
        rowKey={(line) => line.medical.id}
        source={paged}
        columns={columns}
      />
      {picking && (
        <MedicalPickerDialog
          kind={kind}
          onClose={() => setPicking(false)}
          onChoose={(chosen) => {
            setPicking(false);
            setEditing({ mode: 'add', chosen });
          }}
        />
      )}
      {editing && (
        <LineSettingsDialog
          title={t(editing.mode === 'add' ? `product.lines.${kind}.addTitle` : 'product.lines.settingsTitle')}
          intro={
            editing.mode === 'add'
              ? t(`product.lines.${kind}.addIntro`, { count: editing.chosen.length })
              : t('product.lines.settingsIntro', { count: editing.ids.length })
          }
          initial={editing.mode === 'edit' ? editing.initial : null}
          disabled={props.disabled}
          onClose={() => setEditing(null)}
          onSave={async (settings) => {
            const ids = editing.mode === 'add' ? editing.chosen.map((m) => m.id) : editing.ids;
            const failed = await apply({ ids, settings });
            if (!failed) {
              setDone(t(editing.mode === 'add' ? `product.lines.${kind}.added` : 'product.lines.changed', { count: ids.length }));
              if (editing.mode === 'edit' && ids.length > 1) selection.clear();
            }
            return failed;
          }}
        />
      )}
      {confirmRemove && (
        <Dialog open onClose={() => setConfirmRemove(false)} aria-labelledby="remove-lines-title">
          <DialogTitle id="remove-lines-title">{t(`product.lines.${kind}.removeTitle`)}</DialogTitle>
          <DialogContent>
            <Typography>{t(`product.lines.${kind}.removeIntro`, { count })}</Typography>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirmRemove(false)}>{t('product.cancel')}</Button>
            <Button
              variant="contained"
              color="error"
              onClick={async () => {
                const ids = [...selection.selected.keys()];
                setConfirmRemove(false);
                const failed = await apply({ remove: ids });
                if (failed) {
                  if (!failed.conflict) setProblem({ conflict: false, message: failed.requestError ?? failed.errors.map((e) => e.message).join(' ') });
                  return;
                }
                selection.clear();
                setDone(t('product.lines.removed', { count: ids.length }));
              }}
            >
              {t('product.lines.remove')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  );
}
