import { CEILING_INTERPRETATIONS, PRODUCT_COUNT_FIELDS, PRODUCT_CYCLE_FIELDS, PRODUCT_MONEY_FIELDS, PRODUCT_PERCENT_FIELDS } from '@kente/contract-policy';
import { useModuleTranslation } from '@kente/sdk';
import { FormCodeSelect, FormDateField, FormLocation, FormMoneyField, FormPicker, FormTextField, SearchPicker } from '@kente/sdk/forms';
import { Box, Typography } from '@kente/sdk/ui';
import { useCallback } from 'react';
import { type ConversionChoice, PRODUCT_FIELD_GROUPS, type ProductField, type ProductFormTab } from './productForm.js';
import { PRODUCT_CHOICES } from './productQueries.js';

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' } } as const;

const MONEY = new Set<string>(PRODUCT_MONEY_FIELDS);
const COUNTS = new Set<string>([...PRODUCT_COUNT_FIELDS, ...PRODUCT_PERCENT_FIELDS]);
const CYCLES = new Set<string>(PRODUCT_CYCLE_FIELDS);
const REQUIRED = new Set<string>(['code', 'name', 'dateFrom', 'dateTo', 'insurancePeriod']);

/** One product field, the input its kind asks for (money, count, date, code...), labelled `product.fields.<field>`. */
function ProductFieldInput({ field, disabled, productId }: { field: ProductField; disabled: boolean; productId: string | null }) {
  const { t } = useModuleTranslation();
  const label = t(`product.fields.${field}`);
  const required = REQUIRED.has(field);
  const conversionFilter = useCallback((term: string) => ({ search: term }), []);
  if (field === 'locationId') {
    return (
      <Box sx={{ gridColumn: '1 / -1' }}>
        <FormLocation name="location" label={label} depth="D" disabled={disabled} />
        <Typography variant="caption" color="text.secondary">
          {t('product.locationHint')}
        </Typography>
      </Box>
    );
  }
  if (field === 'conversionProductId') {
    return (
      <FormPicker
        name="conversionProduct"
        render={({ value, onChange, error }) => (
          <SearchPicker<ConversionChoice>
            label={label}
            name="conversionProduct"
            value={value as ConversionChoice | null}
            onChange={(choice) => onChange(choice && choice.id === productId ? null : choice)}
            query={PRODUCT_CHOICES}
            field="products"
            filter={conversionFilter}
            optionKey={(option) => option.id}
            optionLabel={(option) => `${option.code} ${option.name}`}
            disabled={disabled}
            error={error}
          />
        )}
      />
    );
  }
  if (field === 'dateFrom' || field === 'dateTo') return <FormDateField name={field} label={label} required={required} disabled={disabled} />;
  if (field === 'ceilingInterpretation')
    return (
      <FormCodeSelect
        name={field}
        label={label}
        codes={CEILING_INTERPRETATIONS}
        labels="product.codes.ceilingInterpretation"
        allowEmpty={false}
        disabled={disabled}
      />
    );
  if (MONEY.has(field)) return <FormMoneyField name={field} label={label} disabled={disabled} />;
  if (COUNTS.has(field)) return <FormTextField name={field} label={label} inputMode="numeric" required={required} disabled={disabled} />;
  if (CYCLES.has(field)) return <FormTextField name={field} label={`${label} (${t('product.cycleFormat')})`} disabled={disabled} />;
  return <FormTextField name={field} label={label} required={required} disabled={disabled} />;
}

/** The fields of one of the form's own tabs, grouped under headings. */
export function ProductTabFields({ tab, disabled, productId }: { tab: ProductFormTab; disabled: boolean; productId: string | null }) {
  const { t } = useModuleTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      {Object.entries(PRODUCT_FIELD_GROUPS[tab]).map(([group, fields]) => (
        <Box key={group} component="section" aria-labelledby={`product-group-${group}`}>
          <Typography id={`product-group-${group}`} variant="subtitle1" component="h3" sx={{ mb: 1, fontWeight: 600 }}>
            {t(`product.groups.${group}`)}
          </Typography>
          <Box sx={grid}>
            {(fields as readonly ProductField[]).map((field) => (
              <ProductFieldInput key={field} field={field} disabled={disabled} productId={productId} />
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
