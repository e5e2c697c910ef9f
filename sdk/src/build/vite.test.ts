import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceNames } from './vite.js';

describe('sourceNames (opt-in shared keys)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kente-source-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a key named in quotes in the module source, not in node_modules, dist or comments of other words', () => {
    mkdirSync(join(dir, 'src/registers'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/x/index.js'), "import '@kente/sdk/jobs';");
    writeFileSync(join(dir, 'dist/page.js'), 'import "@kente/sdk/jobs";');
    writeFileSync(join(dir, 'src/registers/Page.tsx'), "import { useJob } from '@kente/sdk/jobsExtra';\n// @kente/sdk/jobs");
    expect(sourceNames(dir, '@kente/sdk/jobs')).toBe(false);
    writeFileSync(join(dir, 'src/registers/Other.ts'), "export { useJob } from '@kente/sdk/jobs';");
    expect(sourceNames(dir, '@kente/sdk/jobs')).toBe(true);
  });
});
