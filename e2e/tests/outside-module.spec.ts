/**
 * A developer outside this repository: from an empty folder, the packed SDK (tarballs), the
 * scaffold, npm install (npm registry + those tarballs only), build, test, publish to a
 * registry of their own; an implementer composes it by URL and the console shows its page
 * and its panel. Publishing the same version again is refused.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { compose, defaultComposition, mainMenu, signIn, writeComposition } from '../support/kente.ts';
import { REGISTRY_PORT, repoRoot } from '../support/paths.ts';
import { serveRegistry } from '../support/staticRegistry.ts';

// One npm cache across runs (CI's clean clone fills it once): installs then mostly copy.
const npmCache = process.env.KENTE_NPM_CACHE ?? join(repoRoot, 'node_modules/.cache/kente-e2e-npm');

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  try {
    return execFileSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

test.afterAll(() => writeComposition(defaultComposition()));

test('a module scaffolded in an empty folder from the packed SDK is built, published to its own registry, composed and shown', async ({ page }) => {
  test.setTimeout(15 * 60_000);
  const work = mkdtempSync(join(tmpdir(), 'kente-outside-'));
  const packages = join(work, 'packages');
  const moduleDir = join(work, 'mf-hello');
  const registryDir = join(work, 'registry');
  mkdirSync(registryDir);
  const started = Date.now();
  const timings: string[] = [];
  const lap = (what: string) => timings.push(`${what} ${((Date.now() - started) / 1000).toFixed(0)} s`);
  try {
    run('node', [join(repoRoot, 'scripts/pack-sdk.mjs'), '--out', packages], repoRoot);
    lap('packed');
    run('node', [join(repoRoot, 'create-module/bin/create-module.mjs'), 'mf-hello', '--dir', moduleDir, '--packages', packages], work);
    const pkg = readFileSync(join(moduleDir, 'package.json'), 'utf8');
    expect(pkg).not.toContain(repoRoot);
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--cache', npmCache], moduleDir);
    lap('installed');
    // Nothing of this repository is reached: the SDK is the tarball's copy.
    expect(readFileSync(join(moduleDir, 'node_modules/@kente/sdk/package.json'), 'utf8')).not.toContain('workspace:');
    run('npm', ['run', 'build'], moduleDir);
    run('npm', ['test'], moduleDir);
    run('npm', ['run', 'typecheck'], moduleDir);
    lap('built and tested');
    expect(run('npm', ['run', 'publish'], moduleDir, { KENTE_REGISTRY: registryDir })).toContain('published mf-hello@0.1.0');
    lap('published');
    console.log(`empty folder to published module: ${timings.join(', ')}`);
    // Published files are immutable: the same version again is refused.
    expect(() => run('npm', ['run', 'publish'], moduleDir, { KENTE_REGISTRY: registryDir })).toThrow(/refused: mf-hello@0\.1\.0 is already published/);

    const registry = await serveRegistry(registryDir, REGISTRY_PORT);
    try {
      compose((c) => {
        c.modules.push({ name: 'mf-hello', version: '0.1.0', url: `${registry.url}mf-hello/0.1.0/` });
      });
      await signIn(page, 'Admin', 'admin123');
      await mainMenu(page).getByRole('link', { name: 'Hello' }).click();
      await expect(page.getByRole('heading', { name: 'Hello', level: 1 })).toBeVisible();
      await expect(page.getByText(/This page comes from a module built outside the Kente repository/)).toBeVisible();
      await expect(page.getByTestId('module-version')).toHaveText('mf-hello 0.1.0');

      await page.goto('/insurees/insurees');
      await page.getByRole('table', { name: 'Insurees found' }).getByRole('row').nth(1).click();
      const panel = page.getByRole('region', { name: 'Hello panel' });
      await expect(panel).toBeVisible();
      await expect(panel).toContainText(/Insurance number \d+, seen by mf-hello\./);
    } finally {
      await registry.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('pnpm release publishes a version once and refuses to release it again: published files are immutable', () => {
  test.setTimeout(5 * 60_000);
  const registryDir = mkdtempSync(join(tmpdir(), 'kente-release-'));
  try {
    const release = () => run('node', [join(repoRoot, 'scripts/release.mjs'), '--registry', registryDir, 'mf-reports'], repoRoot);
    expect(release()).toContain('release: published mf-reports@0.1.0');
    const manifest = join(registryDir, 'mf-reports/0.1.0/kente-manifest.json');
    const published = readFileSync(manifest, 'utf8');
    expect(release).toThrow(/refused: mf-reports@0\.1\.0 is already published; published versions are immutable/);
    expect(readFileSync(manifest, 'utf8')).toBe(published);
  } finally {
    rmSync(registryDir, { recursive: true, force: true });
  }
});
