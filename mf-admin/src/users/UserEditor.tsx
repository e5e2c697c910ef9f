import { useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import {
  applyUserErrors,
  CONFLICT,
  contractResolver,
  FormProblems,
  type UserError,
  useForm,
  useUnsavedChangesGuard,
  useVersionedEditor,
} from '@kente/sdk/forms';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { officerLabel } from './DetailsSections.js';
import { ResetPasswordDialog } from './ResetPasswordDialog.js';
import { UserFields } from './UserFields.js';
import {
  createUserInput,
  detailsAccess,
  detailsSections,
  type Grantor,
  missingRights,
  USER_FORM_FIELDS,
  type UserFormValues,
  userFormField,
  userInput,
  userToForm,
  validateUserForm,
} from './userForm.js';
import { areaLabel, roleLabel } from './userLabels.js';
import { CREATE_USER, DELETE_USER, type GrantableRole, UPDATE_USER, USER_BY_ID, type UserDetails } from './userQueries.js';

interface Authority {
  grantor: Grantor;
  roles: readonly GrantableRole[];
}

function NewUserEditor({ grantor, roles }: Authority) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const form = useForm<UserFormValues>({
    defaultValues: userToForm(null),
    resolver: contractResolver((values: UserFormValues) => validateUserForm(values, { creating: true, grantor })),
    mode: 'onTouched',
  });
  const access = detailsAccess(grantor.rights);
  const [saving, create] = useMutation(CREATE_USER);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('user.unsaved'));
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({ input: createUserInput(values, access) });
    if (result.error) return setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.createUser;
    if (payload?.errors.length || !payload?.user) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, USER_FORM_FIELDS, userFormField));
      return;
    }
    release();
    navigate(`/admin/users/${payload.user.id}`);
  });
  return (
    <>
      <FormProblems errors={problems} requestError={requestError} />
      <UserFields form={form} creating disabled={false} roles={roles} grantor={grantor} details={detailsSections(grantor.rights, null)} onSubmit={submit}>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('user.save')}
          </Button>
          <Button type="button" onClick={() => navigate('/admin/users')}>
            {t('user.cancel')}
          </Button>
        </Stack>
      </UserFields>
    </>
  );
}

function ExistingUserEditor({ user, onSaved, grantor, roles }: Authority & { user: UserDetails; onSaved: (saved: UserDetails) => void }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  // the server refuses to touch a user holding a right the administrator lacks: say so instead of failing on Save
  const beyond = missingRights(
    grantor.rights,
    user.roles.flatMap((role) => role.rights),
  );
  const canEdit = has(121703) && beyond.length === 0;
  const access = detailsAccess(grantor.rights);
  const [, remove] = useMutation(DELETE_USER);
  const [, setActive] = useMutation(UPDATE_USER);
  const [dialog, setDialog] = useState<'delete' | 'reset' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editor = useVersionedEditor<UserDetails, UserFormValues>({
    entity: user,
    toForm: userToForm,
    validate: (values) => validateUserForm(values, { creating: false, grantor, userId: user.id }),
    mutation: UPDATE_USER,
    field: 'updateUser',
    entityField: 'user',
    input: (values) => userInput(values, access),
    reload: async (client) =>
      (await client.query(USER_BY_ID, { id: user.id }, { requestPolicy: 'network-only' }).toPromise()).data?.user as UserDetails | undefined,
    formFields: USER_FORM_FIELDS,
    fieldOf: userFormField,
    conflict: [
      { key: 'username', label: t('user.fields.username'), show: (v) => v.username },
      { key: 'otherNames', label: t('user.fields.otherNames'), show: (v) => v.otherNames },
      { key: 'lastName', label: t('user.fields.lastName'), show: (v) => v.lastName },
      { key: 'email', label: t('user.fields.email'), show: (v) => v.email },
      { key: 'phone', label: t('user.fields.phone'), show: (v) => v.phone },
      { key: 'language', label: t('user.fields.language'), show: (v) => t(`user.languages.${v.language}`) },
      {
        key: 'roleIds',
        label: t('user.fields.roleIds'),
        show: (v) =>
          v.roleIds
            .map((id) => roles.find((role) => role.id === id))
            .filter((role) => role !== undefined)
            .map((role) => roleLabel(t, role))
            .join(', '),
      },
      {
        key: 'healthFacility',
        label: t('user.fields.healthFacility'),
        show: (v) => (v.healthFacility ? `${v.healthFacility.code} ${v.healthFacility.name}` : ''),
      },
      { key: 'areas', label: t('user.fields.areas'), show: (v) => areaLabel(v.areas) },
      {
        key: 'officer',
        label: t('user.sections.officer'),
        show: (v) =>
          v.officer.enabled
            ? [v.officer.code, v.officer.substitute && officerLabel(v.officer.substitute), v.officer.worksTo, areaLabel(v.officer.villages)]
                .filter(Boolean)
                .join(' · ')
            : '',
      },
      {
        key: 'claimAdministrator',
        label: t('user.sections.claimAdministrator'),
        show: (v) => (v.claimAdministrator.enabled ? v.claimAdministrator.code : ''),
      },
    ],
    onSaved,
    onReloaded: (theirs) => {
      editor.release();
      onSaved(theirs);
    },
  });
  const { form } = editor;
  const refused = (errors: readonly UserError[]) => {
    const [first] = errors;
    if (!first) return null;
    if (first.code === CONFLICT) return t('user.actionConflict');
    if (first.code === 'FORBIDDEN' || first.code === 'INVALID') return first.message;
    return t(`errors.${first.code}`, { defaultValue: first.message });
  };
  const toggleActive = async () => {
    setActionError(null);
    setNotice(null);
    const result = await setActive({ input: { id: user.id, version: editor.version, isActive: !user.isActive } });
    if (result.error) return setActionError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.updateUser;
    if (payload?.errors.length || !payload?.user) return setActionError(refused(payload?.errors ?? []));
    editor.setVersion(payload.user.version);
    setNotice(t(payload.user.isActive ? 'user.activated' : 'user.deactivated'));
    onSaved(payload.user);
  };
  const confirmDelete = async () => {
    setActionError(null);
    const result = await remove({ input: { id: user.id, version: editor.version } });
    setDialog(null);
    if (result.error) return setActionError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const errors = result.data?.deleteUser.errors ?? [];
    if (errors.length) return setActionError(refused(errors));
    editor.release();
    navigate('/admin/users');
  };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {!has(121703) && <Alert severity="info">{t('user.readOnly')}</Alert>}
      {has(121703) && beyond.length > 0 && <Alert severity="warning">{t('user.beyondAuthority', { right: beyond[0] })}</Alert>}
      {!user.isActive && <Alert severity="warning">{t('user.inactiveNotice')}</Alert>}
      {editor.problems}
      {actionError && (
        <Alert severity="error" onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      )}
      {notice && (
        <Alert severity="success" role="status" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {editor.saved && !form.formState.isDirty && (
        <Alert severity="success" role="status" onClose={editor.clearSaved}>
          {t('user.saved')}
        </Alert>
      )}
      <UserFields
        form={form}
        creating={false}
        disabled={!canEdit}
        roles={roles}
        grantor={grantor}
        details={detailsSections(grantor.rights, user)}
        onSubmit={editor.onSubmit}
      >
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {canEdit && (
            <>
              <Button type="submit" variant="contained" disabled={form.formState.isSubmitting || !form.formState.isDirty}>
                {t('user.save')}
              </Button>
              <Button type="button" disabled={!form.formState.isDirty} onClick={editor.discard}>
                {t('user.discard')}
              </Button>
              <Button type="button" variant="outlined" onClick={() => setDialog('reset')}>
                {t('user.reset.button')}
              </Button>
              <Button type="button" variant="outlined" color={user.isActive ? 'warning' : 'primary'} onClick={() => void toggleActive()}>
                {t(user.isActive ? 'user.deactivate' : 'user.activate')}
              </Button>
            </>
          )}
          <Box sx={{ flex: 1 }} />
          {has(121704) && beyond.length === 0 && (
            <Button type="button" color="error" variant="outlined" onClick={() => setDialog('delete')}>
              {t('user.delete')}
            </Button>
          )}
        </Stack>
      </UserFields>
      {dialog === 'reset' && (
        <ResetPasswordDialog
          user={user}
          version={editor.version}
          onClose={() => setDialog(null)}
          onDone={(saved) => {
            setDialog(null);
            editor.setVersion(saved.version);
            setNotice(t('user.reset.done', { username: saved.username }));
            onSaved(saved);
          }}
        />
      )}
      {dialog === 'delete' && (
        <Dialog open onClose={() => setDialog(null)} aria-labelledby="delete-user-title">
          <DialogTitle id="delete-user-title">{t('user.deleteTitle', { username: user.username })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('user.deleteIntro')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDialog(null)}>{t('user.cancel')}</Button>
            <Button color="error" variant="contained" onClick={() => void confirmDelete()}>
              {t('user.delete')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {editor.conflictDialog}
    </Box>
  );
}

/** The user form: new (created, then opened) or stored (versioned: conflicts, server errors on fields; reset password, deactivate, delete). */
export default function UserEditor(props: Authority & { user: UserDetails | null; onSaved?: (saved: UserDetails) => void }) {
  return props.user ? (
    <ExistingUserEditor user={props.user} onSaved={props.onSaved ?? (() => undefined)} grantor={props.grantor} roles={props.roles} />
  ) : (
    <NewUserEditor grantor={props.grantor} roles={props.roles} />
  );
}
