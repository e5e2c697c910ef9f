import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createModuleConfig } from '../src/config/module-config.js';

const dir = mkdtempSync(join(tmpdir(), 'kente-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('module configuration on the server', () => {
  it('validates like the shell: a bad value falls back to the default, as the console does', () => {
    const registry = join(dir, 'registry');
    mkdirSync(join(registry, 'mf-insuree', '1.0.0'), { recursive: true });
    writeFileSync(
      join(registry, 'mf-insuree', '1.0.0', 'kente-manifest.json'),
      JSON.stringify({
        config: {
          schema: { type: 'object', properties: { insuranceNumber: { type: 'object', properties: { length: { type: 'integer', minimum: 4 } } } } },
          defaults: { insuranceNumber: { length: 9 } },
        },
      }),
    );
    const composition = join(dir, 'composition.json');
    writeFileSync(
      composition,
      JSON.stringify({
        modules: [{ name: 'mf-insuree', version: '1.0.0' }],
        config: { shell: { currency: 'EURO' }, 'mf-insuree': { insuranceNumber: { length: 2 } } },
      }),
    );
    const moduleConfig = createModuleConfig({ compositionPath: () => composition, registryDir: registry });
    expect(moduleConfig('mf-insuree')).toEqual({ insuranceNumber: { length: 9 } });
    expect(moduleConfig('shell')).toEqual({ currency: 'USD' });
  });

  it('layers language packs < country packs < composition.json, whatever the order of the packs, and reads edits', () => {
    const registry = join(dir, 'registry-packs');
    const write = (name: string, manifest: Record<string, unknown>) => {
      mkdirSync(join(registry, name, '1.0.0'), { recursive: true });
      writeFileSync(join(registry, name, '1.0.0', 'kente-manifest.json'), JSON.stringify(manifest));
    };
    write('mf-insuree', {
      config: {
        schema: { type: 'object', properties: { insuranceNumber: { type: 'object', properties: { length: { type: 'integer', minimum: 4 } } } } },
        defaults: { insuranceNumber: { length: 9 } },
      },
    });
    write('lang-fr', { kind: 'pack', config: { 'mf-insuree': { insuranceNumber: { length: 8 } }, shell: { currency: 'EUR' } } });
    write('country-ne', {
      kind: 'pack',
      country: { code: 'NE', name: 'Niger' },
      config: { 'mf-insuree': { insuranceNumber: { length: 10 } }, shell: { currency: 'XOF' } },
    });
    const composition = join(dir, 'composition-packs.json');
    const compose = (packs: string[], config: Record<string, unknown> = {}) =>
      writeFileSync(
        composition,
        JSON.stringify({ modules: [{ name: 'mf-insuree', version: '1.0.0' }], packs: packs.map((name) => ({ name, version: '1.0.0' })), config }),
      );
    const moduleConfig = createModuleConfig({ compositionPath: () => composition, registryDir: registry });
    compose(['country-ne', 'lang-fr']);
    expect(moduleConfig('mf-insuree')).toEqual({ insuranceNumber: { length: 10 } });
    expect(moduleConfig('shell')).toEqual({ currency: 'XOF' });
    // A typo in the country pack falls back to the language pack's value.
    write('country-ne', { kind: 'pack', country: { code: 'NE', name: 'Niger' }, config: { 'mf-insuree': { insuranceNumber: { lenght: 10 } } } });
    compose(['lang-fr', 'country-ne']);
    expect(moduleConfig('mf-insuree')).toEqual({ insuranceNumber: { length: 8 } });
    compose(['lang-fr', 'country-ne'], { 'mf-insuree': { insuranceNumber: { length: 12 } } });
    expect(moduleConfig('mf-insuree')).toEqual({ insuranceNumber: { length: 12 } });
    compose([]);
    expect(moduleConfig('mf-insuree')).toEqual({ insuranceNumber: { length: 9 } });
  });
});
