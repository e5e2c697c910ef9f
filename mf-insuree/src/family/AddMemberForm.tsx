import { relationshipRule } from '@kente/contract-insuree';
import { useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import { applyUserErrors, blankToNull, contractResolver, FormProblems, FormProvider, type UserError, useForm, useUnsavedChangesGuard } from '@kente/sdk/forms';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql.js';
import { InsureeFormFields } from '../insuree/InsureeFormFields.js';
import { emptyInsuree, INSUREE_FORM_FIELDS, type InsureeFormValues, insureeFormField, insureeInput, validateInsureeForm } from '../insuree/insureeForm.js';
import { ADD_INSUREE } from '../insuree/insureeQueries.js';
import { useInsuranceNumberConfig } from '../insuree/useInsuranceNumberConfig.js';

interface AddMemberValues {
  relationship: string;
  insuree: InsureeFormValues;
}

const FIELDS = ['relationship', ...INSUREE_FORM_FIELDS.map((f) => `insuree.${f}`)];

const FAMILY_HEAD = graphql(`
  query AddMemberFamily($id: ID!) { family(id: $id) { id head { id lastName otherNames insuranceNumber } } }
`);

/** Adds a member to a family: `/insurees/families/:familyId/members/new`. */
export default function AddMemberForm(props: { params: { familyId: string } }) {
  const { params } = props;
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  const numberConfig = useInsuranceNumberConfig();
  const [familyResult] = useQuery({
    query: FAMILY_HEAD,
    variables: { id: params.familyId },
  });
  const form = useForm<AddMemberValues>({
    defaultValues: { relationship: '', insuree: emptyInsuree() },
    resolver: contractResolver((values) => {
      const relationship = relationshipRule(values.relationship);
      return [...(relationship ? [{ path: 'relationship', code: relationship }] : []), ...validateInsureeForm(values.insuree, numberConfig, 'insuree')];
    }),
    mode: 'onTouched',
  });
  const [, add] = useMutation(ADD_INSUREE);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('form.unsaved'));
  const familyPath = `/insurees/families/${params.familyId}`;
  const head = familyResult.data?.family?.head;

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await add({ input: { familyId: params.familyId, relationship: blankToNull(values.relationship), insuree: insureeInput(values.insuree) } });
    if (result.error) {
      setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
      return;
    }
    const payload = result.data?.addInsuree;
    if (!payload?.insuree || payload.errors.length) {
      // The server may name fields `insuree.lastName` or `lastName`: both land on the form's field.
      setProblems(
        applyUserErrors(payload?.errors ?? [], form.setError, FIELDS, (f) =>
          insureeFormField(f === 'relationship' || f.startsWith('insuree.') ? f : `insuree.${f}`),
        ),
      );
      return;
    }
    release();
    navigate(familyPath);
  });

  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ p: 3, display: 'grid', gap: 2 }} aria-labelledby="add-member-title">
      <Box>
        <Typography id="add-member-title" variant="h5" component="h1">
          {t('addMember.title')}
        </Typography>
        {head && (
          <Typography color="text.secondary">{t('family.headLine', { name: `${head.lastName} ${head.otherNames}`, number: head.insuranceNumber })}</Typography>
        )}
      </Box>
      {!has(101102) && <Alert severity="warning">{t('addMember.notAllowed')}</Alert>}
      {familyResult.error && <Alert severity="error">{familyResult.error.message}</Alert>}
      <FormProblems errors={problems} requestError={requestError} />
      <FormProvider {...form}>
        <Card variant="outlined">
          <CardContent>
            <InsureeFormFields prefix="insuree." relationship disabled={!has(101102)} />
          </CardContent>
        </Card>
      </FormProvider>
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting || !has(101102)}>
          {t('form.save')}
        </Button>
        <Button type="button" onClick={() => navigate(familyPath)}>
          {t('form.cancel')}
        </Button>
      </Stack>
    </Box>
  );
}
