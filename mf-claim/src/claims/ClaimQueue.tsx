/**
 * The pieces the claim search, Reviews and Feedback pages share: the filter block (facility,
 * then the page's own filters, insurance number, code, visit dates), the tick box of a row, the
 * claim columns, and the ticked-rows bar of a queue page.
 */
import { useFormat, useModuleTranslation, useUser } from '@kente/sdk';
import { type HealthFacilityChoice, HealthFacilityPicker } from '@kente/sdk/forms';
import { Box, Button, Checkbox, DateField, type SearchState, SearchTextField, Stack, TextField, Typography } from '@kente/sdk/ui';
import { type ReactNode, useState } from 'react';
import type { ResultOf } from '../graphql.js';
import type { CLAIMS } from './claimQueries.js';

export type ClaimRow = ResultOf<typeof CLAIMS>['claims']['edges'][number]['node'];

/** The filters every claim list has; `children` stand after the facility (the claim search's status). */
export function ClaimSearchFilters(props: { search: SearchState<'number' | 'code' | 'from' | 'to'>; children?: ReactNode }) {
  const { search } = props;
  const { t } = useModuleTranslation();
  const user = useUser();
  const [facility, setFacility] = useState<HealthFacilityChoice | null>(null);
  const dateFilter = (key: 'from' | 'to') => (
    <Box sx={{ width: 160 }}>
      <DateField label={t(`claims.${key}`)} value={search.text.drafts[key]} onChange={(value) => search.text.set(key, value)} onBlur={search.text.endTyping} />
    </Box>
  );
  return (
    <>
      {user?.healthFacility ? (
        <TextField size="small" label={t('claim.facility')} value={`${user.healthFacility.code} ${user.healthFacility.name}`} disabled sx={{ width: 220 }} />
      ) : (
        <Box sx={{ width: 240 }}>
          <HealthFacilityPicker
            label={t('claim.facility')}
            value={facility}
            onChange={(value) => {
              setFacility(value);
              search.update({ hf: value?.id ?? '' });
            }}
          />
        </Box>
      )}
      {props.children}
      <SearchTextField search={search} name="number" label={t('claim.insuranceNumber')} numeric width={160} />
      <SearchTextField search={search} name="code" label={t('claim.code')} width={130} />
      {dateFilter('from')}
      {dateFilter('to')}
    </>
  );
}

/** A row's tick box: a click or key on it does not open the row. */
export function TickBox(props: { checked: boolean; disabled?: boolean; code: string; onToggle: () => void }) {
  const { t } = useModuleTranslation();
  return (
    <Checkbox
      size="small"
      checked={props.checked}
      disabled={props.disabled}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
      onChange={props.onToggle}
      slotProps={{ input: { 'aria-label': t('claims.selectOne', { code: props.code }) } }}
    />
  );
}

/** Code, facility, insurance number, insuree, visit and status: the columns every claim list shows. */
export function useClaimColumns() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  return [
    { key: 'code', header: t('claim.code'), render: (row: ClaimRow) => row.code },
    { key: 'facility', header: t('claim.facility'), render: (row: ClaimRow) => row.healthFacility?.code ?? '' },
    { key: 'number', header: t('claim.insuranceNumber'), render: (row: ClaimRow) => row.insuranceNumber },
    { key: 'name', header: t('claim.insuree'), render: (row: ClaimRow) => (row.insuree ? `${row.insuree.lastName} ${row.insuree.otherNames}` : '') },
    { key: 'visit', header: t('claim.visitFrom'), render: (row: ClaimRow) => format.date(row.visitFrom) },
    { key: 'status', header: t('claim.status'), render: (row: ClaimRow) => t(`status.${row.status}`) },
  ];
}

/** The ticked rows of a queue page (Reviews, Feedback) and their tick-box column, shown when `enabled`. */
export function useTicked(enabled: boolean) {
  const { t } = useModuleTranslation();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const column = enabled
    ? [
        {
          key: 'select',
          header: t('claims.select'),
          render: (row: ClaimRow) => <TickBox checked={ticked.has(row.id)} code={row.code} onToggle={() => toggle(row.id)} />,
        },
      ]
    : [];
  return { ticked, clear: () => setTicked(new Set()), column };
}

/** "n ticked", the page's bypass button, and Clear. */
export function TickedBar(props: { count: number; label: string; bypassLabel: string; busy: boolean; onBypass: () => void; onClear: () => void }) {
  const { t } = useModuleTranslation();
  if (props.count === 0) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Typography>{props.label}</Typography>
      <Button variant="outlined" onClick={props.onBypass} disabled={props.busy}>
        {props.bypassLabel}
      </Button>
      <Button onClick={props.onClear}>{t('claims.clearSelection')}</Button>
    </Stack>
  );
}
