import { MAX_SECONDARY_DIAGNOSES, VISIT_TYPES, type VisitType } from '@kente/contract-claim';
import type {} from '@kente/contract-claim/slots';
import { linkTo, Slot, useFormat, useModuleTranslation, useNavigate, useRights, useUser } from '@kente/sdk';
import { HealthFacilityPicker, SearchPicker } from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  DateField,
  IconButton,
  MenuItem,
  NativeSelect,
  ProgressLine,
  RecordPanels,
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
import { type KeyboardEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '../graphql.js';
import {
  type Choice,
  type ClaimDraft,
  claimInput,
  claimTotal,
  clearDraft,
  draftKey,
  emptyDraft,
  formLineIndex,
  type LineDraft,
  type LineDraftKind,
  lineTotal,
  loadDraft,
  type MedicalChoice,
  newLine,
  reasonKey,
  type StoredDraft,
  saveDraft,
} from './claimForm.js';
import {
  CLAIM,
  CREATE_CLAIM,
  DELETE_CLAIM,
  DIAGNOSES,
  ELIGIBILITY,
  ITEM_PICKER,
  RESTORE_CLAIM,
  SERVICE_PICKER,
  SUBMIT_CLAIMS,
  UPDATE_CLAIM,
} from './claimQueries.js';
import { InsureePhoto } from './InsureePhoto.js';

type Claim = NonNullable<ResultOf<typeof CLAIM>['claim']>;
type Warning = { code: string; lineNo: number | null; message: string };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A new claim's save moves to /claims/:id, where a new editor opens: what the save answered
 * (its warnings) is handed over here, read once by that editor.
 */
let justCreated: { id: string; warnings: Warning[] } | null = null;
function takeJustCreated(id: string | undefined): Warning[] | null {
  return justCreated && justCreated.id === id ? justCreated.warnings : null;
}

/** A saved claim as the form's draft. */
function draftOf(claim: Claim): ClaimDraft {
  return {
    healthFacility: claim.healthFacility,
    insuranceNumber: claim.insuranceNumber,
    code: claim.code,
    guaranteeNo: claim.guaranteeNo ?? '',
    visitFrom: claim.visitFrom,
    visitTo: claim.visitTo ?? '',
    dateClaimed: claim.dateClaimed,
    visitType: (VISIT_TYPES as readonly string[]).includes(claim.visitType) ? (claim.visitType as VisitType) : 'O',
    diagnosis: claim.diagnosis,
    secondary: claim.secondaryDiagnoses,
    explanation: claim.explanation ?? '',
    lines: claim.lines.map((line) => ({
      key: line.id,
      kind: line.kind === 'I' ? 'I' : 'S',
      medical: { id: (line.kind === 'I' ? line.itemId : line.serviceId) ?? '', code: line.code, name: line.name, price: line.priceAsked },
      quantity: line.quantity,
    })),
  };
}

/** /claims/new and /claims/:claimId (111001; add 111002, edit 111003, submit 111007, delete 111004, restore 111012). */
export default function ClaimPage(props: { params?: { claimId?: string } }) {
  const claimId = props.params?.claimId ?? null;
  const { t } = useModuleTranslation();
  const [result, reexecute] = useQuery({ query: CLAIM, variables: { id: claimId ?? '' }, pause: claimId === null });
  if (claimId === null) return <ClaimEditor claim={null} />;
  if (result.fetching && !result.data) return <ProgressLine aria-label={t('claim.loading')} />;
  if (result.error && !result.data)
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error" action={<Button onClick={() => reexecute({ requestPolicy: 'network-only' })}>{t('claim.retry')}</Button>}>
          {t('claim.loadFailed')}
        </Alert>
      </Box>
    );
  const claim = result.data?.claim;
  if (!claim)
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="warning">{t('claim.notFound')}</Alert>
      </Box>
    );
  // Keyed by the claim alone: the editor keeps the claim its own saves and submissions answer, so
  // the cache's refetch after them does not remount it (and wipe what it just said). A change made
  // elsewhere meanwhile is the version check's business: the next save answers CONFLICT.
  return <ClaimEditor key={claim.id} claim={claim} />;
}

function focusField(name: string) {
  window.requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.focus());
}

function ClaimEditor({ claim: loaded }: { claim: Claim | null }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const errorText = useErrorCodeText();
  const navigate = useNavigate();
  const { has } = useRights();
  const user = useUser();
  const [claim, setClaim] = useState<Claim | null>(loaded);
  const ownFacility = user?.healthFacility ?? null;
  const storageKey = draftKey(user?.username ?? '', claim?.id ?? null);
  const [draft, setDraft] = useState<ClaimDraft>(() => (claim ? draftOf(claim) : emptyDraft(today(), ownFacility)));
  const [kept, setKept] = useState<StoredDraft | null>(() => loadDraft(window.localStorage, storageKey));
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [handedOver] = useState(() => takeJustCreated(loaded?.id));
  useEffect(() => {
    justCreated = null;
  }, []);
  const [warnings, setWarnings] = useState<Warning[]>(handedOver ?? []);
  const [notice, setNotice] = useState<'saved' | 'conflict' | 'failed' | 'offline' | null>(handedOver ? 'saved' : null);
  const [submitted, setSubmitted] = useState(false);
  const [restoreCode, setRestoreCode] = useState('');
  const [created, create] = useMutation(CREATE_CLAIM);
  const [updated, update] = useMutation(UPDATE_CLAIM);
  const [submitting, submit] = useMutation(SUBMIT_CLAIMS);
  const [deleting, remove] = useMutation(DELETE_CLAIM);
  const [restoring, restore] = useMutation(RESTORE_CLAIM);
  const editable = claim === null ? has(111002) : claim.status === 2 && has(111003);
  const busy = created.fetching || updated.fetching || submitting.fetching || deleting.fetching || restoring.fetching;

  // Every change is kept in this browser until the claim is saved: a dropped connection loses nothing.
  useEffect(() => {
    if (!touched) return;
    const timer = window.setTimeout(() => saveDraft(window.localStorage, storageKey, draft, claim?.version ?? null), 400);
    return () => window.clearTimeout(timer);
  }, [draft, touched, storageKey, claim?.version]);

  const change = useCallback((patch: Partial<ClaimDraft>) => {
    setTouched(true);
    setDraft((current) => ({ ...current, ...patch }));
  }, []);
  const changeLine = (index: number, patch: Partial<LineDraft>) => {
    setTouched(true);
    setDraft((current) => ({ ...current, lines: current.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) }));
  };
  const addLine = (kind: LineDraftKind = 'S') => {
    setTouched(true);
    setDraft((current) => ({ ...current, lines: [...current.lines, newLine(kind)] }));
    focusField(`lines.${draft.lines.length}.medical`);
  };
  const removeLine = (index: number) => {
    setTouched(true);
    setDraft((current) => ({ ...current, lines: current.lines.filter((_, i) => i !== index) }));
  };

  // Enter in a quantity goes to the next line (a new one after the last).
  const quantityKey = (index: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (index === draft.lines.length - 1) addLine();
    else focusField(`lines.${index + 1}.medical`);
  };

  const fieldError = (field: string) => (errors[field] ? errorText(errors[field]) : undefined);

  const onSaved = (saved: Claim, savedWarnings: Warning[]) => {
    clearDraft(window.localStorage, storageKey);
    setKept(null);
    setTouched(false);
    setWarnings(savedWarnings);
    setNotice('saved');
    if (claim === null) {
      clearDraft(window.localStorage, draftKey(user?.username ?? '', saved.id));
      justCreated = { id: saved.id, warnings: savedWarnings };
      navigate(`/claims/${saved.id}`, { replace: true });
    }
    setClaim(saved);
    setDraft(draftOf(saved));
  };

  const showErrors = (list: Array<{ field: string | null; code: string }>) => {
    const next: Record<string, string> = {};
    for (const error of list) {
      if (error.code === 'CONFLICT') {
        setNotice('conflict');
        continue;
      }
      const match = /^lines\.(\d+)\.(\w+)$/.exec(error.field ?? '');
      const field = match
        ? `lines.${formLineIndex(draft.lines, Number(match[1]))}.${match[2] === 'quantity' ? 'quantity' : 'medical'}`
        : (error.field ?? 'form');
      next[field] = error.code;
    }
    setErrors(next);
  };

  const save = async () => {
    setErrors({});
    setNotice(null);
    setSubmitted(false);
    // Kept now, not only after the typing pause: if the answer never comes, nothing is lost.
    if (touched) saveDraft(window.localStorage, storageKey, draft, claim?.version ?? null);
    const input = claimInput(draft);
    if (claim === null) {
      const answer = await create({ input });
      const payload = answer.data?.createClaim;
      if (!payload) return setNotice(answer.error?.networkError ? 'offline' : 'failed');
      if (payload.errors.length > 0 || !payload.claim) return showErrors(payload.errors);
      onSaved(payload.claim, payload.warnings);
    } else {
      const answer = await update({ input: { ...input, id: claim.id, version: claim.version } });
      const payload = answer.data?.updateClaim;
      if (!payload) return setNotice(answer.error?.networkError ? 'offline' : 'failed');
      if (payload.errors.length > 0 || !payload.claim) return showErrors(payload.errors);
      onSaved(payload.claim, payload.warnings);
    }
  };

  const submitClaim = async () => {
    if (!claim) return;
    setNotice(null);
    const answer = await submit({ ids: [claim.id] });
    const payload = answer.data?.submitClaims;
    if (!payload) return setNotice(answer.error?.networkError ? 'offline' : 'failed');
    if (payload.errors.length > 0) return showErrors(payload.errors.map((e) => ({ ...e, field: 'form' })));
    const done = payload.submissions[0];
    if (done) {
      setClaim(done.claim);
      setDraft(draftOf(done.claim));
      setWarnings(done.warnings);
      setSubmitted(true);
    }
  };

  const deleteClaim = async () => {
    if (!claim || !window.confirm(t('claim.deleteConfirm', { code: claim.code }))) return;
    const answer = await remove({ input: { id: claim.id, version: claim.version } });
    const payload = answer.data?.deleteClaim;
    if (!payload) return setNotice('failed');
    if (payload.errors.length > 0) return showErrors(payload.errors);
    clearDraft(window.localStorage, storageKey);
    navigate('/claims');
  };

  const restoreClaim = async () => {
    if (!claim) return;
    const answer = await restore({ input: { id: claim.id, code: restoreCode.trim() } });
    const payload = answer.data?.restoreClaim;
    if (!payload) return setNotice('failed');
    if (payload.errors.length > 0 || !payload.claim)
      return showErrors(payload.errors.map((e) => ({ ...e, field: e.field === 'code' ? 'restoreCode' : e.field })));
    navigate(`/claims/${payload.claim.id}`);
  };

  const totals = claimTotal(draft.lines);
  const facilityId = draft.healthFacility?.id ?? null;
  const status = claim?.status ?? 2;
  const valuated = claim !== null && (claim.status === 8 || claim.status === 16);

  return (
    <Box sx={{ p: { xs: 1, md: 2 }, display: 'grid', gap: 1.5, maxWidth: 1300 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {claim ? t('claim.title', { code: claim.code }) : t('claim.newTitle')}
        </Typography>
        {claim && <Typography color="text.secondary">{t(`status.${claim.status}`)}</Typography>}
        {claim?.status === 1 && claim.rejectionReason !== null && <ReasonText code={claim.rejectionReason} />}
        {claim && claim.status !== 2 && (
          <Typography color="text.secondary" data-testid="claim-selections">
            {t('claims.reviewIs', { status: t(`claims.selection.${claim.reviewStatus}`) })} ·{' '}
            {t('claims.feedbackIs', { status: t(`claims.selection.${claim.feedbackStatus}`) })}
          </Typography>
        )}
        {claim && claim.reviewStatus === 4 && has(111008) && (
          <Button variant="outlined" size="small" {...linkTo(`/claims/${claim.id}/review`)}>
            {t('claims.openReview')}
          </Button>
        )}
      </Stack>
      {claim && (claim.status === 8 || claim.status === 16) && (
        <Alert severity="info" icon={false} data-testid="claim-valuation">
          {t('claims.valuation', {
            approved: format.money(claim.approved ?? 0),
            valuated: format.money(claim.valuated ?? 0),
            remunerated: claim.remunerated === null ? t('review.awaitingBatch') : format.money(claim.remunerated),
          })}
          {claim.reviewRemark && ` ${t('claims.remark', { remark: claim.reviewRemark })}`}
        </Alert>
      )}

      {kept && editable && (
        <Alert
          severity="info"
          action={
            <Stack direction="row" spacing={1}>
              <Button
                onClick={() => {
                  setDraft(kept.draft);
                  setTouched(true);
                  setKept(null);
                }}
              >
                {t('draft.restore')}
              </Button>
              <Button
                onClick={() => {
                  clearDraft(window.localStorage, storageKey);
                  setKept(null);
                }}
              >
                {t('draft.discard')}
              </Button>
            </Stack>
          }
        >
          {t('draft.kept', { when: format.dateTime(kept.savedAt) })}
        </Alert>
      )}
      {notice === 'saved' && <Alert severity="success">{t('claim.saved')}</Alert>}
      {notice === 'offline' && <Alert severity="warning">{t('claim.offline')}</Alert>}
      {notice === 'failed' && <Alert severity="error">{t('claim.saveFailed')}</Alert>}
      {notice === 'conflict' && (
        <Alert severity="warning" action={<Button onClick={() => window.location.reload()}>{t('claim.reload')}</Button>}>
          {t('claim.conflict')}
        </Alert>
      )}
      {errors.form && <Alert severity="error">{errorText(errors.form)}</Alert>}
      {warnings.length > 0 && (
        <Alert severity="warning" role="alert">
          {warnings.map((w) => (
            <div key={`${w.code}-${w.lineNo ?? ''}`}>{t(`warning.${w.code}`, { defaultValue: w.message, lineNo: w.lineNo ?? '' })}</div>
          ))}
        </Alert>
      )}
      {submitted && claim && (
        <Alert severity={claim.status === 1 ? 'error' : claim.lines.some((l) => l.status === 2) ? 'warning' : 'success'} role="status">
          {t('claim.submittedAs', {
            status: t(`status.${claim.status}`),
            passed: claim.lines.filter((l) => l.status === 1).length,
            rejected: claim.lines.filter((l) => l.status === 2).length,
          })}
        </Alert>
      )}

      <Card variant="outlined">
        <CardContent sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(4, minmax(0, 1fr))' } }}>
          {ownFacility ? (
            <TextField size="small" label={t('claim.facility')} value={`${ownFacility.code} ${ownFacility.name}`} disabled />
          ) : (
            <HealthFacilityPicker
              label={t('claim.facility')}
              value={draft.healthFacility}
              onChange={(value) => change({ healthFacility: value, lines: [newLine()] })}
              disabled={!editable || claim !== null}
              error={fieldError('healthFacilityId')}
            />
          )}
          <InsureeByNumber
            value={draft.insuranceNumber}
            date={draft.visitTo || draft.visitFrom}
            onChange={(insuranceNumber) => change({ insuranceNumber })}
            disabled={!editable}
            error={fieldError('insuranceNumber')}
          />
          <TextField
            size="small"
            name="code"
            label={t('claim.code')}
            required
            value={draft.code}
            onChange={(e) => change({ code: e.target.value })}
            disabled={!editable}
            error={Boolean(errors.code)}
            helperText={fieldError('code')}
            slotProps={{ htmlInput: { maxLength: 8 } }}
          />
          <TextField
            size="small"
            name="guaranteeNo"
            label={t('claim.guaranteeNo')}
            value={draft.guaranteeNo}
            onChange={(e) => change({ guaranteeNo: e.target.value })}
            disabled={!editable}
            error={Boolean(errors.guaranteeNo)}
            helperText={fieldError('guaranteeNo')}
            slotProps={{ htmlInput: { maxLength: 50 } }}
          />
          <DateField
            label={t('claim.visitFrom')}
            value={draft.visitFrom}
            onChange={(visitFrom) => change({ visitFrom })}
            disabled={!editable}
            name="visitFrom"
            error={Boolean(errors.visitFrom)}
            helperText={fieldError('visitFrom')}
            required
          />
          <DateField
            label={t('claim.visitTo')}
            value={draft.visitTo}
            onChange={(visitTo) => change({ visitTo })}
            disabled={!editable}
            name="visitTo"
            error={Boolean(errors.visitTo)}
            helperText={fieldError('visitTo')}
          />
          <DateField
            label={t('claim.dateClaimed')}
            value={draft.dateClaimed}
            onChange={(dateClaimed) => change({ dateClaimed })}
            disabled={!editable}
            name="dateClaimed"
            error={Boolean(errors.dateClaimed)}
            helperText={fieldError('dateClaimed')}
            required
          />
          <TextField
            select
            size="small"
            label={t('claim.visitType')}
            value={draft.visitType}
            onChange={(e) => change({ visitType: e.target.value as VisitType })}
            disabled={!editable}
          >
            {VISIT_TYPES.map((v) => (
              <MenuItem key={v} value={v}>
                {t(`visitType.${v}`)}
              </MenuItem>
            ))}
          </TextField>
          <Box sx={{ gridColumn: { md: 'span 2' } }}>
            <DiagnosisPicker
              label={t('claim.diagnosis')}
              name="diagnosis"
              required
              value={draft.diagnosis}
              onChange={(diagnosis) => change({ diagnosis })}
              disabled={!editable}
              error={fieldError('diagnosisId')}
            />
          </Box>
          <Box sx={{ gridColumn: { md: 'span 2' } }}>
            <DiagnosisPicker
              label={t('claim.secondaryDiagnosis', { n: 1 })}
              name="diagnosis1"
              value={draft.secondary[0] ?? null}
              onChange={(value) => {
                const secondary = [...draft.secondary];
                secondary[0] = value;
                change({ secondary: secondary.slice(0, MAX_SECONDARY_DIAGNOSES) });
              }}
              disabled={!editable}
              error={fieldError('diagnosis1Id')}
            />
          </Box>
        </CardContent>
      </Card>

      <Card variant="outlined">
        <CardContent sx={{ display: 'grid', gap: 1 }}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h2">
              {t('lines.title')}
            </Typography>
            <Typography aria-live="polite" sx={{ fontWeight: 600 }} data-testid="claim-total">
              {t('lines.total', { total: format.money(totals.total), count: totals.counted })}
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t('lines.keyboardHint')}
          </Typography>
          {errors.lines && <Alert severity="error">{errorText(errors.lines)}</Alert>}
          <TableContainer>
            <Table size="small" aria-label={t('lines.title')}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 40 }}>#</TableCell>
                  <TableCell sx={{ width: 130 }}>{t('lines.kind')}</TableCell>
                  <TableCell>{t('lines.medical')}</TableCell>
                  <TableCell sx={{ width: 100 }}>{t('lines.quantity')}</TableCell>
                  <TableCell align="right" sx={{ width: 120 }}>
                    {t('lines.price')}
                  </TableCell>
                  <TableCell align="right" sx={{ width: 120 }}>
                    {t('lines.amount')}
                  </TableCell>
                  {claim && claim.status !== 2 && <TableCell>{t('lines.result')}</TableCell>}
                  {valuated && <TableCell align="right">{t('claims.priceValuated')}</TableCell>}
                  {editable && <TableCell sx={{ width: 48 }} />}
                </TableRow>
              </TableHead>
              <TableBody>
                {draft.lines.map((line, index) => {
                  const saved = claim?.lines.find((l) => l.id === line.key);
                  const amount = lineTotal(line);
                  return (
                    <TableRow key={line.key} data-testid={`line-${index}`}>
                      <TableCell>{index + 1}</TableCell>
                      <TableCell>
                        <NativeSelect
                          value={line.kind}
                          onChange={(e) => changeLine(index, { kind: e.target.value === 'I' ? 'I' : 'S', medical: null })}
                          disabled={!editable}
                          sx={{ minWidth: 100 }}
                          inputProps={{ 'aria-label': t('lines.kindOf', { n: index + 1 }), name: `lines.${index}.kind` }}
                        >
                          <option value="S">{t('lines.service')}</option>
                          <option value="I">{t('lines.item')}</option>
                        </NativeSelect>
                      </TableCell>
                      <TableCell>
                        <MedicalPicker
                          kind={line.kind}
                          facilityId={facilityId}
                          name={`lines.${index}.medical`}
                          label={t(line.kind === 'S' ? 'lines.pickService' : 'lines.pickItem', { n: index + 1 })}
                          value={line.medical}
                          disabled={!editable || facilityId === null}
                          error={fieldError(`lines.${index}.medical`)}
                          onChange={(medical) => {
                            changeLine(index, { medical });
                            if (medical) focusField(`lines.${index}.quantity`);
                          }}
                        />
                        {claim && saved && (
                          <Slot
                            name="claim.line.flags"
                            props={{
                              claimId: claim.id,
                              lineNo: saved.lineNo,
                              kind: saved.kind === 'I' ? 'I' : 'S',
                              medicalId: (saved.kind === 'I' ? saved.itemId : saved.serviceId) ?? '',
                              quantity: saved.quantity,
                              priceAsked: saved.priceAsked,
                            }}
                          />
                        )}
                      </TableCell>
                      <TableCell>
                        <TextField
                          size="small"
                          name={`lines.${index}.quantity`}
                          value={line.quantity}
                          onChange={(e) => changeLine(index, { quantity: e.target.value })}
                          onKeyDown={quantityKey(index)}
                          onFocus={(e) => e.target.select()}
                          disabled={!editable}
                          error={Boolean(errors[`lines.${index}.quantity`])}
                          helperText={fieldError(`lines.${index}.quantity`)}
                          slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': t('lines.quantityOf', { n: index + 1 }) } }}
                        />
                      </TableCell>
                      <TableCell align="right">{line.medical ? format.money(line.medical.price) : ''}</TableCell>
                      <TableCell align="right">{amount === null ? '' : format.money(amount)}</TableCell>
                      {claim && claim.status !== 2 && (
                        <TableCell data-testid={`line-${index}-result`}>
                          {saved?.status === 1 && t('lines.passed', { quantity: saved.quantityApproved ?? saved.quantity })}
                          {saved?.status === 1 && saved.priceApproved !== null && Number(saved.priceApproved) !== Number(saved.priceAsked) && (
                            <> · {t('claims.approvedPrice', { price: format.money(saved.priceApproved) })}</>
                          )}
                          {saved?.status === 2 && <ReasonText code={saved.rejectionReason} />}
                          {saved?.justification && (
                            <Typography variant="body2" color="text.secondary">
                              {saved.justification}
                            </Typography>
                          )}
                        </TableCell>
                      )}
                      {valuated && (
                        // the line's value, then what the deductible took and the ceilings left unpaid, when any
                        <TableCell align="right" data-testid={`line-${index}-valuated`}>
                          {saved?.priceValuated == null ? '' : format.money(saved.priceValuated)}
                          {[
                            ['claims.deductible', saved?.deductible],
                            ['claims.exceedCeiling', saved?.exceedCeiling],
                          ].map(([key, amount]) =>
                            amount && Number(amount) !== 0 ? (
                              <Typography key={key} variant="body2" color="text.secondary">
                                {t(key as string, { amount: format.money(amount) })}
                              </Typography>
                            ) : null,
                          )}
                        </TableCell>
                      )}
                      {editable && (
                        <TableCell>
                          <IconButton size="small" aria-label={t('lines.remove', { n: index + 1 })} onClick={() => removeLine(index)}>
                            ×
                          </IconButton>
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
          {editable && (
            <Stack direction="row" spacing={1}>
              <Button onClick={() => addLine('S')}>{t('lines.addService')}</Button>
              <Button onClick={() => addLine('I')}>{t('lines.addItem')}</Button>
            </Stack>
          )}
          <TextField
            size="small"
            label={t('claim.explanation')}
            value={draft.explanation}
            onChange={(e) => change({ explanation: e.target.value })}
            disabled={!editable}
            multiline
            minRows={1}
            slotProps={{ htmlInput: { maxLength: 1000 } }}
          />
        </CardContent>
      </Card>

      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        {editable && (
          <Button variant="contained" onClick={save} disabled={busy}>
            {t('claim.save')}
          </Button>
        )}
        {claim && status === 2 && has(111007) && (
          <Button variant="contained" color="secondary" onClick={submitClaim} disabled={busy || touched}>
            {t('claim.submit')}
          </Button>
        )}
        {claim && status === 2 && has(111004) && (
          <Button color="error" onClick={deleteClaim} disabled={busy}>
            {t('claim.delete')}
          </Button>
        )}
        {claim && status === 1 && has(111012) && (
          <>
            <TextField
              size="small"
              label={t('claim.restoreCode')}
              value={restoreCode}
              onChange={(e) => setRestoreCode(e.target.value)}
              error={Boolean(errors.restoreCode)}
              helperText={fieldError('restoreCode')}
              slotProps={{ htmlInput: { maxLength: 8 } }}
            />
            <Button variant="outlined" onClick={restoreClaim} disabled={busy || restoreCode.trim() === ''}>
              {t('claim.restore')}
            </Button>
          </>
        )}
        <Button onClick={() => navigate('/claims')}>{t('claim.back')}</Button>
        {claim && touched && status === 2 && <Typography color="text.secondary">{t('claim.saveBeforeSubmit')}</Typography>}
      </Stack>

      {claim && (
        <RecordPanels name="claim.claim.panels" props={{ claimId: claim.id }} history={{ entityType: 'Claim', entityId: claim.id, version: claim.version }} />
      )}
    </Box>
  );
}

/** A rejection reason in words (claim:reason.<code>), its openIMIS code after it. */
function ReasonText({ code }: { code: number | null }) {
  const { t } = useModuleTranslation();
  const reason = reasonKey(code);
  if (!reason) return null;
  return (
    <Typography component="span" color="error" variant="body2">
      {t('reason.label', { text: t(reason.key, { code: reason.code }), code: reason.code })}
    </Typography>
  );
}

/** The insuree by insurance number: name and eligibility at the visit as soon as the number is typed. */
function InsureeByNumber(props: { value: string; date: string; onChange: (value: string) => void; disabled: boolean; error?: string }) {
  const { t } = useModuleTranslation();
  const [number, setNumber] = useState(props.value.trim());
  useEffect(() => {
    const timer = window.setTimeout(() => setNumber(props.value.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [props.value]);
  const [result] = useQuery({
    query: ELIGIBILITY,
    variables: { insuranceNumber: number, date: /^\d{4}-\d{2}-\d{2}$/.test(props.date) ? props.date : null },
    pause: number.length < 3,
  });
  const eligibility = number.length >= 3 && number === props.value.trim() ? result.data?.eligibility : undefined;
  let helper: string | undefined = props.error;
  let tone: 'error' | 'success' | 'warning' | undefined;
  if (!helper && eligibility) {
    if (!eligibility.insuree) {
      helper = t('insuree.unknown');
      tone = 'error';
    } else {
      const name = `${eligibility.insuree.lastName} ${eligibility.insuree.otherNames}`;
      const policy = eligibility.policies[0];
      helper = policy ? t('insuree.eligible', { name, product: policy.productCode }) : t('insuree.notEligible', { name });
      tone = policy ? 'success' : 'warning';
    }
  }
  // the photo (initials when none) beside the number, in the same answer as the name and eligibility
  const found = eligibility?.insuree;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      {found && <InsureePhoto insuree={found} />}
      <TextField
        size="small"
        name="insuranceNumber"
        label={t('claim.insuranceNumber')}
        required
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        disabled={props.disabled}
        error={Boolean(props.error) || tone === 'error'}
        helperText={helper ?? (result.fetching ? t('insuree.checking') : ' ')}
        sx={{ flex: 1, minWidth: 0 }}
        slotProps={{
          htmlInput: { maxLength: 12, inputMode: 'numeric', 'aria-describedby': 'claim-insuree-status' },
          formHelperText: { id: 'claim-insuree-status', sx: tone ? { color: `${tone}.main` } : undefined, role: 'status' },
        }}
      />
    </Stack>
  );
}

function DiagnosisPicker(props: {
  label: string;
  name: string;
  required?: boolean;
  value: Choice | null;
  onChange: (value: Choice | null) => void;
  disabled: boolean;
  error?: string;
}) {
  const filter = useCallback((term: string) => ({ search: term }), []);
  return (
    <SearchPicker<Choice> {...props} query={DIAGNOSES} field="diagnoses" filter={filter} optionKey={(o) => o.id} optionLabel={(o) => `${o.code} ${o.name}`} />
  );
}

/** A service or item of the facility's price list, searched on the server (arrows + Enter choose). */
function MedicalPicker(props: {
  kind: LineDraftKind;
  facilityId: string | null;
  name: string;
  label: string;
  value: MedicalChoice | null;
  onChange: (value: MedicalChoice | null) => void;
  disabled: boolean;
  error?: string;
}) {
  const format = useFormat();
  const { facilityId } = props;
  const noFilter = useCallback(() => ({}), []);
  const variables = useCallback((term: string) => ({ healthFacilityId: facilityId ?? '', search: term }), [facilityId]);
  const query = useMemo(() => (props.kind === 'S' ? SERVICE_PICKER : ITEM_PICKER), [props.kind]);
  return (
    <Box sx={{ minWidth: 260 }}>
      <SearchPicker<MedicalChoice>
        label={props.label}
        name={props.name}
        value={props.value}
        onChange={props.onChange}
        disabled={props.disabled}
        error={props.error}
        query={query}
        field={props.kind === 'S' ? 'claimServicePicker' : 'claimItemPicker'}
        filter={noFilter}
        variables={variables}
        debounceMs={200}
        optionKey={(o) => o.id}
        optionLabel={(o) => `${o.code} ${o.name}`}
        optionDetail={(o) => format.money(o.price)}
      />
    </Box>
  );
}
