import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser.mjs';
import { E2E_PORT, runtimeComposition } from './support/paths.ts';

// One fresh database per run; workers inherit it through the environment.
process.env.KENTE_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'kente-e2e-'));

/**
 * Journeys in real Chromium against the built console, served by the same
 * one-port server `start` runs (backend + shell + module registry). Tests edit
 * the composition file the server re-reads on every request, so they run one
 * at a time.
 */
export default defineConfig({
  testDir: 'tests',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  globalSetup: './support/global-setup.ts',
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    viewport: { width: 1366, height: 768 },
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node --import tsx src/main.ts',
    cwd: resolve(import.meta.dirname, '../backend'),
    url: `http://localhost:${E2E_PORT}/`,
    // A fresh embedded database each run, whatever DATABASE_URL the backend suites use.
    // KENTE_DEMO: the journeys sign in as the demo users.
    env: {
      DATABASE_URL: '',
      PORT: String(E2E_PORT),
      COMPOSITION: runtimeComposition,
      KENTE_DATA_DIR: process.env.KENTE_E2E_DATA as string,
      KENTE_DEMO: '1',
      // claim-ai's backend part (an add-on domain): every journey runs with it loaded; its console
      // part shows only where a journey composes it (claim-ai.spec.ts).
      KENTE_ADDONS: resolve(import.meta.dirname, '../addons/claim-ai/backend/index.mjs'),
    },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
