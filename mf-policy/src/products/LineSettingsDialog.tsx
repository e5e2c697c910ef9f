import { CEILING_EXCLUSIONS, LIMITATION_TYPES, PRICE_ORIGINS } from '@kente/contract-policy';
import { useModuleTranslation } from '@kente/sdk';
import { applyUserErrors, contractResolver, FormCodeSelect, FormProblems, FormProvider, FormTextField, type UserError, useForm } from '@kente/sdk/forms';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@kente/sdk/ui';
import { useState } from 'react';
import { type LineFormValues, lineToForm, PRODUCT_LINE_FORM_FIELDS, validateLineForm } from './productForm.js';

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' } } as const;

/** Ordinary, referral (R) and emergency (E) visits: a limitation type and the adult and child limits each. */
const VISITS = [
  ['limitationType', 'limitAdult', 'limitChild'],
  ['limitationTypeR', 'limitAdultR', 'limitChildR'],
  ['limitationTypeE', 'limitAdultE', 'limitChildE'],
] as const;

/**
 * The settings of covered lines (one line, a selection, or the lines being added): price origin,
 * limitation per visit kind, quantities, waiting periods, ceiling exclusions; the contract's rules
 * inline, the server's errors on their fields. `onSave` answers the server's errors (none: saved).
 */
export function LineSettingsDialog(props: {
  title: string;
  /** What the change applies to ("3 services selected"). */
  intro: string;
  initial: Partial<LineFormValues> | null;
  disabled?: boolean;
  onSave: (values: LineFormValues) => Promise<{ errors: UserError[]; requestError?: string | null } | null>;
  onClose: () => void;
}) {
  const { t } = useModuleTranslation();
  const form = useForm<LineFormValues>({
    defaultValues: props.initial ? { ...lineToForm(null), ...props.initial } : lineToForm(null),
    resolver: contractResolver(validateLineForm),
    mode: 'onTouched',
  });
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const label = (field: string) => t(`product.lineFields.${field}`);
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const failed = await props.onSave(values);
    if (!failed) return props.onClose();
    setRequestError(failed.requestError ?? null);
    setProblems(applyUserErrors(failed.errors, form.setError, PRODUCT_LINE_FORM_FIELDS, (field) => field.replace(/^settings\./, '')));
  });
  return (
    <Dialog open onClose={props.onClose} maxWidth="md" fullWidth aria-labelledby="line-settings-title">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="line-settings-title">{props.title}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{props.intro}</DialogContentText>
          <FormProblems errors={problems} requestError={requestError} />
          <FormProvider {...form}>
            <Box sx={grid}>
              <FormCodeSelect
                name="priceOrigin"
                label={label('priceOrigin')}
                codes={PRICE_ORIGINS}
                labels="product.codes.priceOrigin"
                allowEmpty={false}
                disabled={props.disabled}
              />
            </Box>
            {VISITS.map(([type, adult, child]) => (
              <Box key={type} component="section" aria-labelledby={`line-${type}`}>
                <Typography id={`line-${type}`} variant="subtitle2" component="h3" sx={{ mb: 1 }}>
                  {t(`product.lineGroups.${type}`)}
                </Typography>
                <Box sx={grid}>
                  <FormCodeSelect
                    name={type}
                    label={label(type)}
                    codes={LIMITATION_TYPES}
                    labels="product.codes.limitationType"
                    allowEmpty={false}
                    disabled={props.disabled}
                  />
                  <FormTextField name={adult} label={label(adult)} inputMode="numeric" disabled={props.disabled} />
                  <FormTextField name={child} label={label(child)} inputMode="numeric" disabled={props.disabled} />
                </Box>
              </Box>
            ))}
            <Box sx={grid}>
              <FormTextField name="limitNoAdult" label={label('limitNoAdult')} inputMode="numeric" disabled={props.disabled} />
              <FormTextField name="limitNoChild" label={label('limitNoChild')} inputMode="numeric" disabled={props.disabled} />
              <Box />
              <FormTextField name="waitingPeriodAdult" label={label('waitingPeriodAdult')} inputMode="numeric" disabled={props.disabled} />
              <FormTextField name="waitingPeriodChild" label={label('waitingPeriodChild')} inputMode="numeric" disabled={props.disabled} />
              <Box />
              <FormCodeSelect
                name="ceilingExclusionAdult"
                label={label('ceilingExclusionAdult')}
                codes={CEILING_EXCLUSIONS}
                labels="product.codes.ceilingExclusion"
                disabled={props.disabled}
              />
              <FormCodeSelect
                name="ceilingExclusionChild"
                label={label('ceilingExclusionChild')}
                codes={CEILING_EXCLUSIONS}
                labels="product.codes.ceilingExclusion"
                disabled={props.disabled}
              />
            </Box>
          </FormProvider>
        </DialogContent>
        <DialogActions>
          <Button type="button" onClick={props.onClose}>
            {t('product.cancel')}
          </Button>
          {!props.disabled && (
            <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
              {t('product.lines.apply')}
            </Button>
          )}
        </DialogActions>
      </Box>
    </Dialog>
  );
}
