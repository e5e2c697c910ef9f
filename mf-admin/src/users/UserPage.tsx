import { useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Card, CardContent, HistoryPanel, ProgressLine, Typography } from '@kente/sdk/ui';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { Grantor } from './userForm.js';
import { GRANTABLE, USER_BY_ID, type UserDetails } from './userQueries.js';

// The form (react-hook-form) loads after the page's first paint.
const UserEditor = lazy(() => import('./UserEditor.js'));

/** A user (/admin/users/:userId) or a new one (/admin/users/new): the form, Reset password, Deactivate, Delete, the history. */
export default function UserPage(props: { params: { userId?: string } }) {
  const { t } = useModuleTranslation();
  // what the administrator may grant: their rights and area, and the roles there are (the server stays the judge)
  const [authority] = useQuery({ query: GRANTABLE });
  const me = authority.data?.me;
  const grantor = useMemo<Grantor | null>(
    () => (me ? { rights: new Set(me.rights), locationIds: me.locationIds, healthFacilityId: me.healthFacility?.id ?? null } : null),
    [me],
  );
  const roles = authority.data?.roles.edges.map((e) => e.node) ?? [];
  const userId = props.params.userId;
  if (authority.error) {
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error">{authority.error.graphQLErrors[0]?.message ?? authority.error.message}</Alert>
      </Box>
    );
  }
  if (!grantor) return <ProgressLine aria-label={t('user.loading')} />;
  return userId ? <StoredUser key={userId} userId={userId} grantor={grantor} roles={roles} /> : <NewUser grantor={grantor} roles={roles} />;
}

type RoleList = Parameters<typeof UserEditor>[0]['roles'];

function NewUser({ grantor, roles }: { grantor: Grantor; roles: RoleList }) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('user.newTitle')}
      </Typography>
      {has(121702) ? (
        <Card variant="outlined">
          <CardContent>
            <Suspense fallback={<ProgressLine aria-label={t('user.loading')} />}>
              <UserEditor user={null} grantor={grantor} roles={roles} />
            </Suspense>
          </CardContent>
        </Card>
      ) : (
        <Alert severity="warning">{t('user.notAllowed')}</Alert>
      )}
    </Box>
  );
}

function StoredUser({ userId, grantor, roles }: { userId: string; grantor: Grantor; roles: RoleList }) {
  const { t } = useModuleTranslation();
  const [result] = useQuery({ query: USER_BY_ID, variables: { id: userId } });
  const [saved, setSaved] = useState<UserDetails | null>(null);
  const fetched = result.data?.user;
  const user = saved && fetched && saved.version > fetched.version ? saved : fetched;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      {result.fetching && !user && <ProgressLine aria-label={t('user.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      <Typography variant="h5" component="h1">
        {user ? `${user.otherNames} ${user.lastName} (${user.username})` : t('user.pageTitle')}
      </Typography>
      {!result.fetching && !result.error && !user && <Alert severity="info">{t('user.notFound')}</Alert>}
      {user && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Suspense fallback={<ProgressLine aria-label={t('user.loading')} />}>
                <UserEditor key={user.id} user={user} onSaved={setSaved} grantor={grantor} roles={roles} />
              </Suspense>
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <HistoryPanel entityType="User" entityId={user.id} version={user.version} fieldLabel={(field) => t([`user.fields.${field}`, field])} />
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
}
