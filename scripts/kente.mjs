#!/usr/bin/env node
// The two commands of the README, with nothing but Node installed:
//   npm start   install, build, publish the modules and serve the console with demo data
//   npm test    install, build, then every check: the add-ons (addons/*, built against the
//               packed SDK), lint, types, unit and backend
//               suites (PGlite, and PostgreSQL when DATABASE_URL is set), e2e in
//               Chromium, the bundle budget; ends with one "N passed, N failed" line.
// pnpm is fetched at the version package.json pins when it is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // pnpm@x.y.z
const ci = Boolean(process.env.CI);

function run(command, args, { env = {} } = {}) {
  console.log(`\n▶ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/**
 * pnpm at the pinned version: the one on PATH if it matches, else a private copy
 * installed with npm into .tools/ (no global install), put first on PATH so the
 * workspace's own scripts find it too.
 */
function pnpmCommand() {
  const version = pinned.split('@')[1];
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim() === version) return 'pnpm';
  const tools = join(root, '.tools');
  const bin = join(tools, 'node_modules', '.bin');
  const local = spawnSync(join(bin, 'pnpm'), ['--version'], { encoding: 'utf8' });
  if (local.status !== 0 || local.stdout.trim() !== version) {
    must(run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', tools, pinned]), `installing ${pinned}`);
  }
  process.env.PATH = `${bin}${delimiter}${process.env.PATH}`;
  return 'pnpm';
}
const pnpmBin = pnpmCommand();
const pnpm = (args, options) => run(pnpmBin, args, options);

function must(status, what) {
  if (status !== 0) {
    console.error(`\n✗ ${what} failed`);
    process.exit(status);
  }
}

function installAndBuild() {
  must(pnpm(['install', ...(ci ? ['--frozen-lockfile'] : [])]), 'install');
  must(pnpm(['run', 'build']), 'build');
}

function start() {
  installAndBuild();
  // The server migrates and seeds its embedded database (./.data) on first start; KENTE_DEMO=1
  // makes that seed the demo users and data (a production start creates one administrator).
  process.exit(pnpm(['--filter', '@kente/backend', 'run', 'serve'], { env: { KENTE_DEMO: '1' } }));
}

function chromiumAvailable() {
  return existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
}

function test() {
  installAndBuild();
  const reports = mkdtempSync(join(tmpdir(), 'kente-test-'));
  const results = [];
  const step = (name, status, counts) => results.push({ name, status, ...counts });

  // Add-ons outside the workspace, each from its own folder against the packed SDK (e2e composes claim-ai).
  step('add-ons (pack the SDK; install, build, test, types of each)', run('node', ['scripts/build-addons.mjs']));
  step('lint and format (biome)', pnpm(['exec', 'biome', 'check', '.']));
  step('types (tsc, every package)', pnpm(['run', 'typecheck']));

  const vitestReport = join(reports, 'vitest.json');
  const unit = pnpm(['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
  step('unit and backend suites (vitest)', unit, countsOfVitest(vitestReport));

  if (!chromiumAvailable()) must(pnpm(['--filter', '@kente/e2e', 'exec', 'playwright', 'install', 'chromium']), 'browser install');
  const playwrightReport = join(reports, 'playwright.json');
  const e2e = pnpm(['--filter', '@kente/e2e', 'exec', 'playwright', 'test', '--reporter=list,json'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
  });
  step('e2e journeys (playwright)', e2e, countsOfPlaywright(playwrightReport));

  step('bundle budget (bench)', pnpm(['--filter', '@kente/e2e', 'run', 'bench'], { env: { KENTE_BENCH_TIMINGS: 'report' } }));
  rmSync(reports, { recursive: true, force: true });

  console.log('\nSummary');
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    const counted = r.passed !== undefined;
    passed += counted ? r.passed : r.status === 0 ? 1 : 0;
    failed += counted ? r.failed + (r.status !== 0 && r.failed === 0 ? 1 : 0) : r.status === 0 ? 0 : 1;
    console.log(`  ${r.status === 0 ? '✓' : '✗'} ${r.name}${counted ? ` (${r.passed} passed, ${r.failed} failed)` : ''}`);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function countsOfVitest(file) {
  const report = readJson(file);
  if (!report) return { passed: 0, failed: 0 };
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

function countsOfPlaywright(file) {
  const report = readJson(file);
  if (!report?.stats) return { passed: 0, failed: 0 };
  return { passed: (report.stats.expected ?? 0) + (report.stats.flaky ?? 0), failed: report.stats.unexpected ?? 0 };
}

const command = process.argv[2];
if (command === 'start') start();
else if (command === 'test') test();
else {
  console.error('usage: node scripts/kente.mjs start|test');
  process.exit(2);
}
