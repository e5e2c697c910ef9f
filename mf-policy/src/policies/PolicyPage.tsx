import { PolicyStatus } from '@kente/contract-policy';
import type {} from '@kente/contract-policy/slots';
import { linkTo, useDataTableLabels, useFormat, useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import { FormProvider, useVersionedEditor, useWatch } from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  DataTable,
  Detail,
  DetailList,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Link,
  listSource,
  ProgressLine,
  RecordPanels,
  Stack,
  Typography,
  useErrorCodeText,
} from '@kente/sdk/ui';
import { type ReactNode, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PolicyFormFields } from './PolicyFormFields.js';
import { PolicyStatusChip } from './PolicyStatusChip.js';
import { canRenew, POLICY_FORM_FIELDS, type PolicyFormValues, policyChanges, previewable, stageKey, validatePolicyForm } from './policyForm.js';
import { DELETE_POLICY, ME, POLICY, type PolicyPageData, PRODUCT_CHOICES, SUSPEND_POLICY, UPDATE_POLICY } from './policyQueries.js';
import { RenewDialog } from './RenewDialog.js';
import { ValuePreview } from './ValuePreview.js';

/** A policy: family, product, officer, stage, status, dates, value; its actions by right and status; history; other modules' panels. */
export default function PolicyPage(props: { params: { policyId: string } }) {
  return <PolicyView key={props.params.policyId} policyId={props.params.policyId} />;
}

type Confirm = 'suspend' | 'delete';
type CoveredInsuree = NonNullable<PolicyPageData['insurees']>[number];

/** A link inside the console (client-side navigation, a real href for the keyboard and a new tab). */
function ConsoleLink({ to, children }: { to: string; children: ReactNode }) {
  const _navigate = useNavigate();
  return <Link {...linkTo(to)}>{children}</Link>;
}

function PolicyView({ policyId }: { policyId: string }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const errorCode = useErrorCodeText();
  const labels = useDataTableLabels();
  const navigate = useNavigate();
  const { has } = useRights();
  const withOfficer = has(121701) || has(121702) || has(121703) || has(121704);
  const withInsurees = has(101101);
  const [result, refetch] = useQuery({ query: POLICY, variables: { id: policyId, withOfficer, withInsurees } });
  const [me] = useQuery({ query: ME });
  const [editing, setEditing] = useState(false);
  const [renewing, setRenewing] = useState(false);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [suspending, suspend] = useMutation(SUSPEND_POLICY);
  const [deleting, remove] = useMutation(DELETE_POLICY);
  const policy = result.data?.policy;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const runConfirmed = async () => {
    if (!policy || !confirm) return;
    const input = { id: policy.id, version: policy.version };
    const response = confirm === 'suspend' ? await suspend({ input }) : await remove({ input });
    const payload = response.data && ('suspendPolicy' in response.data ? response.data.suspendPolicy : response.data.deletePolicy);
    const problem =
      response.error?.graphQLErrors[0]?.message ??
      response.error?.message ??
      payload?.errors.map((e) => errorCode(e.code, { defaultValue: e.message })).join(' ');
    const done = confirm;
    setConfirm(null);
    if (problem) {
      setActionError(problem);
      reload();
      return;
    }
    if (done === 'delete') navigate(policy.family ? `/insurees/families/${policy.family.id}` : '/policies');
    else reload();
  };

  const officer = (() => {
    if (!policy?.officerId) return '';
    if (policy.officer) return `${policy.officer.lastName} ${policy.officer.otherNames} (${policy.officer.username})`;
    if (policy.officerId === me.data?.me?.id) return me.data.me.names;
    return t('policy.officerSet');
  })();
  const renewedBy = policy?.family?.policies.find((p) => p.previousPolicyId === policy.id);

  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1">
          {policy?.product && policy.family
            ? t('policy.heading', {
                product: policy.product.code,
                name: `${policy.family.head.lastName} ${policy.family.head.otherNames}`,
              })
            : t('policy.pageTitle')}
        </Typography>
        {policy && <PolicyStatusChip status={policy.status} />}
      </Stack>
      {result.fetching && !policy && <ProgressLine aria-label={t('form.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      {!result.fetching && !result.error && !policy && <Alert severity="info">{t('policy.notFound')}</Alert>}
      {actionError && (
        <Alert severity="error" onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      )}
      {policy && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Stack direction="row" spacing={1} useFlexGap sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
                <Typography variant="h6" component="h2">
                  {t('policy.details')}
                </Typography>
                {!editing && (
                  <Stack direction="row" spacing={1}>
                    {policy.status === PolicyStatus.idle && has(101203) && <Button onClick={() => setEditing(true)}>{t('policy.edit')}</Button>}
                    {has(101205) && canRenew(policy, policy.family?.policies ?? [], null) && (
                      <Button variant="outlined" onClick={() => setRenewing(true)}>
                        {t('policy.renew')}
                      </Button>
                    )}
                    {policy.status === PolicyStatus.active && has(101203) && (
                      <Button color="warning" onClick={() => setConfirm('suspend')}>
                        {t('policy.suspend')}
                      </Button>
                    )}
                    {policy.status === PolicyStatus.idle && has(101204) && (
                      <Button color="error" onClick={() => setConfirm('delete')}>
                        {t('policy.delete')}
                      </Button>
                    )}
                  </Stack>
                )}
              </Stack>
              {editing ? (
                <PolicyEditor
                  policy={policy}
                  withOfficer={withOfficer}
                  onDone={() => {
                    setEditing(false);
                    reload();
                  }}
                />
              ) : (
                <DetailList>
                  <Detail
                    label={t('policy.family')}
                    value={
                      policy.family ? (
                        <ConsoleLink to={`/insurees/families/${policy.family.id}`}>
                          {`${policy.family.head.lastName} ${policy.family.head.otherNames} (${policy.family.head.insuranceNumber})`}
                        </ConsoleLink>
                      ) : (
                        ''
                      )
                    }
                  />
                  <Detail label={t('policy.product')} value={policy.product ? `${policy.product.code} — ${policy.product.name}` : ''} />
                  <Detail label={t('policy.stage')} value={t(stageKey(policy.stage))} />
                  <Detail label={t('policy.officer')} value={officer} />
                  <Detail label={t('policy.value')} value={format.money(policy.value)} />
                  <Detail label={t('policy.paid')} value={format.money(policy.paid)} />
                  <Detail label={t('policy.balance')} value={format.money(policy.balance)} />
                  <Detail label={t('policy.enrolDate')} value={format.date(policy.enrolDate)} />
                  <Detail label={t('policy.startDate')} value={format.date(policy.startDate)} />
                  <Detail label={t('policy.effectiveDate')} value={policy.effectiveDate ? format.date(policy.effectiveDate) : ''} />
                  <Detail label={t('policy.expiryDate')} value={format.date(policy.expiryDate)} />
                  <Detail
                    label={t('policy.previous')}
                    value={
                      policy.previousPolicy ? (
                        <ConsoleLink to={`/policies/${policy.previousPolicy.id}`}>
                          {t('policy.previousLink', { product: policy.previousPolicy.product?.code ?? '', date: format.date(policy.previousPolicy.enrolDate) })}
                        </ConsoleLink>
                      ) : (
                        ''
                      )
                    }
                  />
                  {renewedBy && (
                    <Detail label={t('policy.renewedBy')} value={<ConsoleLink to={`/policies/${renewedBy.id}`}>{t('policy.renewedByLink')}</ConsoleLink>} />
                  )}
                </DetailList>
              )}
            </CardContent>
          </Card>
          {policy.insurees && (
            <Card variant="outlined">
              <CardContent>
                <Typography variant="h6" component="h2" id="policy-insurees-title">
                  {t('policy.insurees', { count: policy.insurees.length })}
                </Typography>
                <DataTable<CoveredInsuree>
                  caption={t('policy.insureesCaption')}
                  labels={{ ...labels, empty: t('policy.noInsurees') }}
                  rowKey={(i) => i.id}
                  onRowClick={(i) => navigate(`/insurees/insurees/${i.id}`)}
                  source={listSource(policy.insurees)}
                  columns={[
                    { key: 'number', header: t('policy.insuranceNumber'), render: (i) => i.insuranceNumber },
                    { key: 'name', header: t('policy.insureeName'), render: (i) => `${i.lastName} ${i.otherNames}` },
                    { key: 'birthDate', header: t('policy.birthDate'), render: (i) => format.date(i.birthDate) },
                  ]}
                />
              </CardContent>
            </Card>
          )}
          <RecordPanels
            name="policy.policy.panels"
            props={{ policyId: policy.id }}
            history={{ entityType: 'Policy', entityId: policy.id, version: policy.version }}
          />
          {renewing && <RenewDialog policy={policy} onClose={() => setRenewing(false)} />}
        </>
      )}
      <Dialog open={Boolean(confirm)} onClose={() => setConfirm(null)} aria-labelledby="policy-confirm-title">
        <DialogTitle id="policy-confirm-title">{confirm && t(confirm === 'suspend' ? 'policy.suspend' : 'policy.delete')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{confirm && t(confirm === 'suspend' ? 'policy.suspendConfirm' : 'policy.deleteConfirm')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirm(null)}>{t('form.cancel')}</Button>
          <Button
            variant="contained"
            color={confirm === 'delete' ? 'error' : 'warning'}
            disabled={suspending.fetching || deleting.fetching}
            onClick={runConfirmed}
          >
            {t('form.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

/** Edits an Idle policy's product, enrolment date and officer, with the value previewed; a stale version opens the conflict dialog. */
function PolicyEditor({ policy, withOfficer, onDone }: { policy: PolicyPageData; withOfficer: boolean; onDone: () => void }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const [me] = useQuery({ query: ME });
  const [products] = useQuery({ query: PRODUCT_CHOICES, variables: { filter: {} } });
  const productNames = new Map((products.data?.products.edges ?? []).map((e) => [e.node.id, `${e.node.code} — ${e.node.name}`]));
  const editor = useVersionedEditor<PolicyPageData, PolicyFormValues>({
    entity: policy,
    toForm: (p) => ({ productId: p.product?.id ?? '', enrolDate: p.enrolDate, officerId: p.officerId ?? '' }),
    validate: (values) => validatePolicyForm(values),
    mutation: UPDATE_POLICY,
    field: 'updatePolicy',
    entityField: 'policy',
    input: (values) => policyChanges(policy, values),
    reload: async (client) =>
      (await client.query(POLICY, { id: policy.id, withOfficer, withInsurees: policy.insurees != null }, { requestPolicy: 'network-only' }).toPromise()).data
        ?.policy ?? null,
    formFields: POLICY_FORM_FIELDS,
    // Names a clerk knows, not ids: the saved product is the one loaded again with the policy.
    conflict: [
      { key: 'productId', label: t('policy.product'), show: (v) => productNames.get(v.productId) ?? v.productId },
      { key: 'enrolDate', label: t('policy.enrolDate'), show: (v) => (v.enrolDate ? format.date(v.enrolDate) : '') },
      {
        key: 'officerId',
        label: t('policy.officer'),
        show: (v) => (!v.officerId ? t('policy.noOfficer') : v.officerId === me.data?.me?.id ? me.data.me.names : t('policy.officerSet')),
      },
    ],
    onSaved: () => {
      editor.release();
      onDone();
    },
    onReloaded: () => onDone(),
  });
  const { form } = editor;
  const values = useWatch({ control: form.control }) as PolicyFormValues;
  return (
    <Box component="form" noValidate onSubmit={editor.onSubmit} sx={{ display: 'grid', gap: 2 }} aria-label={t('policy.edit')}>
      {editor.problems}
      {policy.family && (
        <>
          <FormProvider {...form}>
            <PolicyFormFields villageId={policy.family.village.id} current={policy.product} />
          </FormProvider>
          <ValuePreview
            ready={previewable(values)}
            familyId={policy.family.id}
            productId={values.productId}
            enrolDate={values.enrolDate}
            stage={policy.stage === 'R' ? 'R' : 'N'}
            previousPolicyId={policy.previousPolicyId}
          />
        </>
      )}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t('form.save')}
        </Button>
        <Button
          type="button"
          onClick={() => {
            if (!form.formState.isDirty || window.confirm(t('form.unsaved'))) {
              editor.release();
              onDone();
            }
          }}
        >
          {t('form.cancel')}
        </Button>
      </Stack>
      {editor.conflictDialog}
    </Box>
  );
}
