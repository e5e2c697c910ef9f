import { linkTo, useModuleTranslation, useRights } from '@kente/sdk';
import { Button, Checkbox, FormControlLabel, MenuItem, SearchPage, SearchTextField, TextField, usePagedQuery, useSearchState } from '@kente/sdk/ui';
import type { DocumentInput } from 'urql';
import { KINDS } from './kinds.js';
import { CARE_TYPES, type CatalogKind, ITEM_TYPES, SERVICE_CATEGORIES, SERVICE_TYPES } from './medicalForm.js';
import { DIAGNOSES, type DiagnosisRow, ITEMS, type ItemRow, SERVICES, type ServiceRow } from './medicalQueries.js';

type Row = Partial<ServiceRow & ItemRow> & DiagnosisRow;

const SORTS = ['CODE'] as const;
const TEXT = ['search'] as const;

/** A code-list filter as a select (any, or one code); every filter in the URL. */
function CodeFilter(props: { label: string; value: string; codes: readonly string[]; labels: string; any: string; onChange: (value: string | null) => void }) {
  const { t } = useModuleTranslation();
  return (
    <TextField select size="small" label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value || null)} sx={{ width: 180 }}>
      <MenuItem value="">{props.any}</MenuItem>
      {props.codes.map((code) => (
        <MenuItem key={code} value={code}>
          {t(`${props.labels}.${code}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

const QUERIES: Record<CatalogKind, { query: DocumentInput<unknown, never>; field: string }> = {
  S: { query: SERVICES as DocumentInput<unknown, never>, field: 'medicalServices' },
  I: { query: ITEMS as DocumentInput<unknown, never>, field: 'medicalItems' },
  D: { query: DIAGNOSES as DocumentInput<unknown, never>, field: 'diagnoses' },
};

/** Medical services, items or diagnoses: server search by code or name, the kind's filters, server-paged (40,000 services at scale). */
export function CatalogSearchPage({ kind }: { kind: CatalogKind }) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const spec = KINDS[kind];
  const search = useSearchState({ text: TEXT, sorts: SORTS, defaultSort: 'CODE' });
  const { query, update } = search;
  const pick = (name: string, codes: readonly string[]) => {
    const value = query.get(name) ?? '';
    return codes.includes(value) ? value : '';
  };
  const type = pick('type', kind === 'S' ? SERVICE_TYPES : ITEM_TYPES);
  const careType = pick('careType', CARE_TYPES);
  const category = pick('category', SERVICE_CATEGORIES);
  const text = query.get('search');
  const inactive = query.get('inactive') === '1';
  const filter = {
    ...(text ? { search: text } : {}),
    ...(inactive ? { includeInactive: true } : {}),
    ...(kind !== 'D' && type ? { type } : {}),
    ...(kind !== 'D' && careType ? { careType } : {}),
    ...(kind === 'S' && category ? { category } : {}),
  };
  const paged = usePagedQuery<Row>({ query: QUERIES[kind].query, field: QUERIES[kind].field, variables: { filter } });
  const k = `medical.${spec.key}`;
  const any = t('medical.any');
  const columns = [
    { key: 'code', header: t('medical.fields.code'), render: (row: Row) => row.code, sortKey: 'CODE' },
    { key: 'name', header: t('medical.fields.name'), render: (row: Row) => row.name },
    ...(kind === 'D'
      ? []
      : [
          { key: 'type', header: t('medical.fields.type'), render: (row: Row) => (row.type ? t(`${k}.types.${row.type}`) : '') },
          ...(kind === 'S'
            ? [{ key: 'category', header: t('medical.fields.category'), render: (row: Row) => (row.category ? t(`medical.categories.${row.category}`) : '') }]
            : [{ key: 'package', header: t('medical.fields.package'), render: (row: Row) => row.package ?? '' }]),
          { key: 'careType', header: t('medical.fields.careType'), render: (row: Row) => (row.careType ? t(`medical.careTypes.${row.careType}`) : '') },
          { key: 'price', header: t('medical.fields.price'), align: 'right' as const, render: (row: Row) => row.price ?? '' },
        ]),
    ...(inactive ? [{ key: 'active', header: t('medical.status'), render: (row: Row) => t(row.active ? 'medical.active' : 'medical.inactive') }] : []),
  ];
  return (
    <SearchPage<Row>
      title={t(`${k}.title`)}
      intro={t(`${k}.intro`)}
      actions={
        has(spec.rights.add) && (
          <Button variant="contained" {...linkTo(`${spec.base}/new`)}>
            {t(`${k}.create`)}
          </Button>
        )
      }
      filtersLabel={t('medical.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="search" label={t('medical.searchLabel')} />
          {kind !== 'D' && (
            <CodeFilter
              label={t('medical.fields.type')}
              value={type}
              codes={kind === 'S' ? SERVICE_TYPES : ITEM_TYPES}
              labels={`${k}.types`}
              any={any}
              onChange={(v) => update({ type: v })}
            />
          )}
          {kind === 'S' && (
            <CodeFilter
              label={t('medical.fields.category')}
              value={category}
              codes={SERVICE_CATEGORIES}
              labels="medical.categories"
              any={any}
              onChange={(v) => update({ category: v })}
            />
          )}
          {kind !== 'D' && (
            <CodeFilter
              label={t('medical.fields.careType')}
              value={careType}
              codes={CARE_TYPES}
              labels="medical.careTypes"
              any={any}
              onChange={(v) => update({ careType: v })}
            />
          )}
          <FormControlLabel
            control={<Checkbox checked={inactive} onChange={(e) => update({ inactive: e.target.checked ? '1' : null })} />}
            label={t('medical.showInactive')}
          />
        </>
      }
      caption={t(`${k}.results`)}
      empty={t(`${k}.empty`)}
      rowKey={(row) => row.id}
      rowHref={(row) => `${spec.base}/${row.id}`}
      source={paged}
      columns={columns}
    />
  );
}
