import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBudgets, formatBudgetReport } from './budgets.js';
import { checkComposition } from './checkComposition.js';

let registry: string;
const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
/** Text that does not compress: its gzipped size is about its length. */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes);

/** A built module as the Vite helper writes it: manifest, federation manifest, entry, one chunk per page. */
function publishModule(budgets: Record<string, number> | undefined, pageBytes: number) {
  const dir = join(registry, 'mf-a', '1.0.0');
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'assets'), { recursive: true });
  const manifest = {
    schemaVersion: 1,
    kind: 'module',
    name: 'mf-a',
    version: '1.0.0',
    federation: { name: 'mf_a', entry: 'mf-manifest.json' },
    requires: { sdk: '^1.0.0' },
    routes: [
      { path: '/a', page: './APage' },
      { path: '/a/light', page: './LightPage' },
    ],
    i18n: { namespace: 'a', languages: ['en'], path: 'locales/{{lng}}.json' },
    ...(budgets ? { budgets: { pages: budgets } } : {}),
  };
  const files = {
    'remoteEntry.js': 'export const entry = 1;',
    'assets/APage.js': incompressible(pageBytes),
    'assets/common.js': 'export const common = 2;',
    'assets/Light.js': 'x',
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'kente-manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'locales/en.json'), '{}');
  const expose = (name: string, sync: string[]) => ({ name, path: `./${name}`, assets: { js: { sync, async: [] }, css: { sync: [], async: [] } } });
  writeFileSync(
    join(dir, 'mf-manifest.json'),
    JSON.stringify({
      metaData: { remoteEntry: { name: 'remoteEntry.js', path: '' } },
      shared: [{ name: 'react' }, { name: '@kente/sdk' }],
      exposes: [expose('APage', ['assets/APage.js', 'assets/common.js']), expose('LightPage', ['assets/Light.js'])],
    }),
  );
  return files;
}

async function budgetsOf() {
  const options = { compositionText: JSON.stringify({ modules: [{ name: 'mf-a', version: '1.0.0' }] }), registryDir: registry };
  const report = await checkComposition(options);
  expect(report.resolved?.modules.map((m) => m.manifest.name)).toEqual(['mf-a']);
  return checkBudgets(report, options);
}

beforeEach(() => {
  registry = mkdtempSync(join(tmpdir(), 'kente-budgets-'));
});
afterEach(() => rmSync(registry, { recursive: true, force: true }));

describe('payload budgets', () => {
  it("weighs each page: the entry and the page's own files, gzipped; shared libraries are the shell's", async () => {
    const files = publishModule({ '/a': 20 }, 8 * 1024);
    const report = await budgetsOf();
    const page = report.pages.find((p) => p.path === '/a');
    expect(page?.moduleBytes).toBe(gz(files['remoteEntry.js']) + gz(files['assets/APage.js']) + gz(files['assets/common.js']));
    expect(page?.shared).toEqual(['react', '@kente/sdk']);
    expect(report.pages.find((p) => p.path === '/a/light')?.moduleBytes).toBe(gz(files['remoteEntry.js']) + gz('x'));
    expect(report.ok).toBe(true);
    expect(formatBudgetReport(report)).toMatch(/mf-a@1\.0\.0 \/a: \d+\.\d KB \(budget 20 KB\)/);
  });

  it('fails a module whose page is over its budget, and says which page', async () => {
    publishModule({ '/a': 4, '/a/light': 1 }, 8 * 1024);
    const report = await budgetsOf();
    expect(report.ok).toBe(false);
    expect(report.pages.filter((p) => p.over).map((p) => p.path)).toEqual(['/a']);
    expect(formatBudgetReport(report)).toMatch(/^ {2}OVER BUDGET mf-a@1\.0\.0 \/a: [4-9]\.\d KB \(budget 4 KB\)$/m);
    expect(formatBudgetReport(report)).toContain('budgets NOT OK');
  });

  it('reports a page without a budget without failing it', async () => {
    publishModule(undefined, 8 * 1024);
    const report = await budgetsOf();
    expect(report.ok).toBe(true);
    expect(report.pages.every((p) => p.budgetKb === undefined)).toBe(true);
  });

  it('reads a registry served at a URL (a CDN, another server) as well as a folder', async () => {
    publishModule({ '/a': 4 }, 8 * 1024);
    const server = createServer((req, res) => {
      try {
        res.end(readFileSync(join(registry, decodeURIComponent((req.url ?? '').replace(/^\/cdn\//, '')))));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const options = {
        compositionText: JSON.stringify({ modules: [{ name: 'mf-a', version: '1.0.0' }] }),
        registryUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cdn`,
      };
      const checked = await checkComposition(options);
      expect(checked.missingFiles).toEqual([]);
      const report = await checkBudgets(checked, options);
      expect(report.pages.filter((p) => p.over).map((p) => `${p.module} ${p.path}`)).toEqual(['mf-a /a']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
