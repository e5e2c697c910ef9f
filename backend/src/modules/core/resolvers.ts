/** Core resolvers: thin (right, then service, then payload). Rules live in the service files. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type ConnectionArgs, codeOrNameSearch, paginate, textSearch } from '../../graphql/connection.js';
import type { Ctx, SessionUser } from '../../graphql/context.js';
import { parseId } from '../../graphql/crud.js';
import { requireRight, requireUser } from '../../graphql/errors.js';
import { Rights, systemRoleKeys } from './rights.js';
import { createRole, deleteRole, type RoleRow, updateRole } from './roles.js';
import { changePassword, signIn, signOut } from './session.js';
import { history, roles, userLocations, users } from './tables.js';
import { createUser, deleteUser, type UserInput, type UserRow, updateUser, usersInScope } from './users.js';

type HistoryRow = typeof history.$inferSelect;

/** Entity type -> right needed to read its history; filled from every domain's historyRights. */
export const historyRights = new Map<string, number>();

/** One query for the locations of every user on a page (users resolved in the same tick). */
const pendingLocations = new WeakMap<Ctx, { ids: Set<number>; result: Promise<Map<number, number[]>> }>();
function locationIdsOfUser(ctx: Ctx, userId: number): Promise<number[]> {
  let batch = pendingLocations.get(ctx);
  if (!batch) {
    const ids = new Set<number>();
    const result = new Promise<Map<number, number[]>>((resolve, reject) =>
      setImmediate(() => {
        pendingLocations.delete(ctx);
        ctx.db
          .select()
          .from(userLocations)
          .where(inArray(userLocations.userId, [...ids]))
          .then((rows) => {
            const map = new Map<number, number[]>();
            for (const row of rows)
              map.set(
                row.userId,
                [...(map.get(row.userId) ?? []), row.locationId].sort((a, b) => a - b),
              );
            resolve(map);
          }, reject);
      }),
    );
    batch = { ids, result };
    pendingLocations.set(ctx, batch);
  }
  batch.ids.add(userId);
  return batch.result.then((map) => map.get(userId) ?? []);
}

const userPayload = (result: { entity: UserRow | null; errors: unknown[] }) => ({ user: result.entity, errors: result.errors });
const rolePayload = (result: { entity: RoleRow | null; errors: unknown[] }) => ({ role: result.entity, errors: result.errors });

export const resolvers = {
  Me: {
    names: (me: SessionUser) => `${me.otherNames} ${me.lastName}`.trim(),
    rights: (me: SessionUser) => [...me.rights].sort((a, b) => a - b),
    locationIds: (me: SessionUser) => me.locationIds,
    mustChangePassword: async (me: SessionUser, _: unknown, ctx: Ctx) => {
      const [row] = await ctx.db.select({ flag: users.mustChangePassword }).from(users).where(eq(users.id, me.id));
      return row?.flag ?? false;
    },
  },
  User: {
    roles: async (user: UserRow, _: unknown, ctx: Ctx) =>
      user.roleIds.length ? ctx.db.select().from(roles).where(inArray(roles.id, user.roleIds)).orderBy(roles.name) : [],
    locationIds: (user: UserRow, _: unknown, ctx: Ctx) => locationIdsOfUser(ctx, user.id),
  },
  Role: {
    nameKey: (role: RoleRow) => (role.isSystem ? (systemRoleKeys.get(role.name) ?? null) : null),
  },
  Query: {
    me: (_: unknown, __: unknown, ctx: Ctx) => ctx.user,
    rights: (_: unknown, __: unknown, ctx: Ctx) => {
      requireUser(ctx);
      return Object.entries(Rights).map(([name, code]) => ({ code, name }));
    },
    users: (_: unknown, args: { filter?: { search?: string; roleId?: string; healthFacilityId?: string; isActive?: boolean } } & ConnectionArgs, ctx: Ctx) => {
      const actor = requireRight(ctx, Rights.userSearch);
      const f = args.filter ?? {};
      const roleId = f.roleId ? parseId(f.roleId) : null;
      const hfId = f.healthFacilityId ? parseId(f.healthFacilityId) : null;
      const where = and(
        codeOrNameSearch(users.username, users.lastName, f.search),
        roleId ? sql`${roleId} = any(${users.roleIds})` : undefined,
        hfId ? eq(users.healthFacilityId, hfId) : undefined,
        f.isActive != null ? eq(users.isActive, f.isActive) : undefined,
        usersInScope(actor),
      );
      return paginate<UserRow>({
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
    user: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const actor = requireRight(ctx, Rights.userSearch);
      const id = parseId(args.id);
      if (!id) return null;
      const [row] = await ctx.db
        .select()
        .from(users)
        .where(and(eq(users.id, id), usersInScope(actor)));
      return row ?? null;
    },
    roles: (_: unknown, args: { filter?: { search?: string; isSystem?: boolean } } & ConnectionArgs, ctx: Ctx) => {
      requireRight(ctx, Rights.roleSearch);
      const f = args.filter ?? {};
      const search = f.search?.trim();
      const where = and(
        search ? sql`${roles.name} ilike ${`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
        f.isSystem != null ? eq(roles.isSystem, f.isSystem) : undefined,
      );
      return paginate<RoleRow>({ db: ctx.db, table: roles, where, sort: { expr: sql`${roles.name} COLLATE "C"`, value: (r) => r.name }, args });
    },
    role: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.roleSearch);
      const id = parseId(args.id);
      if (!id) return null;
      const [row] = await ctx.db.select().from(roles).where(eq(roles.id, id));
      return row ?? null;
    },
    history: (_: unknown, args: { entityType: string; entityId: string } & ConnectionArgs, ctx: Ctx) => {
      const user = requireUser(ctx);
      const right = historyRights.get(args.entityType);
      if (!user.rights.has(Rights.historySearch)) requireRight(ctx, right ?? Rights.historySearch);
      return paginate<HistoryRow>({
        db: ctx.db,
        table: history,
        where: and(eq(history.entityType, args.entityType), eq(history.entityId, String(args.entityId))),
        sort: { expr: sql`-${history.id}`, value: (h) => -h.id },
        args,
      });
    },
  },
  Mutation: {
    login: (_: unknown, { input }: { input: { username: string; password: string } }, ctx: Ctx) => signIn(ctx, input),
    logout: async (_: unknown, __: unknown, ctx: Ctx) => {
      await signOut(ctx);
      return { ok: true, errors: [] };
    },
    changePassword: async (_: unknown, { input }: { input: { oldPassword: string; newPassword: string } }, ctx: Ctx) => {
      const errors = await changePassword(ctx, requireUser(ctx), input);
      return { ok: errors.length === 0, errors };
    },
    createUser: async (_: unknown, { input }: { input: UserInput & { password: string; roleIds: string[] } }, ctx: Ctx) =>
      userPayload(await createUser(ctx, requireRight(ctx, Rights.userAdd), input)),
    updateUser: async (_: unknown, { input }: { input: UserInput & { id: string; version: number } }, ctx: Ctx) =>
      userPayload(await updateUser(ctx, requireRight(ctx, Rights.userEdit), input)),
    deleteUser: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) =>
      userPayload(await deleteUser(ctx, requireRight(ctx, Rights.userDelete), input)),
    createRole: async (_: unknown, { input }: { input: { name: string; altLanguage?: string; isBlocked?: boolean; rights: number[] } }, ctx: Ctx) =>
      rolePayload(await createRole(ctx, requireRight(ctx, Rights.roleAdd), input)),
    updateRole: async (
      _: unknown,
      { input }: { input: { id: string; version: number; name?: string; altLanguage?: string; isBlocked?: boolean; rights?: number[] } },
      ctx: Ctx,
    ) => rolePayload(await updateRole(ctx, requireRight(ctx, Rights.roleEdit), input)),
    deleteRole: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) =>
      rolePayload(await deleteRole(ctx, requireRight(ctx, Rights.roleDelete), input)),
  },
};
