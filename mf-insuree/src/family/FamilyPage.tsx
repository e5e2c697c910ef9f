import { Slot, useDataTableLabels, useFormat, useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import type { UserError } from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  DataTable,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  locationLabel,
  ProgressLine,
  RecordPanels,
  Stack,
  Typography,
  useErrorCodeText,
} from '@kente/sdk/ui';
import { lazy, Suspense, useState } from 'react';
import { type CombinedError, useMutation, useQuery } from 'urql';
import type { FamilyChoice } from '../contributions/FamilyPicker.js';
import { CHANGE_FAMILY_HEAD, FAMILY, type FamilyMember, MOVE_INSUREE, REMOVE_INSUREE } from './familyQueries.js';

// Forms (react-hook-form, the contract's rules) load only when the user edits.
const FamilyEditor = lazy(() => import('./FamilyEditor.js'));

/** A family/group: details, members and their actions, history, and other modules' panels (insuree.family.panels). */
export default function FamilyPage(props: { params: { familyId: string } }) {
  return <FamilyView key={props.params.familyId} familyId={props.params.familyId} />;
}

const ACTION_TITLES = { head: 'family.makeHead', remove: 'family.remove', move: 'family.move' } as const;
const ACTION_CONFIRMS = { head: 'family.makeHeadConfirm', remove: 'family.removeConfirm', move: 'family.moveConfirm' } as const;

type MemberAction = { kind: 'head' | 'remove' | 'move'; member: FamilyMember };

function FamilyView({ familyId }: { familyId: string }) {
  const { t } = useModuleTranslation();
  const errorCode = useErrorCodeText();
  const format = useFormat();
  const labels = useDataTableLabels();
  const navigate = useNavigate();
  const { has } = useRights();
  const [result, refetch] = useQuery({ query: FAMILY, variables: { id: familyId } });
  const [editing, setEditing] = useState(false);
  const [action, setAction] = useState<MemberAction | null>(null);
  const [actionErrors, setActionErrors] = useState<string | null>(null);
  const [changingHead, changeHead] = useMutation(CHANGE_FAMILY_HEAD);
  const [removing, remove] = useMutation(REMOVE_INSUREE);
  const [moving, move] = useMutation(MOVE_INSUREE);
  const [target, setTarget] = useState<FamilyChoice | null>(null);
  const family = result.data?.family;

  const closeAction = () => {
    setAction(null);
    setTarget(null);
  };

  const confirmAction = async () => {
    if (!action || !family) return;
    if (action.kind === 'move' && !target) return;
    const run = async (): Promise<{ error?: CombinedError; errors?: readonly UserError[] }> => {
      if (action.kind === 'head') {
        const r = await changeHead({ input: { familyId: family.id, version: family.version, insureeId: action.member.id } });
        return { error: r.error, errors: r.data?.changeFamilyHead.errors };
      }
      if (action.kind === 'move' && target) {
        const r = await move({ input: { id: action.member.id, version: action.member.version, familyId: target.id } });
        return { error: r.error, errors: r.data?.moveInsuree.errors };
      }
      const r = await remove({ input: { id: action.member.id, version: action.member.version } });
      return { error: r.error, errors: r.data?.removeInsuree.errors };
    };
    const response = await run();
    const problem =
      response.error?.graphQLErrors[0]?.message ??
      response.error?.message ??
      response.errors?.map((e) => errorCode(e.code, { defaultValue: e.message })).join(' ');
    closeAction();
    setActionErrors(problem || null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="h5" component="h1">
          {/* Named after its head, as a clerk knows it: the database id means nothing to users. */}
          {family
            ? t('family.title', { name: `${family.head.lastName} ${family.head.otherNames}`, number: family.head.insuranceNumber })
            : t('family.pageTitle')}
        </Typography>
      </Box>
      {result.fetching && !family && <ProgressLine aria-label={t('form.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      {!result.fetching && !result.error && !family && <Alert severity="info">{t('family.notFound', { id: familyId })}</Alert>}
      {family && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
                <Typography variant="h6" component="h2">
                  {t('family.details')}
                </Typography>
                {has(101003) && !editing && <Button onClick={() => setEditing(true)}>{t('family.edit')}</Button>}
              </Stack>
              {editing ? (
                <Suspense fallback={<ProgressLine aria-label={t('form.loading')} />}>
                  <FamilyEditor family={family} onDone={() => setEditing(false)} />
                </Suspense>
              ) : (
                <Box
                  component="dl"
                  sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'max-content 1fr max-content 1fr' }, columnGap: 2, rowGap: 0.5, m: 0 }}
                >
                  <Detail label={t('family.village')} value={locationLabel(family.village)} />
                  <Detail
                    label={t('family.povertyStatus')}
                    value={family.povertyStatus == null ? '' : t(family.povertyStatus ? 'families.poor' : 'families.notPoor')}
                  />
                  <Detail label={t('family.familyType')} value={family.familyType ? t(`codes.familyType.${family.familyType}`) : ''} />
                  <Detail label={t('family.confirmationType')} value={family.confirmationType ? t(`codes.confirmationType.${family.confirmationType}`) : ''} />
                  <Detail label={t('family.confirmationNumber')} value={family.confirmationNumber ?? ''} />
                  <Detail label={t('family.address')} value={family.address ?? ''} />
                  <Detail label={t('family.updatedAt')} value={format.dateTime(family.updatedAt)} />
                </Box>
              )}
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
                <Typography variant="h6" component="h2" id="family-members-title">
                  {t('family.members', { count: family.memberCount })}
                </Typography>
                {has(101102) && (
                  <Button variant="outlined" onClick={() => navigate(`/insurees/families/${family.id}/members/new`)}>
                    {t('family.addMember')}
                  </Button>
                )}
              </Stack>
              {actionErrors && (
                <Alert severity="error" onClose={() => setActionErrors(null)} sx={{ mb: 1 }}>
                  {actionErrors}
                </Alert>
              )}
              <DataTable<FamilyMember>
                caption={t('family.membersCaption')}
                labels={labels}
                rowKey={(m) => m.id}
                onRowClick={(m) => navigate(`/insurees/insurees/${m.id}`)}
                source={{
                  rows: family.members,
                  fetching: result.fetching,
                  error: null,
                  page: 0,
                  pageSize: family.members.length,
                  totalCount: family.members.length,
                  totalCountCapped: false,
                  hasNext: false,
                  hasPrevious: false,
                  next: () => {},
                  previous: () => {},
                }}
                columns={[
                  { key: 'number', header: t('insuree.insuranceNumber'), render: (m) => m.insuranceNumber },
                  {
                    key: 'name',
                    header: t('insuree.name'),
                    render: (m) => (
                      <>
                        {m.lastName} {m.otherNames} {m.isHead && <Chip size="small" color="primary" label={t('family.head')} sx={{ ml: 1 }} />}
                      </>
                    ),
                  },
                  { key: 'relationship', header: t('insuree.relationship'), render: (m) => (m.relationship ? t(`codes.relationship.${m.relationship}`) : '') },
                  { key: 'gender', header: t('insuree.gender'), render: (m) => t(`codes.gender.${m.gender}`) },
                  { key: 'birthDate', header: t('insuree.birthDate'), render: (m) => format.date(m.birthDate) },
                  { key: 'status', header: t('insuree.status'), render: (m) => t(`codes.status.${m.status}`) },
                  {
                    key: 'actions',
                    header: t('family.actions'),
                    render: (m) => (
                      // Buttons inside a clickable row: stop the click from opening the member.
                      <Stack
                        direction="row"
                        spacing={0.5}
                        sx={{ whiteSpace: 'nowrap' }}
                        onClick={(e) => e.stopPropagation()}
                        onKeyDown={(e) => e.stopPropagation()}
                      >
                        {/* Without the right to edit, the row itself opens the (read-only) insuree. */}
                        {has(101103) && (
                          <Button size="small" onClick={() => navigate(`/insurees/insurees/${m.id}`)}>
                            {t('family.editMember')}
                          </Button>
                        )}
                        {!m.isHead && has(101003) && (
                          <Button size="small" onClick={() => setAction({ kind: 'head', member: m })}>
                            {t('family.makeHead')}
                          </Button>
                        )}
                        {!m.isHead && has(101103) && (
                          <Button size="small" onClick={() => setAction({ kind: 'move', member: m })}>
                            {t('family.move')}
                          </Button>
                        )}
                        {!m.isHead && has(101104) && (
                          <Button size="small" color="error" onClick={() => setAction({ kind: 'remove', member: m })}>
                            {t('family.remove')}
                          </Button>
                        )}
                      </Stack>
                    ),
                  },
                ]}
              />
            </CardContent>
          </Card>
          <RecordPanels
            name="insuree.family.panels"
            props={{ familyId: family.id }}
            history={{ entityType: 'Family', entityId: family.id, version: family.version }}
          />
        </>
      )}
      <Dialog open={Boolean(action)} onClose={closeAction} aria-labelledby="member-action-title">
        <DialogTitle id="member-action-title">{action && t(ACTION_TITLES[action.kind])}</DialogTitle>
        <DialogContent sx={{ minWidth: { sm: 480 } }}>
          <DialogContentText sx={{ mb: 2 }}>
            {action && t(ACTION_CONFIRMS[action.kind], { name: `${action.member.lastName} ${action.member.otherNames}` })}
          </DialogContentText>
          {action?.kind === 'move' && (
            // The family picker this module offers every module, through its own slot.
            <Slot name="insuree.picker.family" props={{ value: target, onChange: setTarget, label: t('family.moveTo'), required: true }} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={closeAction}>{t('form.cancel')}</Button>
          <Button
            variant="contained"
            color={action?.kind === 'remove' ? 'error' : 'primary'}
            disabled={changingHead.fetching || removing.fetching || moving.fetching || (action?.kind === 'move' && !target)}
            onClick={confirmAction}
          >
            {t('form.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Typography component="dt" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {value || '—'}
      </Typography>
    </>
  );
}
