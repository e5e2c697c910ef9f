import { useModuleTranslation } from '@kente/sdk';
import { Controller, FormDateField, useErrorText, useFormContext, useWatch } from '@kente/sdk/forms';
import { MenuItem, Stack, TextField } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import type { PolicyFormValues } from './policyForm.js';
import { ME, PRODUCT_CHOICES, type ProductChoice } from './policyQueries.js';

const productLabel = (p: { code: string; name: string }) => `${p.code} — ${p.name}`;

/**
 * Product, enrolment date and officer of a policy form (new, edit, renewal). The products
 * offered are those the server says apply at the family's village and are valid on the
 * enrolment date; `current` keeps the saved product visible while the list loads.
 */
export function PolicyFormFields({ villageId, current }: { villageId: string; current?: ProductChoice | null }) {
  const { t } = useModuleTranslation();
  const errorText = useErrorText();
  const { control } = useFormContext<PolicyFormValues>();
  const enrolDate = useWatch({ control, name: 'enrolDate' });
  const validAt = /^\d{4}-\d{2}-\d{2}$/.test(enrolDate) ? enrolDate : undefined;
  const [products] = useQuery({ query: PRODUCT_CHOICES, variables: { filter: { locationId: villageId, ...(validAt ? { validAt } : {}) } } });
  const [me] = useQuery({ query: ME });
  const choices = products.data?.products.edges.map((e) => e.node) ?? [];
  const options = current && !choices.some((p) => p.id === current.id) ? [current, ...choices] : choices;
  const noProduct = !products.fetching && !products.error && choices.length === 0;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
      <FormDateField name="enrolDate" label={t('policy.enrolDate')} required />
      <Controller
        name="productId"
        control={control}
        render={({ field, fieldState }) => (
          <TextField
            select
            name={field.name}
            value={options.some((p) => p.id === field.value) ? field.value : ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            size="small"
            fullWidth
            required
            label={t('policy.product')}
            error={Boolean(fieldState.error) || Boolean(products.error)}
            helperText={
              errorText(fieldState.error) ??
              (products.error ? (products.error.graphQLErrors[0]?.message ?? products.error.message) : noProduct ? t('newPolicy.noProduct') : undefined)
            }
            sx={{ minWidth: 280 }}
          >
            {options.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {productLabel(p)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        name="officerId"
        control={control}
        render={({ field }) => {
          const mine = me.data?.me?.id;
          const other = field.value && field.value !== mine ? field.value : null;
          return (
            <TextField
              select
              name={field.name}
              value={field.value && (field.value === mine || other) ? field.value : ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              size="small"
              fullWidth
              label={t('policy.officer')}
              sx={{ minWidth: 220 }}
            >
              <MenuItem value="">{t('policy.noOfficer')}</MenuItem>
              {mine && <MenuItem value={mine}>{t('policy.officerMe', { name: me.data?.me?.names ?? '' })}</MenuItem>}
              {other && <MenuItem value={other}>{t('policy.officerCurrent')}</MenuItem>}
            </TextField>
          );
        }}
      />
    </Stack>
  );
}
