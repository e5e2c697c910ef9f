import { useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import {
  applyUserErrors,
  CONFLICT,
  contractResolver,
  EditorActions,
  FormCheckbox,
  FormPicker,
  FormProblems,
  FormProvider,
  FormTextField,
  type UseFormReturn,
  type UserError,
  useForm,
  useUnsavedChangesGuard,
  useVersionedEditor,
} from '@kente/sdk/forms';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@kente/sdk/ui';
import { type ReactNode, useState } from 'react';
import { useMutation } from 'urql';
import { DuplicateRoleDialog } from './DuplicateRoleDialog.js';
import { RightsMatrix } from './RightsMatrix.js';
import { type DomainRights, notHeld, ROLE_FORM_FIELDS, type RoleFormValues, roleInput, roleToForm, validateRoleForm } from './roleForm.js';
import { CREATE_ROLE, DELETE_ROLE, ROLE_BY_ID, type RoleDetails, UPDATE_ROLE } from './roleQueries.js';

interface Catalogue {
  domains: readonly DomainRights[];
  held: ReadonlySet<number>;
  /** The roles the administrator holds: they cannot change those (core/authority.ts). */
  ownRoles: ReadonlySet<string>;
}

function RoleFields(
  props: Omit<Catalogue, 'ownRoles'> & { form: UseFormReturn<RoleFormValues>; disabled: boolean; onSubmit: () => void; children: ReactNode },
) {
  const { t } = useModuleTranslation();
  const { disabled } = props;
  return (
    <Box component="form" noValidate onSubmit={props.onSubmit} sx={{ display: 'grid', gap: 2 }} aria-label={t('role.form')}>
      <FormProvider {...props.form}>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' }, alignItems: 'center' }}>
          <FormTextField name="name" label={t('role.fields.name')} required disabled={disabled} />
          <FormTextField name="altLanguage" label={t('role.fields.altLanguage')} disabled={disabled} />
          <FormCheckbox name="isBlocked" label={t('role.fields.isBlocked')} disabled={disabled} />
        </Box>
        <Typography variant="subtitle1" component="h2">
          {t('role.fields.rights')}
        </Typography>
        <FormPicker
          name="rights"
          render={({ value, onChange, error }) => (
            <>
              {error && (
                <Alert severity="error" role="alert">
                  {error}
                </Alert>
              )}
              <RightsMatrix domains={props.domains} held={props.held} value={(value as number[]) ?? []} onChange={onChange} disabled={disabled} />
            </>
          )}
        />
      </FormProvider>
      {props.children}
    </Box>
  );
}

function NewRoleEditor({ domains, held }: Omit<Catalogue, 'ownRoles'>) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const form = useForm<RoleFormValues>({
    defaultValues: roleToForm(null),
    resolver: contractResolver((v: RoleFormValues) => validateRoleForm(v, held)),
    mode: 'onTouched',
  });
  const [saving, create] = useMutation(CREATE_ROLE);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('role.unsaved'));
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({ input: roleInput(values) });
    if (result.error) return setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.createRole;
    if (payload?.errors.length || !payload?.role) return setProblems(applyUserErrors(payload?.errors ?? [], form.setError, ROLE_FORM_FIELDS));
    release();
    navigate(`/admin/roles/${payload.role.id}`);
  });
  return (
    <>
      <FormProblems errors={problems} requestError={requestError} />
      <RoleFields form={form} disabled={false} domains={domains} held={held} onSubmit={submit}>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('role.save')}
          </Button>
          <Button type="button" onClick={() => navigate('/admin/roles')}>
            {t('role.cancel')}
          </Button>
        </Stack>
      </RoleFields>
    </>
  );
}

function ExistingRoleEditor({ role, onSaved, domains, held, ownRoles }: Catalogue & { role: RoleDetails; onSaved: (saved: RoleDetails) => void }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  // a role carrying a right the administrator lacks cannot be changed by them (it would weaken its holders)
  const beyond = notHeld(held, role.rights);
  const own = ownRoles.has(role.id);
  const canEdit = has(122003) && beyond.length === 0 && !own;
  const [, remove] = useMutation(DELETE_ROLE);
  const [dialog, setDialog] = useState<'delete' | 'duplicate' | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const editor = useVersionedEditor<RoleDetails, RoleFormValues>({
    entity: role,
    toForm: roleToForm,
    validate: (values) => validateRoleForm(values, held),
    mutation: UPDATE_ROLE,
    field: 'updateRole',
    entityField: 'role',
    input: roleInput,
    reload: async (client) =>
      (await client.query(ROLE_BY_ID, { id: role.id }, { requestPolicy: 'network-only' }).toPromise()).data?.role as RoleDetails | undefined,
    formFields: ROLE_FORM_FIELDS,
    conflict: [
      { key: 'name', label: t('role.fields.name'), show: (v) => v.name },
      { key: 'altLanguage', label: t('role.fields.altLanguage'), show: (v) => v.altLanguage },
      { key: 'isBlocked', label: t('role.fields.isBlocked'), show: (v) => (v.isBlocked ? t('role.blocked') : '') },
      { key: 'rights', label: t('role.fields.rights'), show: (v) => v.rights.join(', ') },
    ],
    onSaved,
    onReloaded: (theirs) => {
      editor.release();
      onSaved(theirs);
    },
  });
  const { form } = editor;
  const confirmDelete = async () => {
    setDeleteError(null);
    const result = await remove({ input: { id: role.id, version: editor.version } });
    setDialog(null);
    if (result.error) return setDeleteError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const [first] = result.data?.deleteRole.errors ?? [];
    if (first) {
      return setDeleteError(
        first.code === 'IN_USE'
          ? t('role.inUse')
          : first.code === CONFLICT
            ? t('role.deleteConflict')
            : first.field === 'id'
              ? first.message
              : t('role.deleteRefused'),
      );
    }
    editor.release();
    navigate('/admin/roles');
  };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {!has(122003) && <Alert severity="info">{t('role.readOnly')}</Alert>}
      {has(122003) && beyond.length > 0 && <Alert severity="warning">{t('role.beyondAuthority', { right: beyond[0] })}</Alert>}
      {has(122003) && beyond.length === 0 && own && <Alert severity="info">{t('role.ownRole')}</Alert>}
      {editor.problems}
      {deleteError && (
        <Alert severity="error" onClose={() => setDeleteError(null)}>
          {deleteError}
        </Alert>
      )}
      {editor.saved && !form.formState.isDirty && (
        <Alert severity="success" role="status" onClose={editor.clearSaved}>
          {t('role.saved')}
        </Alert>
      )}
      <RoleFields form={form} disabled={!canEdit} domains={domains} held={held} onSubmit={editor.onSubmit}>
        <EditorActions
          editor={editor}
          canEdit={canEdit}
          labels={{ save: t('role.save'), discard: t('role.discard'), delete: t('role.delete') }}
          onDelete={has(122004) && !role.isSystem && beyond.length === 0 && !own ? () => setDialog('delete') : undefined}
        >
          {has(122002) && has(122005) && beyond.length === 0 && (
            <Button type="button" variant="outlined" onClick={() => setDialog('duplicate')}>
              {t('role.duplicate.button')}
            </Button>
          )}
        </EditorActions>
      </RoleFields>
      {dialog === 'duplicate' && (
        <DuplicateRoleDialog role={{ name: form.getValues('name') || role.name, rights: role.rights }} onClose={() => setDialog(null)} />
      )}
      {dialog === 'delete' && (
        <Dialog open onClose={() => setDialog(null)} aria-labelledby="delete-role-title">
          <DialogTitle id="delete-role-title">{t('role.deleteTitle', { name: role.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('role.deleteIntro')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDialog(null)}>{t('role.cancel')}</Button>
            <Button color="error" variant="contained" onClick={() => void confirmDelete()}>
              {t('role.delete')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {editor.conflictDialog}
    </Box>
  );
}

/** The role form with its rights matrix: new (created, then opened) or stored (versioned; duplicate with 122005, delete when unused). */
export default function RoleEditor(props: Catalogue & { stored: RoleDetails | null; onSaved?: (saved: RoleDetails) => void }) {
  return props.stored ? (
    <ExistingRoleEditor role={props.stored} onSaved={props.onSaved ?? (() => undefined)} domains={props.domains} held={props.held} ownRoles={props.ownRoles} />
  ) : (
    <NewRoleEditor domains={props.domains} held={props.held} />
  );
}
