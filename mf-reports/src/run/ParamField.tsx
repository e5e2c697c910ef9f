import { useModuleTranslation } from '@kente/sdk';
import { type HealthFacilityChoice, HealthFacilityPicker, SearchPicker } from '@kente/sdk/forms';
import { DateField, type LocationLevel, type LocationPath, LocationPicker, MenuItem, Stack, TextField } from '@kente/sdk/ui';
import { useCallback, useState } from 'react';
import type { ReportParam } from './definitions.js';

const LEVELS: Record<string, LocationLevel> = { region: 'R', district: 'D', municipality: 'M', village: 'V' };

/** What a picker shows for the chosen record; the form keeps its id. */
interface Choice {
  id: string;
  code?: string | null;
  name?: string | null;
  lastName?: string | null;
  otherNames?: string | null;
}

const PRODUCTS = /* GraphQL */ `
  query ReportProductPicker($filter: ProductFilter, $first: Int) {
    products(filter: $filter, first: $first) { edges { node { id code name } } }
  }
`;

// Enrolment officers of the user's area, open to whoever may run a report with an officer parameter
// (the report's right or 131200): a manager picks one without the user search right (121701).
const OFFICERS = /* GraphQL */ `
  query ReportOfficerPicker($filter: ReportOfficerFilter, $first: Int) {
    reportOfficers(filter: $filter, first: $first) { edges { node { id code lastName otherNames } } }
  }
`;

export interface ParamFieldProps {
  param: ReportParam;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** The field a parameter's type calls for: each keeps its value as the string the URL carries. */
export function ParamField({ param, label, value, onChange, error }: ParamFieldProps) {
  const { t } = useModuleTranslation();
  const common = { name: param.name, required: Boolean(param.required), error: Boolean(error), helperText: error, size: 'small' as const };
  switch (param.type) {
    case 'date':
      return <DateField {...common} label={label} value={value} onChange={onChange} fullWidth />;
    case 'month':
      return (
        <TextField
          {...common}
          label={label}
          type="month"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          fullWidth
          slotProps={{ inputLabel: { shrink: true } }}
        />
      );
    case 'year':
    case 'integer':
      return (
        <TextField
          {...common}
          label={label}
          type="number"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          fullWidth
          slotProps={{ htmlInput: { min: param.min ?? undefined, max: param.max ?? undefined, step: 1 } }}
        />
      );
    case 'quarter':
      return <QuarterField {...common} label={label} value={value} onChange={onChange} />;
    case 'enum':
      return (
        <TextField {...common} select label={label} value={value} onChange={(e) => onChange(e.target.value)} fullWidth>
          <MenuItem value="">
            <em>{param.required ? '—' : t('form.any')}</em>
          </MenuItem>
          {(param.choices ?? (param.options ?? []).map((value) => ({ value, label: value }))).map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      );
    case 'location':
      return <LocationParams params={[param]} label={label} onChange={(_, v) => onChange(v)} error={error} />;
    case 'facility':
      return <FacilityParam label={label} value={value} onChange={onChange} error={error} />;
    case 'product':
    case 'officer':
      return <RecordParam param={param} label={label} value={value} onChange={onChange} error={error} />;
    default:
      return (
        <TextField {...common} label={label} value={value} onChange={(e) => onChange(e.target.value)} fullWidth slotProps={{ htmlInput: { maxLength: 50 } }} />
      );
  }
}

function QuarterField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  required: boolean;
  error: boolean;
  helperText?: string | undefined;
}) {
  const { t } = useModuleTranslation();
  const [year = '', quarter = ''] = props.value ? props.value.split('-') : [];
  const set = (y: string, q: string) => props.onChange(y || q ? `${y}-${q}` : '');
  return (
    <Stack direction="row" spacing={1} role="group" aria-label={props.label}>
      <TextField
        name={`${props.name}-year`}
        size="small"
        type="number"
        label={`${props.label} · ${t('form.year')}`}
        value={year}
        required={props.required}
        error={props.error}
        helperText={props.helperText}
        onChange={(e) => set(e.target.value, quarter)}
        sx={{ flex: 1 }}
      />
      <TextField
        select
        name={`${props.name}-quarter`}
        size="small"
        label={t('form.quarter')}
        value={quarter}
        required={props.required}
        error={props.error}
        onChange={(e) => set(year, e.target.value)}
        sx={{ flex: 1 }}
      >
        <MenuItem value="">—</MenuItem>
        {['Q1', 'Q2', 'Q3', 'Q4'].map((q) => (
          <MenuItem key={q} value={q}>
            {t(`form.quarters.${q}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}

/**
 * The SDK's cascade for every location parameter of a report at once (regionId, districtId...):
 * one Region > District chain, each level filling its parameter. The server lists only the
 * locations of the user's area.
 */
export function LocationParams({
  params,
  label,
  onChange,
  error,
}: {
  params: readonly ReportParam[];
  label: string;
  onChange: (name: string, value: string) => void;
  error?: string | undefined;
}) {
  const [path, setPath] = useState<LocationPath>({});
  const levels = params.map((p) => ({ param: p, level: LEVELS[p.level ?? ''] ?? 'V' }));
  const order = ['R', 'D', 'M', 'V'];
  const deepest = levels.reduce((a, b) => (order.indexOf(b.level) > order.indexOf(a.level) ? b : a));
  return (
    <LocationPicker
      label={label}
      value={path}
      depth={deepest.level}
      filter={!deepest.param.required}
      required={Boolean(deepest.param.required)}
      error={error}
      onChange={(next) => {
        setPath(next);
        for (const { param, level } of levels) onChange(param.name, next[level] ?? '');
      }}
    />
  );
}

function FacilityParam({ label, onChange, error }: Omit<ParamFieldProps, 'param'>) {
  const [choice, setChoice] = useState<HealthFacilityChoice | null>(null);
  return (
    <HealthFacilityPicker
      label={label}
      value={choice}
      error={error}
      onChange={(next) => {
        setChoice(next);
        onChange(next?.id ?? '');
      }}
    />
  );
}

function RecordParam({ param, label, onChange, error }: ParamFieldProps) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const filter = useCallback((term: string) => ({ search: term }), []);
  const officer = param.type === 'officer';
  return (
    <SearchPicker<Choice>
      name={param.name}
      label={label}
      required={Boolean(param.required)}
      value={choice}
      error={error}
      query={officer ? OFFICERS : PRODUCTS}
      field={officer ? 'reportOfficers' : 'products'}
      filter={filter}
      optionKey={(o) => o.id}
      optionLabel={(o) => (officer ? `${o.code ?? ''} ${[o.otherNames, o.lastName].filter(Boolean).join(' ')}` : `${o.code ?? ''} ${o.name ?? ''}`).trim()}
      onChange={(next) => {
        setChoice(next);
        onChange(next?.id ?? '');
      }}
    />
  );
}
