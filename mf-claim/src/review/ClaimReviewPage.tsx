import type {} from '@kente/contract-claim/slots';
import { linkTo, Slot, useFormat, useModuleTranslation, useRights } from '@kente/sdk';
import { CONFLICT, Controller, FormProvider, useVersionedEditor, useWatch } from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  ProgressLine,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
  useErrorCodeText,
} from '@kente/sdk/ui';
import { type KeyboardEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { reasonKey } from '../claims/claimForm.js';
import type { ResultOf } from '../graphql.js';
import {
  approvedAmount,
  lineApproved,
  MAX_JUSTIFICATION,
  MAX_REMARK,
  type ReviewValues,
  reviewFormField,
  reviewInput,
  reviewIssues,
  reviewTotal,
  reviewValues,
} from './review.js';
import { DELIVER_CLAIM_REVIEW, REVIEW_CLAIM, SAVE_CLAIM_REVIEW } from './reviewQueries.js';

type Claim = NonNullable<ResultOf<typeof REVIEW_CLAIM>['claim']>;
type Notice = 'saved' | 'delivered' | 'conflict' | 'failed' | null;

/** A review can be changed while the claim is submitted and its review neither Delivered nor Bypassed (the server also refuses a claim a batch run priced). */
const reviewable = (claim: Claim) => [4, 8, 16].includes(claim.status) && claim.reviewStatus !== 8 && claim.reviewStatus !== 16;

/** /claims/:claimId/review (111008): a medical officer's review of one claim. */
export default function ClaimReviewPage(props: { params?: { claimId?: string } }) {
  const claimId = props.params?.claimId ?? '';
  const { t } = useModuleTranslation();
  const [result, reexecute] = useQuery({ query: REVIEW_CLAIM, variables: { id: claimId } });
  // the claim as the last save or delivery answered (newer than the query's)
  const [latest, setLatest] = useState<Claim | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  if (result.fetching && !result.data) return <ProgressLine aria-label={t('claim.loading')} />;
  if (result.error && !result.data)
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error" action={<Button onClick={() => reexecute({ requestPolicy: 'network-only' })}>{t('claim.retry')}</Button>}>
          {t('claim.loadFailed')}
        </Alert>
      </Box>
    );
  const loaded = result.data?.claim;
  const claim = latest && loaded && latest.version >= loaded.version ? latest : loaded;
  if (!claim)
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="warning">{t('claim.notFound')}</Alert>
      </Box>
    );
  return (
    <ReviewEditor
      key={`${claim.id}:${claim.version}`}
      claim={claim}
      notice={notice}
      onNotice={setNotice}
      onChanged={(changed, how) => {
        setLatest(changed);
        setNotice(how);
      }}
    />
  );
}

function focusField(name: string) {
  window.requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[name="${name}"]:not([aria-hidden="true"])`)?.focus());
}

function ReviewEditor(props: {
  claim: Claim;
  notice: Notice;
  onNotice: (notice: Notice) => void;
  onChanged: (claim: Claim, how: 'saved' | 'delivered' | null) => void;
}) {
  const { claim } = props;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const errorText = useErrorCodeText();
  const { has } = useRights();
  const editable = has(111008) && reviewable(claim);
  const [delivering, deliver] = useMutation(DELIVER_CLAIM_REVIEW);
  const [deliverErrors, setDeliverErrors] = useState<string[]>([]);
  const lineLabel = (i: number) => {
    const line = claim.lines[i];
    return t('review.lineOf', { n: i + 1, code: line?.code ?? '' });
  };
  const editor = useVersionedEditor<Claim, ReviewValues>({
    entity: claim,
    toForm: reviewValues,
    validate: reviewIssues,
    mutation: SAVE_CLAIM_REVIEW,
    field: 'saveClaimReview',
    entityField: 'claim',
    input: reviewInput,
    reload: async (client) => (await client.query(REVIEW_CLAIM, { id: claim.id }, { requestPolicy: 'network-only' }).toPromise()).data?.claim,
    formFields: ['remark', ...claim.lines.flatMap((_, i) => [`lines.${i}.quantityApproved`, `lines.${i}.priceApproved`, `lines.${i}.justification`])],
    fieldOf: (field) => reviewFormField(reviewValues(claim), field),
    conflict: [
      { key: 'remark', label: t('review.remark'), show: (v) => v.remark },
      ...claim.lines.map((_, i) => ({
        key: `line${i}`,
        label: lineLabel(i),
        show: (v: ReviewValues) => {
          const line = v.lines[i];
          if (!line) return '';
          const amounts = `${line.quantityApproved} × ${line.priceApproved}`;
          return line.rejected ? `${amounts} — ${t('review.rejectedBecause', { justification: line.justification })}` : amounts;
        },
      })),
    ],
    onSaved: (saved) => {
      editor.release();
      props.onChanged(saved, 'saved');
    },
    onReloaded: (theirs) => {
      editor.release();
      props.onChanged(theirs, null);
    },
  });
  const { form } = editor;
  const values = useWatch({ control: form.control }) as ReviewValues;
  const dirty = form.formState.isDirty;
  const total = reviewTotal({ remark: values.remark ?? '', lines: (values.lines ?? []) as ReviewValues['lines'] });

  const save = async () => {
    props.onNotice(null);
    await editor.onSubmit();
  };

  const deliverReview = async () => {
    props.onNotice(null);
    setDeliverErrors([]);
    const answer = await deliver({ input: { id: claim.id, version: editor.version } });
    const payload = answer.data?.deliverClaimReview;
    if (!payload) return props.onNotice('failed');
    if (payload.errors.some((e) => e.code === CONFLICT)) return props.onNotice('conflict');
    if (payload.errors.length > 0 || !payload.claim)
      return setDeliverErrors(payload.errors.map((e) => errorText(e.code, { defaultValue: e.message }) ?? e.code));
    editor.release();
    props.onChanged(payload.claim, 'delivered');
  };

  // Enter in an approved quantity or price goes to the next line's quantity: it never saves by accident.
  const nextLine = (index: number) => (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const next = claim.lines.findIndex((_l, i) => i > index && !(values.lines?.[i]?.locked ?? false));
    if (next >= 0) focusField(`lines.${next}.quantityApproved`);
    else focusField('remark');
  };

  const processed = claim.status === 8 || claim.status === 16;
  const header: Array<[string, string]> = [
    [t('claim.facility'), claim.healthFacility ? `${claim.healthFacility.code} ${claim.healthFacility.name}` : ''],
    [t('claim.insuree'), `${claim.insuranceNumber} ${claim.insuree ? `${claim.insuree.lastName} ${claim.insuree.otherNames}` : ''}`],
    [
      t('review.visit'),
      claim.visitTo && claim.visitTo !== claim.visitFrom ? `${format.date(claim.visitFrom)} – ${format.date(claim.visitTo)}` : format.date(claim.visitFrom),
    ],
    [t('claim.visitType'), t(`visitType.${claim.visitType}`)],
    [t('review.diagnoses'), [claim.diagnosis, ...claim.secondaryDiagnoses].flatMap((d) => (d ? [`${d.code} ${d.name}`] : [])).join(', ')],
    [t('claim.dateClaimed'), format.date(claim.dateClaimed)],
    [t('claim.status'), t(`status.${claim.status}`)],
    [t('claims.review'), t(`claims.selection.${claim.reviewStatus}`)],
    [t('claim.claimed'), format.money(claim.claimed)],
    [t('claim.approved'), claim.approved === null ? '' : format.money(claim.approved)],
    ...(processed
      ? ([
          [t('review.valuated'), claim.valuated === null ? '' : format.money(claim.valuated)],
          [t('review.remunerated'), claim.remunerated === null ? t('review.awaitingBatch') : format.money(claim.remunerated)],
        ] as Array<[string, string]>)
      : []),
  ];

  return (
    <FormProvider {...form}>
      <Box sx={{ p: { xs: 1, md: 2 }, display: 'grid', gap: 1.5, maxWidth: 1300 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1">
            {t('review.title', { code: claim.code })}
          </Typography>
          <Button size="small" {...linkTo(`/claims/${claim.id}`)}>
            {t('review.openClaim')}
          </Button>
        </Stack>

        {editor.problems}
        {editor.conflictDialog}
        {props.notice === 'saved' && !dirty && (
          <Alert severity="success" role="status">
            {t('review.saved', { approved: format.money(claim.approved ?? 0) })}
          </Alert>
        )}
        {props.notice === 'delivered' && (
          <Alert severity={claim.status === 1 ? 'warning' : 'success'} role="status">
            {claim.status === 1
              ? t('review.deliveredRejected')
              : processed
                ? t('review.deliveredValuated', {
                    approved: format.money(claim.approved ?? 0),
                    valuated: format.money(claim.valuated ?? 0),
                    remunerated: claim.remunerated === null ? t('review.awaitingBatch') : format.money(claim.remunerated),
                  })
                : t('review.delivered', { approved: format.money(claim.approved ?? 0) })}
          </Alert>
        )}
        {props.notice === 'failed' && <Alert severity="error">{t('review.failed')}</Alert>}
        {props.notice === 'conflict' && (
          <Alert severity="warning" action={<Button onClick={() => window.location.reload()}>{t('claim.reload')}</Button>}>
            {t('review.conflict')}
          </Alert>
        )}
        {deliverErrors.length > 0 && (
          <Alert severity="error" role="alert">
            {deliverErrors.join(' ')}
          </Alert>
        )}
        {!editable && has(111008) && <Alert severity="info">{t('review.readOnly', { status: t(`claims.selection.${claim.reviewStatus}`) })}</Alert>}

        <Card variant="outlined">
          <CardContent
            component="dl"
            sx={{ m: 0, display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: 'repeat(4, minmax(0, 1fr))' }, '& dd': { m: 0 } }}
            data-testid="review-header"
          >
            {header.map(([label, value]) => (
              <Box key={label}>
                <Typography component="dt" variant="caption" color="text.secondary">
                  {label}
                </Typography>
                <Typography component="dd">{value || '—'}</Typography>
              </Box>
            ))}
          </CardContent>
        </Card>

        <Card variant="outlined">
          <CardContent sx={{ display: 'grid', gap: 1 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}>
              <Typography variant="h6" component="h2">
                {t('lines.title')}
              </Typography>
              <Typography aria-live="polite" sx={{ fontWeight: 600 }} data-testid="review-total">
                {t('review.total', { approved: format.money(total), claimed: format.money(claim.claimed) })}
              </Typography>
            </Stack>
            {editable && (
              <Typography variant="body2" color="text.secondary">
                {t('review.keyboardHint')}
              </Typography>
            )}
            <TableContainer>
              <Table size="small" aria-label={t('lines.title')}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: 32 }}>#</TableCell>
                    <TableCell>{t('lines.medical')}</TableCell>
                    <TableCell align="right">{t('review.askedQuantity')}</TableCell>
                    <TableCell align="right">{t('review.askedPrice')}</TableCell>
                    <TableCell sx={{ width: 100 }}>{t('review.approvedQuantity')}</TableCell>
                    <TableCell sx={{ width: 130 }}>{t('review.approvedPrice')}</TableCell>
                    <TableCell align="right">{t('review.approvedAmount')}</TableCell>
                    <TableCell>{t('review.reject')}</TableCell>
                    {processed && <TableCell align="right">{t('review.valuated')}</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {claim.lines.map((line, index) => {
                    const value = values.lines?.[index] as ReviewValues['lines'][number] | undefined;
                    const locked = value?.locked ?? true;
                    const amount = value && lineApproved(value) ? approvedAmount(value) : null;
                    const reason = locked ? reasonKey(line.rejectionReason) : null;
                    const disabled = !editable || locked;
                    return [
                      <TableRow key={line.id} data-testid={`review-line-${index}`}>
                        <TableCell>{index + 1}</TableCell>
                        <TableCell>
                          {line.code} {line.name}
                          {reason && (
                            <Typography variant="body2" color="error">
                              {t('reason.label', { text: t(reason.key, { code: reason.code }), code: reason.code })}
                            </Typography>
                          )}
                        </TableCell>
                        <TableCell align="right">{line.quantity}</TableCell>
                        <TableCell align="right">{format.money(line.priceAsked)}</TableCell>
                        <TableCell>
                          <AmountInput
                            name={`lines.${index}.quantityApproved`}
                            label={t('review.quantityOf', { n: index + 1 })}
                            disabled={disabled}
                            onKeyDown={nextLine(index)}
                          />
                        </TableCell>
                        <TableCell>
                          <AmountInput
                            name={`lines.${index}.priceApproved`}
                            label={t('review.priceOf', { n: index + 1 })}
                            disabled={disabled}
                            onKeyDown={nextLine(index)}
                          />
                        </TableCell>
                        <TableCell align="right">{amount === null ? '—' : format.money(amount)}</TableCell>
                        <TableCell>
                          <Controller
                            name={`lines.${index}.rejected`}
                            control={form.control}
                            render={({ field }) => (
                              <Checkbox
                                size="small"
                                name={field.name}
                                checked={Boolean(field.value)}
                                disabled={disabled}
                                onChange={(e) => {
                                  field.onChange(e.target.checked);
                                  if (e.target.checked) focusField(`lines.${index}.justification`);
                                }}
                                onKeyDown={(e) => {
                                  if (e.key === 'Enter') e.preventDefault();
                                }}
                                slotProps={{ input: { 'aria-label': t('review.rejectOf', { n: index + 1 }) } }}
                              />
                            )}
                          />
                        </TableCell>
                        {processed && (
                          <TableCell align="right" data-testid={`review-line-${index}-valuated`}>
                            {line.priceValuated === null ? '' : format.money(line.priceValuated)}
                          </TableCell>
                        )}
                      </TableRow>,
                      !locked && value?.rejected && (
                        <TableRow key={`${line.id}-why`}>
                          <TableCell />
                          <TableCell colSpan={processed ? 8 : 7}>
                            <AmountInput
                              name={`lines.${index}.justification`}
                              label={t('review.justificationOf', { n: index + 1 })}
                              disabled={disabled}
                              maxLength={MAX_JUSTIFICATION}
                              wide
                              onKeyDown={nextLine(index)}
                            />
                          </TableCell>
                        </TableRow>
                      ),
                    ];
                  })}
                </TableBody>
              </Table>
            </TableContainer>
            <Controller
              name="remark"
              control={form.control}
              render={({ field, fieldState }) => (
                <TextField
                  {...field}
                  inputRef={field.ref}
                  size="small"
                  label={t('review.remark')}
                  disabled={!editable}
                  multiline
                  minRows={1}
                  error={Boolean(fieldState.error)}
                  helperText={errorText(fieldState.error?.message)}
                  slotProps={{ htmlInput: { maxLength: MAX_REMARK } }}
                />
              )}
            />
          </CardContent>
        </Card>

        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {editable && (
            <>
              <Button variant="contained" onClick={save} disabled={!dirty || form.formState.isSubmitting || delivering.fetching}>
                {t('review.save')}
              </Button>
              <Button type="button" disabled={!dirty} onClick={editor.discard}>
                {t('review.discard')}
              </Button>
              <Button variant="contained" color="secondary" onClick={deliverReview} disabled={dirty || delivering.fetching || form.formState.isSubmitting}>
                {t('review.deliver')}
              </Button>
              {dirty && <Typography color="text.secondary">{t('review.saveBeforeDeliver')}</Typography>}
            </>
          )}
          <Button {...linkTo('/claims/reviews')}>{t('review.back')}</Button>
        </Stack>

        <Slot name="claim.review.panels" props={{ claimId: claim.id }} />
      </Box>
    </FormProvider>
  );
}

/** A text input bound to the review form: its error under it, an accessible name, Enter handled by the page. */
function AmountInput(props: {
  name: string;
  label: string;
  disabled: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  maxLength?: number;
  wide?: boolean;
}) {
  const errorText = useErrorCodeText();
  return (
    <Controller
      name={props.name}
      render={({ field, fieldState }) => (
        <TextField
          {...field}
          value={field.value ?? ''}
          inputRef={field.ref}
          size="small"
          fullWidth={props.wide}
          disabled={props.disabled}
          onKeyDown={props.onKeyDown}
          onFocus={(e) => e.target.select()}
          error={Boolean(fieldState.error)}
          helperText={errorText(fieldState.error?.message)}
          placeholder={props.wide ? props.label : undefined}
          slotProps={{
            htmlInput: {
              'aria-label': props.label,
              'aria-invalid': Boolean(fieldState.error),
              inputMode: props.wide ? 'text' : 'decimal',
              maxLength: props.maxLength ?? 20,
            },
          }}
          sx={props.wide ? undefined : { width: '100%', minWidth: 80 }}
        />
      )}
    />
  );
}
