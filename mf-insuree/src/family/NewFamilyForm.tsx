import { useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import { applyUserErrors, contractResolver, FormProblems, FormProvider, type UserError, useForm, useUnsavedChangesGuard } from '@kente/sdk/forms';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { InsureeFormFields } from '../insuree/InsureeFormFields.js';
import { emptyInsuree, INSUREE_FORM_FIELDS, type InsureeFormValues, insureeFormField, insureeInput, validateInsureeForm } from '../insuree/insureeForm.js';
import { useInsuranceNumberConfig } from '../insuree/useInsuranceNumberConfig.js';
import { FamilyFormFields } from './FamilyFormFields.js';
import { emptyFamily, FAMILY_FORM_FIELDS, type FamilyFormValues, familyFormField, familyInput, validateFamilyForm } from './familyForm.js';
import { CREATE_FAMILY } from './familyQueries.js';

type NewFamilyValues = FamilyFormValues & { head: InsureeFormValues };

const FIELDS = [...FAMILY_FORM_FIELDS, ...INSUREE_FORM_FIELDS.map((f) => `head.${f}`)];

/** The enrolment form: a family/group with its head. */
export default function NewFamilyForm() {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  const numberConfig = useInsuranceNumberConfig();
  const form = useForm<NewFamilyValues>({
    defaultValues: { ...emptyFamily(), head: emptyInsuree() },
    resolver: contractResolver((values) => [...validateFamilyForm(values), ...validateInsureeForm(values.head, numberConfig, 'head')]),
    mode: 'onTouched',
  });
  const [saving, create] = useMutation(CREATE_FAMILY);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('form.unsaved'));

  if (!has(101002)) {
    return (
      <Box sx={{ p: 3 }}>
        <Typography variant="h5" component="h1" gutterBottom>
          {t('newFamily.title')}
        </Typography>
        <Alert severity="warning">{t('newFamily.notAllowed')}</Alert>
      </Box>
    );
  }

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({
      // The contract's rules (the resolver) require the village before this runs.
      input: { ...familyInput(values), villageId: values.village.V ?? '', head: insureeInput(values.head) },
    });
    if (result.error) {
      setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
      return;
    }
    const payload = result.data?.createFamily;
    if (payload?.errors.length || !payload?.family) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, FIELDS, (f) => familyFormField(insureeFormField(f))));
      return;
    }
    release();
    navigate(`/insurees/families/${payload.family.id}`);
  });

  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ p: 3, display: 'grid', gap: 2 }} aria-labelledby="new-family-title">
      <Typography id="new-family-title" variant="h5" component="h1">
        {t('newFamily.title')}
      </Typography>
      <Typography color="text.secondary">{t('newFamily.intro')}</Typography>
      <FormProblems errors={problems} requestError={requestError} />
      <FormProvider {...form}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('family.details')}
            </Typography>
            <FamilyFormFields />
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('newFamily.head')}
            </Typography>
            <InsureeFormFields prefix="head." />
          </CardContent>
        </Card>
      </FormProvider>
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={saving.fetching}>
          {t('form.save')}
        </Button>
        <Button type="button" onClick={() => navigate('/insurees/families')}>
          {t('form.cancel')}
        </Button>
      </Stack>
    </Box>
  );
}
