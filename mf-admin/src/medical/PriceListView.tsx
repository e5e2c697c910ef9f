import { useDataTableLabels, useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import {
  applyUserErrors,
  CONFLICT,
  contractResolver,
  FormCodeSelect,
  FormLocation,
  FormProblems,
  FormProvider,
  FormTextField,
  type UseFormReturn,
  type UserError,
  useForm,
  useUnsavedChangesGuard,
  useVersionedEditor,
} from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  DataTable,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  HistoryPanel,
  type LocationPath,
  LocationPicker,
  locationLabel,
  locationPathLabel,
  rememberLocationChain,
  Stack,
  TextField,
  Typography,
  usePagedQuery,
} from '@kente/sdk/ui';
import { type ReactNode, useDeferredValue, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { PRICE_LIST_RIGHTS } from './kinds.js';
import {
  PRICE_LIST_FORM_FIELDS,
  type PriceListValues,
  parseOverride,
  priceListField,
  priceListLocation,
  priceListToForm,
  validatePriceList,
} from './medicalForm.js';
import {
  CREATE_PRICE_LIST,
  DELETE_PRICE_LIST,
  DUPLICATE_PRICE_LIST,
  ITEMS,
  PRICE_LIST_BY_ID,
  PRICE_LIST_ITEMS,
  PRICE_LIST_SERVICES,
  type PriceListDetails,
  SERVICES,
  SET_PRICE_LIST_ENTRIES,
  UPDATE_PRICE_LIST,
} from './medicalQueries.js';

type Kind = 'S' | 'I';
/** A line of the list as the table shows it (a service or an item). */
interface Line {
  id: string;
  code: string;
  name: string;
  standard: string;
  priceOverride: string | null;
  price: string;
}
interface Candidate {
  id: string;
  code: string;
  name: string;
  price: string;
}

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)' } } as const;
const errorOf = (e: { graphQLErrors: { message: string }[]; message: string }) => e.graphQLErrors[0]?.message ?? e.message;

function PriceListFields(props: { form: UseFormReturn<PriceListValues>; creating: boolean; disabled: boolean; onSubmit: () => void; children: ReactNode }) {
  const { t } = useModuleTranslation();
  return (
    <Box component="form" noValidate onSubmit={props.onSubmit} sx={{ display: 'grid', gap: 2 }} aria-label={t('priceList.form')}>
      <FormProvider {...props.form}>
        <Box sx={grid}>
          {props.creating && (
            <FormCodeSelect name="kind" label={t('priceLists.fields.kind')} codes={['S', 'I']} labels="priceLists.kinds" required allowEmpty={false} />
          )}
          <FormTextField name="name" label={t('priceLists.fields.name')} required disabled={props.disabled} />
        </Box>
        <Box>
          <FormLocation name="location" label={t('priceLists.fields.location')} depth="D" disabled={props.disabled} />
          <Typography variant="caption" color="text.secondary">
            {t('priceList.locationHint')}
          </Typography>
        </Box>
      </FormProvider>
      {props.children}
    </Box>
  );
}

/** A new price list: kind, name, location; created, then opened to add its lines. */
export function NewPriceList() {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  const kinds = (['S', 'I'] as const).filter((k) => has(PRICE_LIST_RIGHTS[k].add));
  const form = useForm<PriceListValues>({
    defaultValues: { ...priceListToForm(null), kind: kinds[0] ?? 'S' },
    resolver: contractResolver(validatePriceList),
    mode: 'onTouched',
  });
  const [saving, create] = useMutation(CREATE_PRICE_LIST);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('medical.unsaved'));
  const submit = form.handleSubmit(async (v) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({ input: { kind: v.kind, name: v.name.trim(), locationId: priceListLocation(v) } });
    if (result.error) return setRequestError(errorOf(result.error));
    const payload = result.data?.createPriceList;
    if (payload?.errors.length || !payload?.priceList) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, PRICE_LIST_FORM_FIELDS, priceListField));
      return;
    }
    release();
    navigate(`/admin/price-lists/${payload.priceList.id}`);
  });
  return (
    <>
      <Typography variant="h5" component="h1">
        {t('priceList.newTitle')}
      </Typography>
      {kinds.length ? (
        <Card variant="outlined">
          <CardContent>
            <FormProblems errors={problems} requestError={requestError} />
            <PriceListFields form={form} creating disabled={false} onSubmit={submit}>
              <Stack direction="row" spacing={1}>
                <Button type="submit" variant="contained" disabled={saving.fetching}>
                  {t('medical.save')}
                </Button>
                <Button type="button" onClick={() => navigate('/admin/price-lists')}>
                  {t('medical.cancel')}
                </Button>
              </Stack>
            </PriceListFields>
          </CardContent>
        </Card>
      ) : (
        <Alert severity="warning">{t('medical.notAllowed')}</Alert>
      )}
    </>
  );
}

/** A stored price list: name and location (versioned editor), its lines, Duplicate, Delete, history. */
export default function PriceListView({ list, reload }: { list: PriceListDetails; reload: () => void }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  const kind = list.kind as Kind;
  const rights = PRICE_LIST_RIGHTS[kind];
  const canEdit = has(rights.edit);
  rememberLocationChain(list.location);
  const [saved, setSaved] = useState<PriceListDetails | null>(null);
  const current = saved && saved.version > list.version ? saved : list;
  const editor = useVersionedEditor<PriceListDetails, PriceListValues>({
    entity: current,
    toForm: priceListToForm,
    validate: validatePriceList,
    mutation: UPDATE_PRICE_LIST,
    field: 'updatePriceList',
    entityField: 'priceList',
    input: (v) => ({ name: v.name.trim(), locationId: priceListLocation(v) }),
    reload: async (client) => {
      const theirs = (await client.query(PRICE_LIST_BY_ID, { id: list.id }, { requestPolicy: 'network-only' }).toPromise()).data?.priceList;
      rememberLocationChain(theirs?.location);
      return theirs;
    },
    formFields: PRICE_LIST_FORM_FIELDS,
    fieldOf: priceListField,
    conflict: [
      { key: 'name', label: t('priceLists.fields.name'), show: (v) => v.name },
      { key: 'location', label: t('priceLists.fields.location'), show: (v) => locationPathLabel(v.location) },
    ],
    onSaved: setSaved,
    onReloaded: (theirs) => {
      editor.release();
      setSaved(theirs);
    },
  });
  const { form } = editor;
  const client = useClient();
  const [, remove] = useMutation(DELETE_PRICE_LIST);
  const [dialog, setDialog] = useState<null | 'delete' | 'duplicate' | 'add'>(null);
  const [message, setMessage] = useState<{ severity: 'error' | 'success'; text: string } | null>(null);
  const [linesKey, setLinesKey] = useState(0);
  // the lines' search outlives their refresh after a change
  const [lineSearch, setLineSearch] = useState('');
  const confirmDelete = async () => {
    const result = await remove({ input: { id: list.id, version: editor.version } });
    setDialog(null);
    if (result.error) return setMessage({ severity: 'error', text: errorOf(result.error) });
    const errors = result.data?.deletePriceList.errors ?? [];
    if (errors.length) {
      const code = errors[0]?.code;
      return setMessage({
        severity: 'error',
        text: code === 'IN_USE' ? t('priceList.inUse') : code === CONFLICT ? t('medical.deleteConflict') : (errors[0]?.message ?? ''),
      });
    }
    editor.release();
    navigate('/admin/price-lists');
  };
  /** After a change of lines: the list's new version (the next save sends it), the lines again. */
  const linesChanged = (version: number | null, text: string) => {
    if (version !== null) editor.setVersion(version);
    setLinesKey((k) => k + 1);
    setMessage({ severity: 'success', text });
  };
  /**
   * Someone else changed the list: its lines afresh and, when the form holds no change of the user's,
   * the list as saved now (name, location, version) so the next line change goes through. With
   * unsaved changes the version stays: their save meets the conflict dialog, never overwrites.
   */
  const linesConflict = async () => {
    setLinesKey((k) => k + 1);
    if (form.formState.isDirty) return setMessage({ severity: 'error', text: t('priceList.linesConflictDirty') });
    setMessage({ severity: 'error', text: t('priceList.linesConflict') });
    const theirs = (await client.query(PRICE_LIST_BY_ID, { id: list.id }, { requestPolicy: 'network-only' }).toPromise()).data?.priceList;
    if (!theirs) return reload();
    rememberLocationChain(theirs.location);
    form.reset(priceListToForm(theirs));
    editor.setVersion(theirs.version);
    setSaved(theirs);
  };
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="h5" component="h1">
          {current.name}
        </Typography>
        <Chip size="small" label={t(`priceLists.kinds.${kind}`)} />
        <Chip size="small" variant="outlined" label={current.location ? locationLabel(current.location) : t('priceLists.national')} />
        <Box sx={{ flex: 1 }} />
        {has(rights.add) && (
          <Button variant="outlined" onClick={() => setDialog('duplicate')}>
            {t('priceList.duplicate')}
          </Button>
        )}
        {has(rights.delete) && (
          <Button color="error" variant="outlined" onClick={() => setDialog('delete')}>
            {t('medical.delete')}
          </Button>
        )}
      </Stack>
      {message && (
        <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      <Card variant="outlined">
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          {!canEdit && <Alert severity="info">{t('medical.readOnly')}</Alert>}
          {editor.problems}
          {editor.saved && !form.formState.isDirty && (
            <Alert severity="success" role="status" onClose={editor.clearSaved}>
              {t('medical.saved')}
            </Alert>
          )}
          <PriceListFields form={form} creating={false} disabled={!canEdit} onSubmit={editor.onSubmit}>
            {canEdit && (
              <Stack direction="row" spacing={1}>
                <Button type="submit" variant="contained" disabled={form.formState.isSubmitting || !form.formState.isDirty}>
                  {t('medical.save')}
                </Button>
                <Button type="button" disabled={!form.formState.isDirty} onClick={editor.discard}>
                  {t('medical.discard')}
                </Button>
              </Stack>
            )}
          </PriceListFields>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Lines
            key={linesKey}
            list={current}
            kind={kind}
            version={editor.version}
            canEdit={canEdit}
            search={lineSearch}
            onSearch={setLineSearch}
            onAdd={() => setDialog('add')}
            onChanged={linesChanged}
            onConflict={() => void linesConflict()}
          />
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <HistoryPanel
            entityType="PriceList"
            entityId={list.id}
            version={editor.version}
            fieldLabel={(f) => t([`priceLists.fields.${f}`, `priceList.historyFields.${f}`, f])}
          />
        </CardContent>
      </Card>
      {dialog === 'delete' && (
        <Dialog open onClose={() => setDialog(null)} aria-labelledby="delete-list-title">
          <DialogTitle id="delete-list-title">{t('medical.deleteTitle', { name: current.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('priceList.deleteIntro')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDialog(null)}>{t('medical.cancel')}</Button>
            <Button color="error" variant="contained" onClick={() => void confirmDelete()}>
              {t('medical.delete')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {dialog === 'duplicate' && <DuplicateDialog list={current} onClose={() => setDialog(null)} />}
      {dialog === 'add' && (
        <AddLinesDialog
          list={current}
          kind={kind}
          version={editor.version}
          onClose={() => setDialog(null)}
          onAdded={(version, n) => {
            setDialog(null);
            linesChanged(version, t('priceList.added', { count: n }));
          }}
          onConflict={() => {
            setDialog(null);
            void linesConflict();
          }}
        />
      )}
      {editor.conflictDialog}
    </>
  );
}

/** Runs setPriceListEntries at the list's version: the new version, or CONFLICT / an error text. */
function useSetEntries(listId: string) {
  const [state, run] = useMutation(SET_PRICE_LIST_ENTRIES);
  const call = async (
    version: number,
    change: { upsert?: { id: string; priceOverride: string | null }[]; remove?: string[] },
  ): Promise<{ version: number } | { conflict: true } | { error: string }> => {
    const result = await run({ input: { id: listId, version, ...change } });
    if (result.error) return { error: errorOf(result.error) };
    const payload = result.data?.setPriceListEntries;
    const first = payload?.errors[0];
    if (first) return first.code === CONFLICT ? { conflict: true } : { error: first.message };
    return { version: payload?.priceList?.version ?? version + 1 };
  };
  return { busy: state.fetching, call };
}

function Lines(props: {
  list: PriceListDetails;
  kind: Kind;
  version: number;
  canEdit: boolean;
  search: string;
  onSearch: (search: string) => void;
  onAdd: () => void;
  onChanged: (version: number | null, text: string) => void;
  onConflict: () => void;
}) {
  const { t } = useModuleTranslation();
  const labels = useDataTableLabels();
  const { search, onSearch: setSearch } = props;
  const term = useDeferredValue(search.trim());
  const services = props.kind === 'S';
  const paged = usePagedQuery<Line>({
    query: services ? PRICE_LIST_SERVICES : PRICE_LIST_ITEMS,
    field: services ? 'priceList.services' : 'priceList.items',
    variables: { id: props.list.id, ...(term ? { search: term } : {}) },
  });
  // the connection's nodes hold the service or item: flattened for the table
  const rows = paged.rows.map((node) => {
    const raw = node as unknown as { priceOverride: string | null; price: string; service?: Candidate; item?: Candidate };
    const entry = (raw.service ?? raw.item) as Candidate;
    return { id: entry.id, code: entry.code, name: entry.name, standard: entry.price, priceOverride: raw.priceOverride, price: raw.price };
  });
  const [editing, setEditing] = useState<Line | null>(null);
  const entries = useSetEntries(props.list.id);
  const [error, setError] = useState<string | null>(null);
  const removeLine = async (line: Line) => {
    const outcome = await entries.call(props.version, { remove: [line.id] });
    if ('conflict' in outcome) return props.onConflict();
    if ('error' in outcome) return setError(outcome.error);
    props.onChanged(outcome.version, t('priceList.removed', { name: `${line.code} ${line.name}` }));
  };
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t(services ? 'priceList.services' : 'priceList.items')}
        </Typography>
        <TextField
          size="small"
          type="search"
          label={t('priceList.searchLines')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          sx={{ width: 260 }}
        />
        {props.canEdit && (
          <Button variant="contained" onClick={props.onAdd}>
            {t(services ? 'priceList.addServices' : 'priceList.addItems')}
          </Button>
        )}
      </Stack>
      {error && (
        <Alert severity="error" onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <DataTable<Line>
        caption={t(services ? 'priceList.services' : 'priceList.items')}
        labels={{ ...labels, empty: t('priceList.noLines') }}
        rowKey={(row) => row.id}
        source={{ ...paged, rows }}
        columns={[
          { key: 'code', header: t('medical.fields.code'), render: (row) => row.code },
          { key: 'name', header: t('medical.fields.name'), render: (row) => row.name },
          { key: 'standard', header: t('priceList.standardPrice'), align: 'right', render: (row) => row.standard },
          { key: 'override', header: t('priceList.override'), align: 'right', render: (row) => row.priceOverride ?? '—' },
          { key: 'price', header: t('priceList.price'), align: 'right', render: (row) => row.price },
          ...(props.canEdit
            ? [
                {
                  key: 'actions',
                  header: t('priceList.actions'),
                  render: (row: Line) => (
                    <Stack direction="row" spacing={1}>
                      <Button size="small" onClick={() => setEditing(row)} aria-label={t('priceList.changePriceOf', { name: row.name })}>
                        {t('priceList.changePrice')}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        disabled={entries.busy}
                        onClick={() => void removeLine(row)}
                        aria-label={t('priceList.removeOf', { name: row.name })}
                      >
                        {t('priceList.remove')}
                      </Button>
                    </Stack>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <OverrideDialog
          line={editing}
          onClose={() => setEditing(null)}
          onSave={async (value) => {
            const outcome = await entries.call(props.version, { upsert: [{ id: editing.id, priceOverride: value }] });
            if ('error' in outcome) return outcome.error;
            setEditing(null);
            if ('conflict' in outcome) props.onConflict();
            else props.onChanged(outcome.version, t('priceList.priceChanged', { name: `${editing.code} ${editing.name}` }));
            return null;
          }}
        />
      )}
    </Box>
  );
}

/** The price of one line: an override, or blank for the service's or item's own price. */
function OverrideDialog(props: { line: Line; onClose: () => void; onSave: (value: string | null) => Promise<string | null> }) {
  const { t } = useModuleTranslation();
  const [text, setText] = useState(props.line.priceOverride ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const parsed = parseOverride(text);
    if (!parsed.ok) return setError(t('priceList.badPrice'));
    setBusy(true);
    const problem = await props.onSave(parsed.value);
    setBusy(false);
    if (problem) setError(problem);
  };
  return (
    <Dialog open onClose={props.onClose} aria-labelledby="override-title" fullWidth maxWidth="xs">
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <DialogTitle id="override-title">{t('priceList.overrideTitle', { name: `${props.line.code} ${props.line.name}` })}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 1 }}>
          <DialogContentText>{t('priceList.overrideIntro', { price: props.line.standard })}</DialogContentText>
          <TextField
            autoFocus
            label={t('priceList.override')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={Boolean(error)}
            helperText={error ?? ' '}
            slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 20 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>{t('medical.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('medical.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** Lines added by a server search: services (or items) not on the list yet, several ticked, added at once by one setPriceListEntries. */
function AddLinesDialog(props: {
  list: PriceListDetails;
  kind: Kind;
  version: number;
  onClose: () => void;
  onAdded: (version: number, count: number) => void;
  onConflict: () => void;
}) {
  const { t } = useModuleTranslation();
  const labels = useDataTableLabels();
  const services = props.kind === 'S';
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const paged = usePagedQuery<Candidate>({
    query: services ? SERVICES : ITEMS,
    field: services ? 'medicalServices' : 'medicalItems',
    variables: { filter: { notOnPriceListId: props.list.id, ...(term ? { search: term } : {}) } },
    pageSize: 10,
  });
  const [chosen, setChosen] = useState<Map<string, Candidate>>(new Map());
  const toggle = (row: Candidate) =>
    setChosen((m) => {
      const next = new Map(m);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, row);
      return next;
    });
  const pageIds = paged.rows.map((r) => r.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => chosen.has(id));
  const entries = useSetEntries(props.list.id);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    const outcome = await entries.call(props.version, { upsert: [...chosen.keys()].map((id) => ({ id, priceOverride: null })) });
    if ('conflict' in outcome) return props.onConflict();
    if ('error' in outcome) return setError(outcome.error);
    props.onAdded(outcome.version, chosen.size);
  };
  const what = services ? 'services' : 'items';
  return (
    <Dialog open onClose={props.onClose} aria-labelledby="add-lines-title" fullWidth maxWidth="md">
      <DialogTitle id="add-lines-title">{t(services ? 'priceList.addServices' : 'priceList.addItems')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 1 }}>
        <DialogContentText>{t('priceList.addIntro')}</DialogContentText>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          autoFocus
          size="small"
          type="search"
          label={t('medical.searchLabel')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          sx={{ mt: 1 }}
        />
        <DataTable<Candidate>
          caption={t(`priceList.candidates.${what}`)}
          labels={{ ...labels, empty: t('priceList.noCandidates') }}
          rowKey={(row) => row.id}
          source={paged}
          columns={[
            {
              key: 'pick',
              header: (
                <Checkbox
                  checked={allOnPage}
                  slotProps={{ input: { 'aria-label': t('priceList.pickPage') } }}
                  onChange={() =>
                    setChosen((m) => {
                      const next = new Map(m);
                      for (const row of paged.rows) {
                        if (allOnPage) next.delete(row.id);
                        else next.set(row.id, row);
                      }
                      return next;
                    })
                  }
                />
              ),
              render: (row) => (
                <Checkbox checked={chosen.has(row.id)} onChange={() => toggle(row)} slotProps={{ input: { 'aria-label': `${row.code} ${row.name}` } }} />
              ),
            },
            { key: 'code', header: t('medical.fields.code'), render: (row) => row.code },
            { key: 'name', header: t('medical.fields.name'), render: (row) => row.name },
            { key: 'price', header: t('medical.fields.price'), align: 'right', render: (row) => row.price },
          ]}
        />
      </DialogContent>
      <DialogActions>
        <Typography variant="body2" sx={{ flex: 1, pl: 2 }} role="status">
          {t('priceList.chosen', { count: chosen.size })}
        </Typography>
        <Button onClick={props.onClose}>{t('medical.cancel')}</Button>
        <Button variant="contained" disabled={!chosen.size || entries.busy} onClick={() => void add()}>
          {t('priceList.addChosen', { count: chosen.size })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** A new list with this one's lines and overrides for another region or district (duplicatePriceList), then opened. */
function DuplicateDialog({ list, onClose }: { list: PriceListDetails; onClose: () => void }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState(t('priceList.copyName', { name: list.name }).slice(0, 100));
  const [location, setLocation] = useState<LocationPath>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string | null>(null);
  const [state, duplicate] = useMutation(DUPLICATE_PRICE_LIST);
  const submit = async () => {
    setErrors({});
    setOther(null);
    if (!name.trim()) return setErrors({ name: t('priceList.nameRequired') });
    const result = await duplicate({ input: { id: list.id, name: name.trim(), locationId: location.D ?? location.R ?? null } });
    if (result.error) return setOther(errorOf(result.error));
    const payload = result.data?.duplicatePriceList;
    if (payload?.errors.length || !payload?.priceList) {
      const next: Record<string, string> = {};
      for (const e of payload?.errors ?? []) {
        const field = e.field === 'locationId' ? 'location' : e.field === 'name' ? 'name' : null;
        const text = e.code === 'DUPLICATE' && field === 'name' ? t('priceList.nameTaken') : e.message;
        if (field) next[field] = text;
        else setOther(text);
      }
      return setErrors(next);
    }
    navigate(`/admin/price-lists/${payload.priceList.id}`);
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="duplicate-title" fullWidth maxWidth="sm">
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id="duplicate-title">{t('priceList.duplicateTitle', { name: list.name })}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('priceList.duplicateIntro')}</DialogContentText>
          {other && <Alert severity="error">{other}</Alert>}
          <TextField
            autoFocus
            label={t('priceLists.fields.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            error={Boolean(errors.name)}
            helperText={errors.name ?? ' '}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
          <LocationPicker label={t('priceList.duplicateLocation')} value={location} onChange={setLocation} depth="D" error={errors.location} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('medical.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={state.fetching}>
            {t('priceList.duplicate')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
