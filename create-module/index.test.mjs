import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scaffold, VERSIONS } from './index.mjs';

const sdk = JSON.parse(readFileSync(new URL('../sdk/package.json', import.meta.url), 'utf8'));
const folders = [];
const emptyFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kente-scaffold-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('create-module', () => {
  it('writes a module with its manifest, page, panel, texts, test and scripts', () => {
    const dir = join(emptyFolder(), 'mf-hello');
    const files = scaffold({ dir, name: '@acme/mf-hello' });
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'kente.manifest.ts', 'src/HomePage.tsx', 'src/InsureePanel.tsx', 'locales/en.json', 'test/module.test.mjs']),
    );
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('@acme/mf-hello');
    expect(Object.keys(pkg.scripts)).toEqual(expect.arrayContaining(['build', 'test', 'publish', 'typecheck']));
    expect(JSON.stringify(pkg)).not.toMatch(/workspace:|\.\.\//);
    const manifest = readFileSync(join(dir, 'kente.manifest.ts'), 'utf8');
    expect(manifest).toContain("namespace: 'hello'");
    expect(manifest).toContain("slot: 'insuree.insuree.panels'");
    expect(JSON.parse(readFileSync(join(dir, 'locales/en.json'), 'utf8')).menu.home).toBe('Hello');
  });

  it('starts from the library ranges the SDK is built with', () => {
    expect(VERSIONS['@kente/sdk']).toBe(`^${sdk.version}`);
    for (const peer of ['react', 'react-dom', 'vite', '@module-federation/vite', '@vitejs/plugin-react']) {
      expect(sdk.devDependencies[peer].replace(/^\^/, '')).toBe(VERSIONS[peer].replace(/^\^/, ''));
      expect(sdk.peerDependencies[peer]).toBeDefined();
    }
  });

  it('installs the SDK from a folder of tarballs when asked, everywhere in the tree', () => {
    const packages = emptyFolder();
    writeFileSync(join(packages, 'kente-sdk-1.0.0.tgz'), '');
    writeFileSync(join(packages, 'kente-contract-insuree-0.1.0.tgz'), '');
    const dir = join(emptyFolder(), 'mf-hello');
    scaffold({ dir, name: 'mf-hello', packages });
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg.dependencies['@kente/sdk']).toBe(`file:${join(packages, 'kente-sdk-1.0.0.tgz')}`);
    expect(pkg.devDependencies['@kente/contract-insuree']).toBe(`file:${join(packages, 'kente-contract-insuree-0.1.0.tgz')}`);
    expect(pkg.overrides['@kente/sdk']).toBe(pkg.dependencies['@kente/sdk']);
  });

  it('refuses a folder that is not empty and a name that is not a module name', () => {
    const dir = emptyFolder();
    mkdirSync(join(dir, 'src'));
    expect(() => scaffold({ dir, name: 'mf-hello' })).toThrow(/not empty/);
    expect(() => scaffold({ dir: join(emptyFolder(), 'x'), name: 'Hello_World' })).toThrow(/lower-case/);
  });
});
