import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkComposition, formatCheckReport } from './checkComposition.js';

let registry: string;

beforeEach(() => {
  registry = mkdtempSync(join(tmpdir(), 'kente-check-backend-'));
  const dir = join(registry, 'mf-a', '1.0.0');
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const manifest = {
    schemaVersion: 1,
    kind: 'module',
    name: 'mf-a',
    version: '1.0.0',
    federation: { name: 'mf_a', entry: 'mf-manifest.json' },
    requires: { sdk: '^1.0.0', backend: { claim: '^2.0.0' } },
    i18n: { namespace: 'a', languages: ['en'], path: 'locales/{{lng}}.json' },
  };
  writeFileSync(join(dir, 'kente-manifest.json'), JSON.stringify(manifest));
  for (const file of ['mf-manifest.json', 'locales/en.json']) writeFileSync(join(dir, file), '{}');
});
afterEach(() => rmSync(registry, { recursive: true, force: true }));

const check = (backendDomains?: Array<{ name: string; version: string }>) =>
  checkComposition({
    compositionText: JSON.stringify({ modules: [{ name: 'mf-a', version: '1.0.0' }] }),
    registryDir: registry,
    ...(backendDomains ? { backendDomains } : {}),
  });

describe('kente-check with the backend (--backend)', () => {
  it("refuses a module whose backend range the backend's domains do not satisfy", async () => {
    const report = await check([{ name: 'claim', version: '1.4.0' }]);
    expect(report.ok).toBe(false);
    expect(report.resolved?.refused.map((r) => r.name)).toEqual(['mf-a']);
    expect(formatCheckReport(report)).toMatch(/REFUSED mf-a@1\.0\.0: .*claim/);
  });

  it('accepts it when the backend serves a version in range', async () => {
    const report = await check([{ name: 'claim', version: '2.1.0' }]);
    expect(report.ok).toBe(true);
  });

  it('without the backend, leaves backend needs to the shell and says so', async () => {
    const report = await check();
    expect(report.ok).toBe(true);
    expect(formatCheckReport(report)).toContain('backend needs (requires.backend): not checked here');
  });
});
