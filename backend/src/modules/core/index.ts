/** core: sign-in, sessions, users, roles, rights and the history of every change. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/engine.js';
import { type ConnectionArgs, codeOrNameSearch, connectionArgs, connectionType, paginate, textSearch } from '../../graphql/connection.js';
import type { Ctx } from '../../graphql/context.js';
import { createEntity, defined, deleteEntity, maxLength, oneOf, parseId, required, updateEntity } from '../../graphql/crud.js';
import { ErrorCodes, requireRight, requireUser, type UserError, userError } from '../../graphql/errors.js';
import { writeHistory } from '../../graphql/history.js';
import type { DomainModule } from '../types.js';
import {
  clearedSessionCookie,
  clearFailures,
  createSession,
  deleteSession,
  dummyPasswordHash,
  hashPassword,
  isRateLimited,
  loadSession,
  recordFailure,
  sessionCookie,
  verifyPassword,
} from './auth.js';
import { allRightCodes, Rights, rightNameByCode, systemRoles } from './rights.js';
import { history, roles, sessions, users } from './tables.js';

type UserRow = typeof users.$inferSelect;
type RoleRow = typeof roles.$inferSelect;
type HistoryRow = typeof history.$inferSelect;

export const LANGUAGES = ['en', 'fr'] as const;
const MIN_PASSWORD = 8;

/** Entity type -> right needed to read its history; filled from every domain's historyRights. */
export const historyRights = new Map<string, number>();

const typeDefs = /* GraphQL */ `
  "A right: openIMIS code and readable name."
  type Right { code: Int! name: String! }

  "The signed-in user."
  type Me {
    id: ID!
    username: String!
    "Other names then last name, for display."
    names: String!
    otherNames: String!
    lastName: String!
    "UI language code (en, fr)."
    language: String!
    "openIMIS right codes held through the user's roles."
    rights: [Int!]!
    "True until the user changes the password they were given (the first administrator of a production start)."
    mustChangePassword: Boolean!
  }

  type User {
    id: ID!
    username: String!
    otherNames: String!
    lastName: String!
    email: String
    phone: String
    language: String!
    isActive: Boolean!
    healthFacilityId: ID
    roles: [Role!]!
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  type Role {
    id: ID!
    name: String!
    altLanguage: String
    isSystem: Boolean!
    isBlocked: Boolean!
    rights: [Int!]!
    version: Int!
  }

  type HistoryEntry {
    id: ID!
    entityType: String!
    entityId: ID!
    "CREATE, UPDATE or DELETE"
    action: String!
    userId: ID
    username: String
    at: DateTime!
    before: JSON
    after: JSON
  }

  ${connectionType('User')}
  ${connectionType('Role')}
  ${connectionType('HistoryEntry')}

  input UserFilter { search: String, roleId: ID, healthFacilityId: ID, isActive: Boolean }
  input RoleFilter { search: String, isSystem: Boolean }

  extend type Query {
    "The signed-in user, or null when signed out (the shell shows the login page)."
    me: Me
    "Every right the system knows (for the role editor)."
    rights: [Right!]!
    users(filter: UserFilter, ${connectionArgs}): UserConnection!
    user(id: ID!): User
    roles(filter: RoleFilter, ${connectionArgs}): RoleConnection!
    role(id: ID!): Role
    "Changes recorded for one entity, newest first."
    history(entityType: String!, entityId: ID!, ${connectionArgs}): HistoryEntryConnection!
  }

  input LoginInput { username: String!, password: String! }
  type LoginPayload { me: Me, errors: [UserError!]! }
  type LogoutPayload { ok: Boolean!, errors: [UserError!]! }
  input ChangePasswordInput { oldPassword: String!, newPassword: String! }
  type ChangePasswordPayload { ok: Boolean!, errors: [UserError!]! }

  input CreateUserInput {
    username: String!, otherNames: String!, lastName: String!, email: String, phone: String,
    language: String, password: String!, roleIds: [ID!]!, healthFacilityId: ID, isActive: Boolean
  }
  input UpdateUserInput {
    id: ID!, version: Int!, otherNames: String, lastName: String, email: String, phone: String,
    language: String, password: String, roleIds: [ID!], healthFacilityId: ID, isActive: Boolean
  }
  input DeleteInput { id: ID!, version: Int }
  type UserPayload { user: User, errors: [UserError!]! }

  input CreateRoleInput { name: String!, altLanguage: String, isBlocked: Boolean, rights: [Int!]! }
  input UpdateRoleInput { id: ID!, version: Int!, name: String, altLanguage: String, isBlocked: Boolean, rights: [Int!] }
  type RolePayload { role: Role, errors: [UserError!]! }

  extend type Mutation {
    login(input: LoginInput!): LoginPayload!
    logout: LogoutPayload!
    changePassword(input: ChangePasswordInput!): ChangePasswordPayload!
    createUser(input: CreateUserInput!): UserPayload!
    updateUser(input: UpdateUserInput!): UserPayload!
    deleteUser(input: DeleteInput!): UserPayload!
    createRole(input: CreateRoleInput!): RolePayload!
    updateRole(input: UpdateRoleInput!): RolePayload!
    deleteRole(input: DeleteInput!): RolePayload!
  }
`;

interface MeSource {
  id: number;
  username: string;
  otherNames: string;
  lastName: string;
  language: string;
  healthFacilityId: number | null;
  rights: Set<number>;
}

const meResolvers = {
  names: (me: MeSource) => `${me.otherNames} ${me.lastName}`.trim(),
  rights: (me: MeSource) => [...me.rights].sort((a, b) => a - b),
  mustChangePassword: async (me: MeSource, _: unknown, ctx: Ctx) => {
    const [row] = await ctx.db.select({ flag: users.mustChangePassword }).from(users).where(eq(users.id, me.id));
    return row?.flag ?? false;
  },
};

async function validateRoleIds(
  db: Db | Parameters<Parameters<Db['transaction']>[0]>[0],
  ids: unknown[] | null | undefined,
  errors: UserError[],
): Promise<number[]> {
  if (!ids) return [];
  const parsed = ids.map(parseId);
  if (parsed.some((id) => id === null)) {
    errors.push(userError('roleIds', ErrorCodes.invalid, 'Unknown role.'));
    return [];
  }
  const wanted = [...new Set(parsed as number[])];
  if (wanted.length === 0) return [];
  const found = await db.select({ id: roles.id }).from(roles).where(inArray(roles.id, wanted));
  if (found.length !== wanted.length) errors.push(userError('roleIds', ErrorCodes.invalid, 'Unknown role.'));
  return wanted;
}

function validateUserFields(input: Record<string, unknown>, errors: UserError[], creating: boolean) {
  const s = (key: string) => input[key] as string | null | undefined;
  if (creating || s('otherNames') !== undefined) required(errors, 'otherNames', s('otherNames'), 'Other names');
  if (creating || s('lastName') !== undefined) required(errors, 'lastName', s('lastName'), 'Last name');
  if (creating) {
    required(errors, 'username', s('username'), 'Username');
    if (s('username') && !/^[A-Za-z0-9._-]{3,50}$/.test(s('username') ?? '')) {
      errors.push(userError('username', ErrorCodes.invalid, 'Username: 3 to 50 letters, digits, dot, dash or underscore.'));
    }
  }
  maxLength(errors, 'otherNames', s('otherNames'), 100, 'Other names');
  maxLength(errors, 'lastName', s('lastName'), 100, 'Last name');
  maxLength(errors, 'email', s('email'), 200, 'Email');
  if (s('email') && !/^[^@\s]+@[^@\s]+$/.test(s('email') ?? '')) errors.push(userError('email', ErrorCodes.invalid, 'Email address is not valid.'));
  oneOf(errors, 'language', s('language'), LANGUAGES, 'Language');
  const password = s('password');
  if ((creating || password != null) && (password ?? '').length < MIN_PASSWORD) {
    errors.push(userError('password', ErrorCodes.invalid, `Password must have at least ${MIN_PASSWORD} characters.`));
  }
}

function validateRights(rights: number[] | null | undefined, errors: UserError[]) {
  if (rights?.some((code) => !rightNameByCode.has(code))) errors.push(userError('rights', ErrorCodes.invalid, 'Unknown right code.'));
}

const userOmit = ['passwordHash'];

const resolvers = {
  Me: meResolvers,
  User: {
    roles: async (user: UserRow, _: unknown, ctx: Ctx) =>
      user.roleIds.length ? ctx.db.select().from(roles).where(inArray(roles.id, user.roleIds)).orderBy(roles.name) : [],
  },
  Query: {
    me: (_: unknown, __: unknown, ctx: Ctx) => ctx.user,
    rights: (_: unknown, __: unknown, ctx: Ctx) => {
      requireUser(ctx);
      return Object.entries(Rights).map(([name, code]) => ({ code, name }));
    },
    users: (_: unknown, args: { filter?: { search?: string; roleId?: string; healthFacilityId?: string; isActive?: boolean } } & ConnectionArgs, ctx: Ctx) => {
      requireRight(ctx, Rights.userSearch);
      const f = args.filter ?? {};
      const roleId = f.roleId ? parseId(f.roleId) : null;
      const hfId = f.healthFacilityId ? parseId(f.healthFacilityId) : null;
      const where = and(
        codeOrNameSearch(users.username, users.lastName, f.search),
        roleId ? sql`${roleId} = any(${users.roleIds})` : undefined,
        hfId ? eq(users.healthFacilityId, hfId) : undefined,
        f.isActive != null ? eq(users.isActive, f.isActive) : undefined,
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
      requireRight(ctx, Rights.userSearch);
      const id = parseId(args.id);
      if (!id) return null;
      const [row] = await ctx.db.select().from(users).where(eq(users.id, id));
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
    login: async (_: unknown, { input }: { input: { username: string; password: string } }, ctx: Ctx) => {
      const username = input.username.trim();
      if (await isRateLimited(ctx.db, username, ctx.ip)) {
        return { me: null, errors: [userError(null, ErrorCodes.rateLimited, 'Too many failed sign-in attempts. Wait a few minutes and try again.')] };
      }
      const [user] = username.length <= 50 ? await ctx.db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`) : [];
      let ok = false;
      if (user) ok = await verifyPassword(input.password, user.passwordHash);
      else await verifyPassword(input.password, await dummyPasswordHash()); // same time for unknown names
      if (!user || !ok || !user.isActive) {
        await recordFailure(ctx.db, username, ctx.ip);
        return { me: null, errors: [userError(null, ErrorCodes.invalidCredentials, 'Wrong username or password.')] };
      }
      await clearFailures(ctx.db, username);
      const token = await createSession(ctx.db, user.id, ctx.ip);
      ctx.setCookies.push(sessionCookie(token, ctx.secure));
      const me = await loadSession(ctx.db, token);
      return { me, errors: [] };
    },
    logout: async (_: unknown, __: unknown, ctx: Ctx) => {
      if (ctx.user) await deleteSession(ctx.db, ctx.user.sessionId);
      ctx.setCookies.push(clearedSessionCookie(ctx.secure));
      return { ok: true, errors: [] };
    },
    changePassword: async (_: unknown, { input }: { input: { oldPassword: string; newPassword: string } }, ctx: Ctx) => {
      const me = requireUser(ctx);
      const [user] = await ctx.db.select().from(users).where(eq(users.id, me.id));
      if (!user || !(await verifyPassword(input.oldPassword, user.passwordHash))) {
        return { ok: false, errors: [userError('oldPassword', ErrorCodes.invalidCredentials, 'The current password is wrong.')] };
      }
      if (input.newPassword.length < MIN_PASSWORD) {
        return { ok: false, errors: [userError('newPassword', ErrorCodes.invalid, `Password must have at least ${MIN_PASSWORD} characters.`)] };
      }
      const passwordHash = await hashPassword(input.newPassword);
      await ctx.db.transaction(async (tx) => {
        const [after] = await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1`, updatedAt: new Date() })
          .where(eq(users.id, me.id))
          .returning();
        // other sessions of this user end: a changed password signs out stolen cookies
        await tx.delete(sessions).where(and(eq(sessions.userId, me.id), sql`${sessions.id} <> ${me.sessionId}`));
        await writeHistory(tx, ctx, { entityType: 'User', entityId: me.id, action: 'UPDATE', before: user, after: after ?? null, omit: userOmit });
      });
      return { ok: true, errors: [] };
    },
    createUser: async (_: unknown, { input }: { input: Record<string, unknown> & { roleIds: string[]; password: string } }, ctx: Ctx) => {
      requireRight(ctx, Rights.userAdd);
      const errors: UserError[] = [];
      validateUserFields(input, errors, true);
      if (errors.length) return { user: null, errors };
      const passwordHash = await hashPassword(input.password);
      // filled inside the transaction, once the role ids are checked
      const values: Record<string, unknown> = {};
      const result = await createEntity<UserRow>(ctx, {
        table: users,
        entityType: 'User',
        label: 'User',
        uniqueField: 'username',
        omit: userOmit,
        values,
        validate: async (tx) => {
          const errs: UserError[] = [];
          const roleIds = await validateRoleIds(tx, input.roleIds, errs);
          Object.assign(values, {
            username: String(input.username).trim(),
            otherNames: input.otherNames,
            lastName: input.lastName,
            email: input.email ?? null,
            phone: input.phone ?? null,
            language: input.language ?? 'en',
            passwordHash,
            roleIds,
            healthFacilityId: input.healthFacilityId ? parseId(input.healthFacilityId) : null,
            isActive: input.isActive ?? true,
          });
          return errs;
        },
      });
      return { user: result.entity, errors: result.errors };
    },
    updateUser: async (
      _: unknown,
      { input }: { input: Record<string, unknown> & { id: string; version: number; roleIds?: string[]; password?: string } },
      ctx: Ctx,
    ) => {
      requireRight(ctx, Rights.userEdit);
      const errors: UserError[] = [];
      validateUserFields(input, errors, false);
      if (errors.length) return { user: null, errors };
      const values: Record<string, unknown> = defined({
        otherNames: input.otherNames as string | undefined,
        lastName: input.lastName as string | undefined,
        email: input.email as string | null | undefined,
        phone: input.phone as string | null | undefined,
        language: (input.language as string | null | undefined) ?? undefined,
        isActive: (input.isActive as boolean | null | undefined) ?? undefined,
        healthFacilityId: input.healthFacilityId === undefined ? undefined : input.healthFacilityId ? parseId(input.healthFacilityId) : null,
      });
      if (input.password) values.passwordHash = await hashPassword(input.password);
      const result = await updateEntity<UserRow>(ctx, {
        table: users,
        entityType: 'User',
        label: 'User',
        uniqueField: 'username',
        omit: userOmit,
        id: input.id,
        version: input.version,
        values,
        validate: async (tx) => {
          const errs: UserError[] = [];
          if (input.roleIds) values.roleIds = await validateRoleIds(tx, input.roleIds, errs);
          return errs;
        },
      });
      return { user: result.entity, errors: result.errors };
    },
    deleteUser: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.userDelete);
      const result = await deleteEntity<UserRow>(ctx, {
        table: users,
        entityType: 'User',
        label: 'User',
        omit: userOmit,
        id: input.id,
        version: input.version,
        validate: (_tx, existing) => (existing.id === ctx.user?.id ? [userError('id', ErrorCodes.invalid, 'You cannot delete yourself.')] : []),
      });
      return { user: result.entity, errors: result.errors };
    },
    createRole: async (_: unknown, { input }: { input: { name: string; altLanguage?: string; isBlocked?: boolean; rights: number[] } }, ctx: Ctx) => {
      requireRight(ctx, Rights.roleAdd);
      const errors: UserError[] = [];
      required(errors, 'name', input.name, 'Name');
      maxLength(errors, 'name', input.name, 50, 'Name');
      validateRights(input.rights, errors);
      if (errors.length) return { role: null, errors };
      const result = await createEntity<RoleRow>(ctx, {
        table: roles,
        entityType: 'Role',
        label: 'Role',
        uniqueField: 'name',
        values: { name: input.name.trim(), altLanguage: input.altLanguage ?? null, isBlocked: input.isBlocked ?? false, rights: [...new Set(input.rights)] },
      });
      return { role: result.entity, errors: result.errors };
    },
    updateRole: async (
      _: unknown,
      { input }: { input: { id: string; version: number; name?: string; altLanguage?: string; isBlocked?: boolean; rights?: number[] } },
      ctx: Ctx,
    ) => {
      requireRight(ctx, Rights.roleEdit);
      const errors: UserError[] = [];
      if (input.name !== undefined) required(errors, 'name', input.name, 'Name');
      maxLength(errors, 'name', input.name, 50, 'Name');
      validateRights(input.rights, errors);
      if (errors.length) return { role: null, errors };
      const result = await updateEntity<RoleRow>(ctx, {
        table: roles,
        entityType: 'Role',
        label: 'Role',
        uniqueField: 'name',
        id: input.id,
        version: input.version,
        values: defined({
          name: input.name?.trim(),
          altLanguage: input.altLanguage,
          isBlocked: input.isBlocked ?? undefined,
          rights: input.rights ? [...new Set(input.rights)] : undefined,
        }),
      });
      return { role: result.entity, errors: result.errors };
    },
    deleteRole: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.roleDelete);
      const result = await deleteEntity<RoleRow>(ctx, {
        table: roles,
        entityType: 'Role',
        label: 'Role',
        id: input.id,
        version: input.version,
        validate: async (tx, existing) => {
          if (existing.isSystem) return [userError('id', ErrorCodes.invalid, 'System roles cannot be deleted.')];
          const used = await tx.select({ id: users.id }).from(users).where(sql`${existing.id} = any(${users.roleIds})`).limit(1);
          return used.length ? [userError('id', ErrorCodes.inUse, 'Users still have this role.')] : [];
        },
      });
      return { role: result.entity, errors: result.errors };
    },
  },
};

export const demoUsers: { username: string; password: string; otherNames: string; lastName: string; role: string; language?: string }[] = [
  { username: 'Admin', password: 'admin123', otherNames: 'Ama', lastName: 'Mensah', role: 'IMIS Administrator' },
  { username: 'enrolment', password: 'enrolment123', otherNames: 'Kwame', lastName: 'Boateng', role: 'Enrolment Officer' },
  { username: 'clerk', password: 'clerk123', otherNames: 'Aïcha', lastName: 'Traoré', role: 'Clerk', language: 'fr' },
  { username: 'claimadmin', password: 'claimadmin123', otherNames: 'Joseph', lastName: 'Mwangi', role: 'Claim Administrator' },
  { username: 'medical', password: 'medical123', otherNames: 'Fatou', lastName: 'Diallo', role: 'Medical Officer' },
  { username: 'accountant', password: 'accountant123', otherNames: 'Grace', lastName: 'Achieng', role: 'Accountant' },
  { username: 'manager', password: 'manager123', otherNames: 'Ibrahim', lastName: 'Sawadogo', role: 'Manager' },
  { username: 'receptionist', password: 'receptionist123', otherNames: 'Esi', lastName: 'Owusu', role: 'Receptionist' },
  { username: 'schemeadmin', password: 'schemeadmin123', otherNames: 'Moussa', lastName: 'Keita', role: 'Scheme Administrator' },
];

async function seed(db: DbOrTx): Promise<void> {
  const inserted = await db
    .insert(roles)
    .values(systemRoles.map((role) => ({ name: role.name, altLanguage: role.altLanguage, isSystem: true, rights: [...new Set(role.rights)] })))
    .returning({ id: roles.id, name: roles.name });
  const roleId = new Map(inserted.map((role) => [role.name, role.id]));
  const rows = await Promise.all(
    demoUsers.map(async (u) => ({
      username: u.username,
      otherNames: u.otherNames,
      lastName: u.lastName,
      language: u.language ?? 'en',
      passwordHash: await hashPassword(u.password),
      roleIds: [roleId.get(u.role) ?? 0],
    })),
  );
  await db.insert(users).values(rows);
}

export const coreModule: DomainModule = {
  name: 'core',
  typeDefs,
  resolvers,
  historyRights: { User: Rights.userSearch, Role: Rights.roleSearch },
  seed,
};

export { allRightCodes };
