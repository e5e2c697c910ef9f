import { useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Card, CardContent, HistoryPanel, ProgressLine, Typography } from '@kente/sdk/ui';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { roleLabel } from '../users/userLabels.js';
import { groupRights } from './roleForm.js';
import { RIGHTS_CATALOGUE, ROLE_BY_ID, type RoleDetails } from './roleQueries.js';

const RoleEditor = lazy(() => import('./RoleEditor.js'));

/** A role (/admin/roles/:roleId) or a new one (/admin/roles/new): its rights matrix, Duplicate, Delete, the history. */
export default function RolePage(props: { params: { roleId?: string } }) {
  const { t } = useModuleTranslation();
  const [catalogue] = useQuery({ query: RIGHTS_CATALOGUE });
  const rights = catalogue.data?.kente.rights;
  const domains = useMemo(() => groupRights(rights ?? []), [rights]);
  const meRights = catalogue.data?.me?.rights;
  const held = useMemo(() => new Set(meRights ?? []), [meRights]);
  const ownRoleIds = catalogue.data?.me?.roleIds;
  const ownRoles = useMemo(() => new Set(ownRoleIds ?? []), [ownRoleIds]);
  if (catalogue.error) {
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error">{catalogue.error.graphQLErrors[0]?.message ?? catalogue.error.message}</Alert>
      </Box>
    );
  }
  if (!rights) return <ProgressLine aria-label={t('role.loading')} />;
  const roleId = props.params.roleId;
  return roleId ? (
    <StoredRole key={roleId} roleId={roleId} domains={domains} held={held} ownRoles={ownRoles} />
  ) : (
    <NewRole domains={domains} held={held} ownRoles={ownRoles} />
  );
}

type Catalogue = { domains: ReturnType<typeof groupRights>; held: ReadonlySet<number>; ownRoles: ReadonlySet<string> };

function NewRole(props: Catalogue) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('role.newTitle')}
      </Typography>
      {has(122002) ? (
        <Card variant="outlined">
          <CardContent>
            <Suspense fallback={<ProgressLine aria-label={t('role.loading')} />}>
              <RoleEditor stored={null} {...props} />
            </Suspense>
          </CardContent>
        </Card>
      ) : (
        <Alert severity="warning">{t('role.notAllowed')}</Alert>
      )}
    </Box>
  );
}

function StoredRole({ roleId, ...catalogue }: Catalogue & { roleId: string }) {
  const { t } = useModuleTranslation();
  const [result] = useQuery({ query: ROLE_BY_ID, variables: { id: roleId } });
  const [saved, setSaved] = useState<RoleDetails | null>(null);
  const fetched = result.data?.role;
  const role = saved && fetched && saved.version > fetched.version ? saved : fetched;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      {result.fetching && !role && <ProgressLine aria-label={t('role.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      <Typography variant="h5" component="h1">
        {role ? roleLabel(t, role) : t('role.pageTitle')}
      </Typography>
      {!result.fetching && !result.error && !role && <Alert severity="info">{t('role.notFound')}</Alert>}
      {role && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Suspense fallback={<ProgressLine aria-label={t('role.loading')} />}>
                <RoleEditor key={role.id} stored={role} onSaved={setSaved} {...catalogue} />
              </Suspense>
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <HistoryPanel entityType="Role" entityId={role.id} version={role.version} fieldLabel={(field) => t([`role.fields.${field}`, field])} />
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
}
