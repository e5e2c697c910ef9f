/**
 * Backend add-ons: domains built outside this repository and loaded by the server at start from
 * its configuration (`KENTE_ADDONS`, a comma-separated list of ES module files), never compiled
 * into the backend. An add-on file's default export is a function of the kit (the same
 * `defineDomain`, the `sql` tag, `userError`, `badInput`, `requireRight`, `scopeWhere` for another domain's scope
 * entity) answering the domain's definition plus its own
 * migrations, which the server applies once each, in order, in one transaction per add-on, and
 * records in `kente_addon_migrations`. An add-on reaches the other domains only through the
 * graph (type extensions) and hook points, as a built-in domain does.
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/engine.js';
import { badInput, requireRight, userError } from '../graphql/errors.js';
import { batcher, perContext } from './batch.js';
import { type DomainDefinition, defineDomain } from './domain.js';
import { scopeWhere } from './scope.js';

/** What the server hands an add-on: it imports nothing of the backend. */
export const addonKit = { defineDomain, sql, userError, badInput, requireRight, scopeWhere, batcher, perContext };
export type AddonKit = typeof addonKit;

export interface AddonMigration {
  /** unique within the add-on, applied in the listed order */
  name: string;
  sql: string;
}

export interface AddonDefinition extends DomainDefinition {
  migrations?: readonly AddonMigration[];
}

export interface Addon {
  file: string;
  domain: DomainDefinition;
  migrations: readonly AddonMigration[];
}

/** The add-on files named by `list` (comma-separated), resolved from `base`. */
export function addonFiles(list: string | undefined, base: string): string[] {
  return (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => (isAbsolute(entry) ? entry : resolve(base, entry)));
}

/** Imports each add-on and checks its definition; a broken add-on stops the start with its file named. */
export async function loadAddons(files: readonly string[]): Promise<Addon[]> {
  const addons: Addon[] = [];
  for (const file of files) {
    let made: AddonDefinition;
    try {
      const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
      if (typeof module.default !== 'function') throw new Error('its default export is not a function of the kit');
      made = (module.default as (kit: AddonKit) => AddonDefinition)(addonKit);
      if (!made || typeof made !== 'object') throw new Error('it answered no domain definition');
    } catch (error) {
      throw new Error(`add-on ${file}: ${(error as Error).message}`);
    }
    const { migrations = [], ...domain } = made;
    const names = new Set<string>();
    for (const migration of migrations) {
      if (!migration.name || names.has(migration.name)) throw new Error(`add-on ${domain.name}: migration names must be given and unique`);
      names.add(migration.name);
    }
    addons.push({ file, domain: defineDomain(domain), migrations });
  }
  return addons;
}

/** Applies the add-ons' migrations not applied yet (one transaction per add-on). */
export async function migrateAddons(db: Db, addons: readonly Addon[]): Promise<void> {
  if (addons.length === 0) return;
  await db.execute(
    sql`CREATE TABLE IF NOT EXISTS kente_addon_migrations (domain varchar(60) NOT NULL, name varchar(120) NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (domain, name))`,
  );
  for (const addon of addons) {
    const applied = await db.execute<{ name: string }>(sql`SELECT name FROM kente_addon_migrations WHERE domain = ${addon.domain.name}`);
    const done = new Set(applied.rows.map((row) => row.name));
    const pending = addon.migrations.filter((m) => !done.has(m.name));
    if (pending.length === 0) continue;
    await db.transaction(async (tx) => {
      for (const migration of pending) {
        await tx.execute(sql.raw(migration.sql));
        await tx.execute(sql`INSERT INTO kente_addon_migrations (domain, name) VALUES (${addon.domain.name}, ${migration.name})`);
      }
    });
  }
}
