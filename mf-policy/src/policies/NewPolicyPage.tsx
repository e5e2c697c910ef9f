import { linkTo, useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import { applyUserErrors, contractResolver, FormProblems, FormProvider, type UserError, useForm, useUnsavedChangesGuard, useWatch } from '@kente/sdk/forms';
import { Alert, Box, Button, Card, CardContent, Detail, DetailList, Link, locationLabel, ProgressLine, Stack, Typography } from '@kente/sdk/ui';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PolicyFormFields } from './PolicyFormFields.js';
import { createPolicyInput, POLICY_FORM_FIELDS, type PolicyFormValues, previewable, todayIso, validatePolicyForm } from './policyForm.js';
import { CREATE_POLICY, ME, POLICY_FAMILY } from './policyQueries.js';
import { ValuePreview } from './ValuePreview.js';

/** Sells a new policy to a family: its value and dates come from the server as the clerk picks. */
export default function NewPolicyPage(props: { params: { familyId: string } }) {
  return <NewPolicy key={props.params.familyId} familyId={props.params.familyId} />;
}

function NewPolicy({ familyId }: { familyId: string }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  const [family] = useQuery({ query: POLICY_FAMILY, variables: { id: familyId } });
  const [me] = useQuery({ query: ME });
  const form = useForm<PolicyFormValues>({
    defaultValues: { productId: '', enrolDate: todayIso(), officerId: '' },
    resolver: contractResolver((values) => validatePolicyForm(values)),
    mode: 'onTouched',
  });
  // Whoever sells the policy is its enrolment officer unless they choose otherwise.
  const meId = me.data?.me?.id;
  useEffect(() => {
    if (meId && !form.getValues('officerId')) form.setValue('officerId', meId);
  }, [meId, form]);
  const values = useWatch({ control: form.control }) as PolicyFormValues;
  const [saving, create] = useMutation(CREATE_POLICY);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('form.unsaved'));
  const found = family.data?.family;
  const familyUrl = `/insurees/families/${familyId}`;

  if (!has(101202)) {
    return (
      <Box sx={{ p: 3 }}>
        <Typography variant="h5" component="h1" gutterBottom>
          {t('newPolicy.title')}
        </Typography>
        <Alert severity="warning">{t('newPolicy.notAllowed')}</Alert>
      </Box>
    );
  }

  const submit = form.handleSubmit(async (v) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({ input: createPolicyInput(familyId, v) });
    if (result.error) {
      setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
      return;
    }
    const payload = result.data?.createPolicy;
    if (payload?.errors.length || !payload?.policy) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, POLICY_FORM_FIELDS));
      return;
    }
    release();
    navigate(`/policies/${payload.policy.id}`);
  });

  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ p: 3, display: 'grid', gap: 2 }} aria-labelledby="new-policy-title">
      <Box>
        <Typography id="new-policy-title" variant="h5" component="h1">
          {t('newPolicy.title')}
        </Typography>
        <Typography color="text.secondary">{t('newPolicy.intro')}</Typography>
      </Box>
      {family.fetching && !found && <ProgressLine aria-label={t('form.loading')} />}
      {family.error && <Alert severity="error">{family.error.graphQLErrors[0]?.message ?? family.error.message}</Alert>}
      {!family.fetching && !family.error && !found && <Alert severity="info">{t('newPolicy.familyNotFound')}</Alert>}
      {found && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {t('policy.family')}
              </Typography>
              <DetailList>
                <Detail
                  label={t('policy.head')}
                  value={<Link {...linkTo(familyUrl)}>{`${found.head.lastName} ${found.head.otherNames} (${found.head.insuranceNumber})`}</Link>}
                />
                <Detail label={t('policy.village')} value={locationLabel(found.village)} />
                <Detail label={t('newPolicy.members')} value={String(found.memberCount)} />
              </DetailList>
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent sx={{ display: 'grid', gap: 2 }}>
              <Typography variant="h6" component="h2">
                {t('newPolicy.policy')}
              </Typography>
              <FormProblems errors={problems} requestError={requestError} />
              <FormProvider {...form}>
                <PolicyFormFields villageId={found.village.id} />
              </FormProvider>
              <ValuePreview ready={previewable(values)} familyId={familyId} productId={values.productId} enrolDate={values.enrolDate} />
            </CardContent>
          </Card>
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" disabled={saving.fetching}>
              {t('form.save')}
            </Button>
            <Button type="button" onClick={() => navigate(familyUrl)}>
              {t('form.cancel')}
            </Button>
          </Stack>
        </>
      )}
    </Box>
  );
}
