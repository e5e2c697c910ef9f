// Starts the real one-port Kente server (backend + shell + registry) on a free
// port with a fresh PGlite folder, for benchmarks. Playwright starts the same
// command through its webServer option.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export async function startServer({ composition = join(repoRoot, 'composition.json'), env = {} } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kente-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(repoRoot, 'backend'),
    // Always a fresh embedded database: DATABASE_URL (set for the backend suites) is not for this.
    env: { ...process.env, DATABASE_URL: '', PORT: '0', COMPOSITION: composition, KENTE_DATA_DIR: dataDir, INIT_CWD: repoRoot, KENTE_DEMO: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start within 120 s')), 120_000);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /on (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
