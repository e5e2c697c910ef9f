/**
 * The domain kit: one `defineDomain({...})` per backend domain. The kit assembles the
 * schema (base + every domain's SDL, hook points, type extensions), the rights list,
 * the type rules (which right reads which object type, wherever it appears), the data
 * scope (how an entity reaches a location), the input bounds, the HTTP routes under
 * /api/<domain>/ and the seed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { ModuleConfig } from '../config/module-config.js';
import type { Db, DbOrTx } from '../db/engine.js';
import type { Resolvers } from '../graphql/schema-types.js';
import type { HookHandlers } from './hooks.js';
import type { ReportDefinition } from './report.js';
import type { IdTable } from './rows.js';

/** A right a domain defines: the openIMIS code, a readable name, what it allows. */
export interface RightDeclaration {
  code: number;
  name: string;
  description: string;
}

/**
 * Who reads an object type. `read`: any of these rights reads every field ('signedIn' = any
 * signed-in user, 'public' = anyone); `rightsOf` narrows it per row (a price list's kind).
 * `scope`: the row must also be inside the user's area (a scope entity of a domain).
 * `limited`: who may read only some fields when they cannot read the whole object
 * (eligibility enquiry, a facility's name on the user's own profile).
 */
export interface TypeRule {
  read: readonly number[] | 'signedIn' | 'public';
  rightsOf?: (row: Record<string, unknown>) => readonly number[];
  scope?: string;
  /**
   * Who reads only some fields without the read right. `scoped`: only rows inside the type's scope
   * (otherwise a limited reader sees any row, as an enquiry does).
   */
  limited?: { read: readonly number[] | 'signedIn' | 'public'; fields: readonly string[]; scoped?: boolean };
}

/**
 * How an entity reaches a location: `where(locations)` is the SQL condition keeping the
 * rows of `table` whose location is in `locations` (an int[] SQL value of every location
 * id in the user's area, from regions or districts down to villages). It decides what the
 * user reads and what a mutation may touch.
 * `visible(locations, above)`, when given, widens what the user reads (never what they
 * change): `above` holds the locations above their area (a district's region), e.g. so a
 * location picker shows the path to their district and a region's price list is readable
 * in its districts.
 */
export interface ScopeRule {
  table: IdTable;
  where: (locations: SQL) => SQL;
  visible?: (locations: SQL, above: SQL) => SQL;
  /**
   * When given, a user bound to a health facility alone (no locations) reaches only these rows,
   * not everything in the facility's district (users: the staff of their own facility).
   */
  ownFacility?: (facilityId: number) => SQL;
}

/**
 * A mutation's right (any of them; checked first, a thrown FORBIDDEN as requireRight does) and the
 * records it names that must be in the user's area: [scope entity, id read from the arguments,
 * mode]. Mode 'area' (default): a record the mutation changes or puts something in; 'visible': a
 * record it only points at (a facility's price list), which the user may merely see. The id
 * function answers `NATIONAL` (platform/scope.ts) when the mutation works at the national level
 * (a new region, a price list without a location): refused to a scoped user.
 */
export interface MutationGuard {
  right: number | readonly number[];
  records: readonly (readonly [entity: string, id: (args: { input: Record<string, unknown> }) => unknown, mode?: 'area' | 'visible'])[];
}

export interface HttpDeps {
  db: Db;
  moduleConfig: ModuleConfig;
}
/** Answers a request under /api/<domain>/ (the path after it is in `rest`). */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse, url: URL, rest: string, deps: HttpDeps) => Promise<void>;

export interface DomainDefinition {
  name: string;
  /** Semantic version of the domain's API; the console checks a module's backend needs against it. */
  version: string;
  /** GraphQL SDL extending Query / Mutation (and other domains' types: a type extension). */
  typeDefs: string;
  /** Typed by the schema (graphql/schema-types.ts, generated): parents are rows, arguments the SDL's. */
  resolvers: Resolvers;
  /** The rights this domain defines (code, name, description). */
  rights?: readonly RightDeclaration[];
  /** Object type -> who reads it. Every object type of the schema has a rule (a test walks it). */
  typeRules?: Record<string, TypeRule>;
  /** Scope entity -> how its rows reach a location. */
  scope?: Record<string, ScopeRule>;
  /** Mutation name -> records it touches that must be inside the user's area. */
  guards?: Record<string, MutationGuard>;
  /** Input type -> the table whose column lengths bound its same-named string fields, or explicit lengths. */
  inputBounds?: Record<string, PgTable | Record<string, number>>;
  /** entity type (as written in history) -> right code allowed to read its history */
  historyRights?: Record<string, number>;
  /** Routes under /api/<name>/. */
  http?: HttpHandler;
  /** Steps this domain adds to other domains' actions (validation in the transaction, after-events). */
  hooks?: HookHandlers;
  /** Reports this domain offers (platform/report.ts `defineReport`): GET /api/reports/<name>.<csv|xlsx|pdf>. */
  reports?: readonly ReportDefinition[];
  /** Demo data for a fresh database; domains seed in registry order. */
  seed?: (db: DbOrTx) => Promise<void>;
}

export type Domain = DomainDefinition;

const NAME = /^[a-z][a-z0-9-]*$/;
const VERSION = /^\d+\.\d+\.\d+$/;

/** Checks a definition once at startup so a mistake fails the boot, not a request. */
export function defineDomain(definition: DomainDefinition): Domain {
  if (!NAME.test(definition.name)) throw new Error(`domain name "${definition.name}" must be lower-case letters, digits and dashes`);
  if (!VERSION.test(definition.version)) throw new Error(`domain ${definition.name}: version "${definition.version}" is not x.y.z`);
  for (const right of definition.rights ?? []) {
    if (!Number.isInteger(right.code) || right.code <= 0 || !right.name) throw new Error(`domain ${definition.name}: bad right ${JSON.stringify(right)}`);
  }
  return definition;
}

/** A domain's rights as name -> description; each code is read from `codes` (core/rights.ts `Rights`, the openIMIS list). */
export function rightsFrom<N extends string>(codes: Readonly<Record<N, number>>, descriptions: Partial<Record<N, string>>): RightDeclaration[] {
  return Object.entries<string | undefined>(descriptions).map(([name, description]) => ({
    code: codes[name as N], // a key of `descriptions`: one of N
    name,
    description: description ?? name,
  }));
}

/** The rights of the running schema's domains (add-ons included), by code: set by assembleRights. */
const declaredRights = new Map<number, RightDeclaration & { domain: string }>();

/**
 * A right some composed domain declares (an add-on's too): what a role may hold. Core's `Rights`
 * lists openIMIS's codes only, so a role check against it would refuse an add-on's right.
 */
export function declaredRight(code: number): (RightDeclaration & { domain: string }) | undefined {
  return declaredRights.get(code);
}

/** Every right the domains declare; a code declared twice is a startup error. */
export function assembleRights(domains: readonly Domain[]): (RightDeclaration & { domain: string })[] {
  const seen = new Map<number, string>();
  const out: (RightDeclaration & { domain: string })[] = [];
  for (const domain of domains) {
    for (const right of domain.rights ?? []) {
      const other = seen.get(right.code);
      if (other) throw new Error(`right ${right.code} declared by both ${other} and ${domain.name}`);
      seen.set(right.code, domain.name);
      out.push({ ...right, domain: domain.name });
    }
  }
  declaredRights.clear();
  for (const right of out) declaredRights.set(right.code, right);
  return out.sort((a, b) => a.code - b.code);
}
