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
});
