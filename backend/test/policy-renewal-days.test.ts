/** The renewal window's default comes from the composition (mf-policy.renewalDays), read as the server reads module config. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createModuleConfig } from '../src/config/module-config.js';
import { DEFAULT_RENEWAL_DAYS, renewalDays } from '../src/modules/policy/search/renewals.js';

const dir = mkdtempSync(join(tmpdir(), 'kente-renewal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configWith(policyConfig: Record<string, unknown> | undefined) {
  const registry = join(dir, 'registry');
  mkdirSync(join(registry, 'mf-policy', '0.1.0'), { recursive: true });
  writeFileSync(join(registry, 'mf-policy', '0.1.0', 'kente-manifest.json'), JSON.stringify({ config: { defaults: {} } }));
  const composition = join(dir, `composition-${Math.random()}.json`);
  writeFileSync(composition, JSON.stringify({ modules: [{ name: 'mf-policy', version: '0.1.0' }], config: policyConfig ? { 'mf-policy': policyConfig } : {} }));
  return { moduleConfig: createModuleConfig({ compositionPath: () => composition, registryDir: registry }) };
}

describe('renewal window', () => {
  it('takes the filter, else the composition, else 14 days', () => {
    expect(renewalDays(configWith({ renewalDays: 30 }), null)).toBe(30);
    expect(renewalDays(configWith({ renewalDays: 30 }), 7)).toBe(7);
    expect(renewalDays(configWith(undefined), undefined)).toBe(DEFAULT_RENEWAL_DAYS);
    expect(DEFAULT_RENEWAL_DAYS).toBe(14);
  });
  it('ignores a configured value that is not a whole number of days from 0 to 366', () => {
    expect(renewalDays(configWith({ renewalDays: 'ten' }), null)).toBe(14);
    expect(renewalDays(configWith({ renewalDays: 1000 }), null)).toBe(14);
    expect(() => renewalDays(configWith(undefined), -1)).toThrow(/days/);
  });
});
