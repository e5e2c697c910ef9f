import { useModuleTranslation, useNavigate } from '@kente/sdk';
import { applyUserErrors, contractResolver, FormProblems, FormProvider, type UserError, useForm, useWatch } from '@kente/sdk/forms';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@kente/sdk/ui';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PolicyFormFields } from './PolicyFormFields.js';
import { POLICY_FORM_FIELDS, type PolicyFormValues, previewable, renewalProductId, renewPolicyInput, todayIso, validatePolicyForm } from './policyForm.js';
import { ME, RENEW_POLICY } from './policyQueries.js';
import { ValuePreview } from './ValuePreview.js';

/** What renewing needs of the old policy. */
export interface RenewedPolicy {
  id: string;
  officerId: string | null;
  product: { id: string; code: string; name: string; conversionProduct: { id: string; code: string; name: string } | null } | null;
  family: { id: string; village: { id: string } } | null;
}

/**
 * The renewal form (right 101205): enrolment date (today), product (the conversion product by
 * default, else the same), officer; the value and dates of the stage-R policy previewed. Saving
 * opens the new policy.
 */
export function RenewDialog({ policy, onClose }: { policy: RenewedPolicy; onClose: () => void }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const [me] = useQuery({ query: ME });
  const form = useForm<PolicyFormValues>({
    defaultValues: { productId: renewalProductId(policy), enrolDate: todayIso(), officerId: policy.officerId ?? me.data?.me?.id ?? '' },
    resolver: contractResolver((values) => validatePolicyForm(values)),
    mode: 'onTouched',
  });
  // An old policy without an officer: whoever renews it is the officer unless they choose otherwise.
  const meId = me.data?.me?.id;
  useEffect(() => {
    if (meId && !policy.officerId && !form.getValues('officerId')) form.setValue('officerId', meId);
  }, [meId, policy.officerId, form]);
  const values = useWatch({ control: form.control }) as PolicyFormValues;
  const [saving, renew] = useMutation(RENEW_POLICY);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const current = policy.product?.conversionProduct ?? policy.product;

  const submit = form.handleSubmit(async (v) => {
    setProblems([]);
    setRequestError(null);
    const result = await renew({ input: renewPolicyInput(policy.id, v) });
    if (result.error) {
      setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
      return;
    }
    const payload = result.data?.renewPolicy;
    if (payload?.errors.length || !payload?.policy) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, POLICY_FORM_FIELDS));
      return;
    }
    onClose();
    navigate(`/policies/${payload.policy.id}`);
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby="renew-title" maxWidth="md" fullWidth>
      <form noValidate onSubmit={submit}>
        <DialogTitle id="renew-title">{t('renew.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('renew.intro')}</DialogContentText>
          <FormProblems errors={problems} requestError={requestError} />
          {policy.family && (
            <>
              <FormProvider {...form}>
                <PolicyFormFields villageId={policy.family.village.id} current={current} />
              </FormProvider>
              <ValuePreview
                ready={previewable(values)}
                familyId={policy.family.id}
                productId={values.productId}
                enrolDate={values.enrolDate}
                stage="R"
                previousPolicyId={policy.id}
              />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving.fetching || !policy.family}>
            {t('renew.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
