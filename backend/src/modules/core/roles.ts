/** Roles: create, update and delete under the authority rules. No GraphQL types here. */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/engine.js';
import type { Ctx, SessionUser } from '../../graphql/context.js';
import { createEntity, defined, deleteEntity, updateEntity } from '../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../graphql/errors.js';
import { checkRoleChange } from './authority.js';
import { roles, users } from './tables.js';
import { refusalError } from './users.js';
import { type RoleFields, validateRoleFields } from './validation.js';

export type RoleRow = typeof roles.$inferSelect;

/** The roles the actor holds now (read from the database: a session does not carry them). */
async function actorRoleIds(db: DbOrTx, actor: SessionUser): Promise<number[]> {
  const [row] = await db.select({ roleIds: users.roleIds }).from(users).where(eq(users.id, actor.id));
  return row?.roleIds ?? [];
}

export async function createRole(ctx: Ctx, actor: SessionUser, input: RoleFields & { isBlocked?: boolean | null; rights: number[] }) {
  const errors: UserError[] = [];
  validateRoleFields(input, errors, true);
  if (errors.length) return { entity: null, errors };
  const rights = [...new Set(input.rights)];
  const refusal = checkRoleChange({ rights: actor.rights, roleIds: [] }, { existing: null, nextRights: rights });
  if (refusal) return { entity: null, errors: [refusalError(refusal)] };
  return createEntity(ctx, {
    table: roles,
    entityType: 'Role',
    label: 'Role',
    uniqueField: 'name',
    values: { name: String(input.name).trim(), altLanguage: input.altLanguage ?? null, isBlocked: input.isBlocked ?? false, rights },
  });
}

export async function updateRole(ctx: Ctx, actor: SessionUser, input: RoleFields & { id: unknown; version: number; isBlocked?: boolean | null }) {
  const errors: UserError[] = [];
  validateRoleFields(input, errors, false);
  if (errors.length) return { entity: null, errors };
  const rights = input.rights ? [...new Set(input.rights)] : undefined;
  const values = defined({ name: input.name?.trim(), altLanguage: input.altLanguage, isBlocked: input.isBlocked ?? undefined, rights });
  return updateEntity(ctx, {
    table: roles,
    entityType: 'Role',
    label: 'Role',
    uniqueField: 'name',
    id: input.id,
    version: input.version,
    values,
    validate: async (tx, existing) => {
      const refusal = checkRoleChange({ rights: actor.rights, roleIds: await actorRoleIds(tx, actor) }, { existing, nextRights: rights ?? null });
      return refusal ? [refusalError(refusal)] : [];
    },
  });
}

export async function deleteRole(ctx: Ctx, actor: SessionUser, input: { id: unknown; version?: number | null }) {
  return deleteEntity(ctx, {
    table: roles,
    entityType: 'Role',
    label: 'Role',
    id: input.id,
    version: input.version,
    validate: async (tx, existing) => {
      if (existing.isSystem) return [userError('id', ErrorCodes.invalid, 'System roles cannot be deleted.')];
      const refusal = checkRoleChange({ rights: actor.rights, roleIds: await actorRoleIds(tx, actor) }, { existing, nextRights: null });
      if (refusal) return [refusalError(refusal)];
      const used = await tx.select({ id: users.id }).from(users).where(sql`${existing.id} = any(${users.roleIds})`).limit(1);
      return used.length ? [userError('id', ErrorCodes.inUse, 'Users still have this role.')] : [];
    },
  });
}
