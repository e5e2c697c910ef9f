/** Core resolvers: thin (right, then service, then payload). Rules live in the service files. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { codeOrNameSearch, paginate, textSearch } from '../../graphql/connection.js';
import type { Ctx } from '../../graphql/context.js';
import { parseId, type Result } from '../../graphql/crud.js';
import { requireRight, requireUser } from '../../graphql/errors.js';
import { loadById } from '../../graphql/loader.js';
import type { Resolvers } from '../../graphql/schema-types.js';
import { batcher, perContext } from '../../platform/batch.js';
import { byIdInScope, loadInScope, scopeWhere } from '../../platform/scope.js';
import { locations } from '../location/tables.js';
import { searchClaimAdministrators, searchOfficers } from './officerSearch.js';
import { Rights, systemRoleKeys } from './rights.js';
import { createRole, deleteRole, type RoleRow, updateRole } from './roles.js';
import { changePassword, signIn, signOut } from './session.js';
import { claimAdministrators, enrolmentOfficers, enrolmentOfficerVillages, history, roles, userLocations, users } from './tables.js';
import { createUser, deleteUser, type UserRow, updateUser } from './users.js';

/** Entity type -> right needed to read its history; filled from every domain's historyRights. */
export const historyRights = new Map<string, number>();

/** One query for the locations of every user on a page (users resolved in the same tick). */
function locationIdsOfUser(ctx: Ctx, userId: number): Promise<number[]> {
  const load = perContext(ctx, userLocations, () =>
    batcher<number, number[]>(async (ids) => {
      const map = new Map<number, number[]>();
      for (const row of await ctx.db.select().from(userLocations).where(inArray(userLocations.userId, ids))) {
        map.set(
          row.userId,
          [...(map.get(row.userId) ?? []), row.locationId].sort((a, b) => a - b),
        );
      }
      return map;
    }),
  );
  return load(userId).then((ids) => ids ?? []);
}

/** The villages of every officer on a page, one query (by village code). */
function villageIdsOf(ctx: Ctx, officerId: number): Promise<number[]> {
  const load = perContext(ctx, enrolmentOfficerVillages, () =>
    batcher<number, number[]>(async (ids) => {
      const map = new Map<number, number[]>();
      const rows = await ctx.db
        .select({ officerId: enrolmentOfficerVillages.officerId, locationId: enrolmentOfficerVillages.locationId })
        .from(enrolmentOfficerVillages)
        .innerJoin(locations, eq(locations.id, enrolmentOfficerVillages.locationId))
        .where(inArray(enrolmentOfficerVillages.officerId, ids))
        .orderBy(sql`${locations.code} COLLATE "C"`);
      for (const row of rows) map.set(row.officerId, [...(map.get(row.officerId) ?? []), row.locationId]);
      return map;
    }),
  );
  return load(officerId).then((ids) => ids ?? []);
}

/** The user behind an officer or claim administrator row (same id): their names, contact and status. */
async function userOf(ctx: Ctx, id: number): Promise<UserRow> {
  const user = await loadById(ctx, users, id);
  if (!user) throw new Error(`user ${id} not found`);
  return user;
}
const personFields = {
  username: (row: { id: number }, _: unknown, ctx: Ctx) => userOf(ctx, row.id).then((u) => u.username),
  otherNames: (row: { id: number }, _: unknown, ctx: Ctx) => userOf(ctx, row.id).then((u) => u.otherNames),
  lastName: (row: { id: number }, _: unknown, ctx: Ctx) => userOf(ctx, row.id).then((u) => u.lastName),
  phone: (row: { id: number }, _: unknown, ctx: Ctx) => userOf(ctx, row.id).then((u) => u.phone),
  email: (row: { id: number }, _: unknown, ctx: Ctx) => userOf(ctx, row.id).then((u) => u.email),
  isActive: (row: { id: number }, _: unknown, ctx: Ctx) => userOf(ctx, row.id).then((u) => u.isActive),
  healthFacilityId: (row: { id: number }, _: unknown, ctx: Ctx) => userOf(ctx, row.id).then((u) => u.healthFacilityId),
};

async function locationsOfUser(ctx: Ctx, userId: number) {
  const found = await Promise.all((await locationIdsOfUser(ctx, userId)).map((id) => loadById(ctx, locations, id)));
  return found.filter((row) => row !== null);
}

/** Users bound to the location or one inside it, or working at a facility inside it (facilities read by name: core does not import medical). */
function boundInside(locationId: number) {
  const below = sql`(with recursive below as (
      select id from locations where id = ${locationId}
      union all select l.id from locations l join below on l.parent_id = below.id)
    select id from below)`;
  return sql`(${users.id} in (select ${userLocations.userId} from ${userLocations} where ${userLocations.locationId} in ${below})
    or ${users.healthFacilityId} in (select id from health_facilities where location_id in ${below}))`;
}

const roleListers = [Rights.roleSearch, Rights.userSearch, Rights.userAdd, Rights.userEdit];

const userPayload = (result: Result<UserRow>) => ({ user: result.entity, errors: result.errors });
const rolePayload = (result: Result<RoleRow>) => ({ role: result.entity, errors: result.errors });

export const resolvers: Resolvers = {
  Me: {
    names: (me) => `${me.otherNames} ${me.lastName}`.trim(),
    rights: (me) => [...me.rights].sort((a, b) => a - b),
    locationIds: (me) => me.locationIds,
    roleIds: async (me, _, ctx) => {
      const [row] = await ctx.db.select({ roleIds: users.roleIds }).from(users).where(eq(users.id, me.id));
      return row?.roleIds ?? [];
    },
    mustChangePassword: async (me, _, ctx) => {
      const [row] = await ctx.db.select({ flag: users.mustChangePassword }).from(users).where(eq(users.id, me.id));
      return row?.flag ?? false;
    },
  },
  User: {
    roles: async (user, _, ctx) => (user.roleIds.length ? ctx.db.select().from(roles).where(inArray(roles.id, user.roleIds)).orderBy(roles.name) : []),
    locationIds: (user, _, ctx) => locationIdsOfUser(ctx, user.id),
    locations: (user, _, ctx) => locationsOfUser(ctx, user.id),
    // the details' own type rules decide who reads them (121501 / 121601 or 121701, in the area)
    officer: (user, _, ctx) => loadById(ctx, enrolmentOfficers, user.id),
    claimAdministrator: (user, _, ctx) => loadById(ctx, claimAdministrators, user.id),
  },
  EnrolmentOfficer: {
    ...personFields,
    locations: (row, _, ctx) => locationsOfUser(ctx, row.id),
    // a substitute outside the reader's area is not shown (the list stays readable)
    substitute: (row, _, ctx) => loadInScope(ctx, 'EnrolmentOfficer', (id) => loadById(ctx, enrolmentOfficers, id), row.substituteId),
    villageIds: (row, _, ctx) => villageIdsOf(ctx, row.id),
    villages: async (row, _, ctx) => {
      const found = await Promise.all((await villageIdsOf(ctx, row.id)).map((id) => loadById(ctx, locations, id)));
      return found.filter((village) => village !== null);
    },
    villageCount: async (row, _, ctx) => (await villageIdsOf(ctx, row.id)).length,
  },
  ClaimAdministrator: personFields,
  Role: {
    nameKey: (role) => (role.isSystem ? (systemRoleKeys.get(role.name) ?? null) : null),
  },
  Query: {
    me: (_, __, ctx) => ctx.user,
    rights: (_, __, ctx) => {
      requireUser(ctx);
      return Object.entries(Rights).map(([name, code]) => ({ code, name }));
    },
    users: async (_, args, ctx) => {
      requireRight(ctx, Rights.userSearch);
      const f = args.filter ?? {};
      const roleId = f.roleId ? parseId(f.roleId) : null;
      const hfId = f.healthFacilityId ? parseId(f.healthFacilityId) : null;
      const locationId = f.locationId ? parseId(f.locationId) : null;
      const where = and(
        codeOrNameSearch(users.username, users.lastName, f.search),
        roleId ? sql`${roleId} = any(${users.roleIds})` : undefined,
        hfId ? eq(users.healthFacilityId, hfId) : undefined,
        locationId ? boundInside(locationId) : undefined,
        f.isActive != null ? eq(users.isActive, f.isActive) : undefined,
        await scopeWhere(ctx, 'User'),
      );
      return paginate({
        db: ctx.db,
        table: users,
        where,
        sort:
          textSearch(users.username, users.lastName, f.search).order === 'id'
            ? undefined
            : { expr: sql`${users.username} COLLATE "C"`, value: (u) => u.username },
        args,
      });
    },
    user: byIdInScope(Rights.userSearch, 'User', users),
    enrolmentOfficers: (_, args, ctx) => {
      requireRight(ctx, Rights.enrolmentOfficerSearch);
      return searchOfficers(ctx, args.filter ?? {}, args);
    },
    claimAdministrators: (_, args, ctx) => {
      requireRight(ctx, Rights.claimAdministratorSearch);
      return searchClaimAdministrators(ctx, args.filter ?? {}, args);
    },
    roles: (_, args, ctx) => {
      // user administrators list roles too: the user form offers the roles they may assign
      const user = requireUser(ctx);
      if (!roleListers.some((code) => user.rights.has(code))) requireRight(ctx, Rights.roleSearch);
      const f = args.filter ?? {};
      const search = f.search?.trim();
      const where = and(
        search ? sql`${roles.name} ilike ${`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
        f.isSystem != null ? eq(roles.isSystem, f.isSystem) : undefined,
      );
      return paginate({ db: ctx.db, table: roles, where, sort: { expr: sql`${roles.name} COLLATE "C"`, value: (r) => r.name }, args });
    },
    role: (_, args, ctx) => {
      requireRight(ctx, Rights.roleSearch);
      return loadById(ctx, roles, parseId(args.id));
    },
    history: (_, args, ctx) => {
      const user = requireUser(ctx);
      const right = historyRights.get(args.entityType);
      if (!user.rights.has(Rights.historySearch)) requireRight(ctx, right ?? Rights.historySearch);
      return paginate({
        db: ctx.db,
        table: history,
        where: and(eq(history.entityType, args.entityType), eq(history.entityId, String(args.entityId))),
        sort: { expr: sql`-${history.id}`, value: (h) => -h.id },
        args,
      });
    },
  },
  Mutation: {
    login: (_, { input }, ctx) => signIn(ctx, input),
    logout: async (_, __, ctx) => {
      await signOut(ctx);
      return { ok: true, errors: [] };
    },
    changePassword: async (_, { input }, ctx) => {
      const errors = await changePassword(ctx, requireUser(ctx), input);
      return { ok: errors.length === 0, errors };
    },
    createUser: async (_, { input }, ctx) => userPayload(await createUser(ctx, requireRight(ctx, Rights.userAdd), input)),
    updateUser: async (_, { input }, ctx) => userPayload(await updateUser(ctx, requireRight(ctx, Rights.userEdit), input)),
    deleteUser: async (_, { input }, ctx) => userPayload(await deleteUser(ctx, requireRight(ctx, Rights.userDelete), input)),
    createRole: async (_, { input }, ctx) => rolePayload(await createRole(ctx, requireRight(ctx, Rights.roleAdd), input)),
    updateRole: async (_, { input }, ctx) => rolePayload(await updateRole(ctx, requireRight(ctx, Rights.roleEdit), input)),
    deleteRole: async (_, { input }, ctx) => rolePayload(await deleteRole(ctx, requireRight(ctx, Rights.roleDelete), input)),
  },
};
