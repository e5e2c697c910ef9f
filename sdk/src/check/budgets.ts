/**
 * Payload budgets per module page (manifest `budgets.pages`: gzipped KB beyond the shell).
 * A page's bytes are read from the module's federation manifest (mf-manifest.json): its
 * remote entry and the files its exposed page loads at once (JS and CSS), gzip -9 each, as
 * the bytes bench measures. The libraries it shares (React, MUI through the UI kit, i18next,
 * urql, the SDK) are the shell's: named, not counted, as no module ships a copy of them.
 */
import { gzipSync } from 'node:zlib';
import type { AcceptedModule } from '../composition/resolve.js';
import type { ModuleManifest } from '../manifest/schema.js';
import { type CheckOptions, type CheckReport, type Source, sourceFor } from './checkComposition.js';

export interface PageWeight {
  module: string;
  version: string;
  /** The route path, as in the manifest's budgets. */
  path: string;
  /** Gzipped bytes of the module's own files for this page. */
  moduleBytes: number;
  /** Shared libraries the page takes from the shell. */
  shared: string[];
  budgetKb?: number;
  over: boolean;
}

export interface BudgetReport {
  ok: boolean;
  pages: PageWeight[];
  /** Modules whose pages could not be weighed (no federation manifest, say), with why. */
  problems: string[];
}

interface FederationManifest {
  metaData?: { remoteEntry?: { name?: string; path?: string } };
  shared?: Array<{ name: string }>;
  exposes?: Array<{ name?: string; path?: string; assets?: { js?: { sync?: string[] }; css?: { sync?: string[] } } }>;
}

/** The weight of each page of one module, against its budget when it declares one. */
export async function weighModule(manifest: ModuleManifest, source: Source): Promise<PageWeight[]> {
  const federation = JSON.parse(await source.read(manifest.federation.entry)) as FederationManifest;
  const remoteEntry = federation.metaData?.remoteEntry;
  const entry = remoteEntry?.name ? [remoteEntry.path, remoteEntry.name].filter(Boolean).join('/') : null;
  const sizes = new Map<string, Promise<number>>();
  const gz = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      size = source.read(file).then((text) => gzipSync(Buffer.from(text), { level: 9 }).length);
      sizes.set(file, size);
    }
    return size;
  };
  const shared = (federation.shared ?? []).map((s) => s.name);
  return Promise.all(
    manifest.routes.map(async (route) => {
      const exposed = federation.exposes?.find((e) => e.path === route.page || `./${e.name}` === route.page);
      if (!exposed) throw new Error(`${manifest.name}: mf-manifest.json exposes no ${route.page} (route ${route.path})`);
      const files = [...new Set([...(entry ? [entry] : []), ...(exposed.assets?.js?.sync ?? []), ...(exposed.assets?.css?.sync ?? [])])];
      const moduleBytes = (await Promise.all(files.map(gz))).reduce((sum, n) => sum + n, 0);
      const budgetKb = manifest.budgets?.pages[route.path];
      return {
        module: manifest.name,
        version: manifest.version,
        path: route.path,
        moduleBytes,
        shared,
        ...(budgetKb === undefined ? {} : { budgetKb }),
        over: budgetKb !== undefined && moduleBytes > budgetKb * 1024,
      };
    }),
  );
}

/** Every accepted module's pages against their budgets (after checkComposition). */
export async function checkBudgets(report: CheckReport, options: CheckOptions): Promise<BudgetReport> {
  const modules: AcceptedModule[] = report.resolved?.modules ?? [];
  const problems: string[] = [];
  const weights = await Promise.all(
    modules.map(async ({ manifest, baseUrl }) => {
      if (!manifest.federation.entry.endsWith('.json')) return [];
      try {
        return await weighModule(manifest, sourceFor(baseUrl, options));
      } catch (error) {
        problems.push(`${manifest.name}@${manifest.version}: pages not weighed: ${(error as Error).message}`);
        return [];
      }
    }),
  );
  const pages = weights.flat();
  return { ok: problems.length === 0 && !pages.some((p) => p.over), pages, problems };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The budgets as text, for the command line: one line per page, OVER BUDGET lines first. */
export function formatBudgetReport(report: BudgetReport): string {
  const lines = ['page bytes (gzip -9, beyond the shell; shared libraries come from the shell):'];
  const sorted = [...report.pages].sort((a, b) => Number(b.over) - Number(a.over) || a.module.localeCompare(b.module) || a.path.localeCompare(b.path));
  for (const p of sorted) {
    const budget = p.budgetKb === undefined ? 'no budget' : `budget ${p.budgetKb} KB`;
    lines.push(`  ${p.over ? 'OVER BUDGET ' : ''}${p.module}@${p.version} ${p.path}: ${kb(p.moduleBytes)} (${budget})`);
  }
  for (const problem of report.problems) lines.push(`  BUDGET ${problem}`);
  lines.push(report.ok ? 'budgets OK' : 'budgets NOT OK');
  return lines.join('\n');
}
