/**
 * The create / update / delete mutations of a plain reference entity (a code list row: services,
 * items, diagnoses) from one declaration: the right, the field checks, then the kit's versioned
 * write with history. Entities with more rules (locations, facilities, insurees) write their own.
 */
import type { Ctx } from '../graphql/context.js';
import { createEntity, defined, deleteEntity, type EntityRow, type TableOf, updateEntity } from '../graphql/crud.js';
import { requireRight, type UserError } from '../graphql/errors.js';
import type { InsertOf, UpdateOf } from './rows.js';

type Input = Record<string, unknown>;
type Resolver = (parent: unknown, args: { input: Input & { id?: string; version?: number } }, ctx: Ctx) => Promise<Record<string, unknown>>;

export interface CrudDeclaration<R extends EntityRow, T extends TableOf<R>> {
  /** GraphQL type and history entity type, e.g. "MedicalService" (mutations createMedicalService, ...). */
  entity: string;
  /** For messages, e.g. "Medical service". */
  label: string;
  /** The payload's entity field, e.g. "medicalService". */
  payload: string;
  table: T & { $inferSelect: R };
  rights: { add: number; edit: number; delete: number };
  /** Input fields written to the table (trimmed; absent = unchanged on update). */
  fields: readonly string[];
  /** Field rules; `creating` = every required field must be there. */
  check: (input: Input, errors: UserError[], creating: boolean) => void;
  /**
   * The table has an `active` flag (openIMIS closes a row's validity rather than deleting it): adds
   * `deactivate<Entity>` and `reactivate<Entity>` ({ id, version }, the edit right, versioned, in the history).
   */
  deactivatable?: boolean;
}

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const values = (input: Input, fields: readonly string[]) => defined(Object.fromEntries(fields.map((k) => [k, trimmed(input[k])])));

export function crudMutations<R extends EntityRow, T extends TableOf<R>>(d: CrudDeclaration<R, T>): Record<string, Resolver> {
  // The declaration's fields are columns of its table and `check` refused a create lacking a required
  // one: the input's values are the table's insert / update values, which a generic T cannot prove.
  const insert = (input: Input) => values(input, d.fields) as InsertOf<T>;
  const update = (input: Input) => values(input, d.fields) as UpdateOf<T>;
  const common = { table: d.table, entityType: d.entity, label: d.label };
  const payload = (result: { entity: unknown; errors: UserError[] }) => ({ [d.payload]: result.entity, errors: result.errors });
  const checked = (input: Input, creating: boolean) => {
    const errors: UserError[] = [];
    d.check(input, errors, creating);
    return errors;
  };
  const setActive =
    (active: boolean): Resolver =>
    async (_, { input }, ctx) => {
      requireRight(ctx, d.rights.edit);
      // `deactivatable` declares an `active` column on the table
      return payload(await updateEntity(ctx, { ...common, id: input.id, version: input.version ?? -1, values: { active } as unknown as UpdateOf<T> }));
    };
  return {
    ...(d.deactivatable ? { [`deactivate${d.entity}`]: setActive(false), [`reactivate${d.entity}`]: setActive(true) } : {}),
    [`create${d.entity}`]: async (_, { input }, ctx) => {
      requireRight(ctx, d.rights.add);
      const errors = checked(input, true);
      if (errors.length) return payload({ entity: null, errors });
      return payload(await createEntity(ctx, { ...common, values: insert(input) }));
    },
    [`update${d.entity}`]: async (_, { input }, ctx) => {
      requireRight(ctx, d.rights.edit);
      const errors = checked(input, false);
      if (errors.length) return payload({ entity: null, errors });
      return payload(await updateEntity(ctx, { ...common, id: input.id, version: input.version ?? -1, values: update(input) }));
    },
    [`delete${d.entity}`]: async (_, { input }, ctx) => {
      requireRight(ctx, d.rights.delete);
      return payload(await deleteEntity(ctx, { ...common, id: input.id, version: input.version }));
    },
  };
}
