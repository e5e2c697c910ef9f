import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PublishRefused, publishModule } from './publish.js';

let work: string;

function built(version: string, entry = 'export {};') {
  const dist = join(work, `dist-${version}`);
  mkdirSync(join(dist, 'locales'), { recursive: true });
  const manifest = {
    schemaVersion: 1,
    kind: 'module',
    name: 'mf-a',
    version,
    federation: { name: 'mf_a', entry: 'mf-manifest.json' },
    requires: { sdk: '^1.0.0' },
    i18n: { namespace: 'a', languages: ['en'], path: 'locales/{{lng}}.json' },
  };
  writeFileSync(join(dist, 'kente-manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dist, 'remoteEntry.js'), entry);
  writeFileSync(join(dist, 'locales/en.json'), '{}');
  return dist;
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kente-publish-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('publishModule', () => {
  it('copies a built module to <registry>/<name>/<version>/, its files read-only', async () => {
    const registry = join(work, 'registry');
    const result = await publishModule({ distDir: built('1.0.0'), registry });
    expect(result).toMatchObject({ name: 'mf-a', version: '1.0.0', files: 3 });
    const entry = join(registry, 'mf-a/1.0.0/remoteEntry.js');
    expect(readFileSync(entry, 'utf8')).toBe('export {};');
    expect(statSync(entry).mode & 0o222).toBe(0);
  });

  it('refuses a version already published and leaves its files as they were', async () => {
    const registry = join(work, 'registry');
    await publishModule({ distDir: built('1.0.0'), registry });
    const again = publishModule({ distDir: built('1.0.0', 'export const changed = true;'), registry });
    await expect(again).rejects.toThrow(PublishRefused);
    await expect(again).rejects.toThrow('mf-a@1.0.0 is already published');
    expect(readFileSync(join(registry, 'mf-a/1.0.0/remoteEntry.js'), 'utf8')).toBe('export {};');
    // Another version goes next to it.
    await publishModule({ distDir: built('1.0.1'), registry });
    expect(readFileSync(join(registry, 'mf-a/1.0.1/kente-manifest.json'), 'utf8')).toContain('"1.0.1"');
  });

  it('refuses a folder that is not a built module', async () => {
    const dist = built('1.0.0');
    writeFileSync(join(dist, 'kente-manifest.json'), JSON.stringify({ kind: 'module', name: 'mf-a' }));
    await expect(publishModule({ distDir: dist, registry: join(work, 'registry') })).rejects.toThrow(/kente-manifest\.json is invalid/);
    await expect(publishModule({ distDir: join(work, 'nothing'), registry: join(work, 'registry') })).rejects.toThrow(/build it first/);
  });

  it('publishes to a URL that accepts PUT (an object store), the manifest last, and refuses a version already there', async () => {
    const stored = new Map<string, string>();
    const order: string[] = [];
    const server = createServer((req, res) => {
      const path = req.url ?? '';
      if (req.method === 'HEAD') return void res.writeHead(stored.has(path) ? 200 : 404).end();
      if (req.method !== 'PUT') return void res.writeHead(405).end();
      if (req.headers['if-none-match'] === '*' && stored.has(path)) return void res.writeHead(412).end();
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        stored.set(path, body);
        order.push(path);
        res.writeHead(201).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/registry`;
      const result = await publishModule({ distDir: built('1.0.0'), registry });
      expect(result.target).toBe(`${registry}/mf-a/1.0.0/`);
      expect(order.at(-1)).toBe('/registry/mf-a/1.0.0/kente-manifest.json');
      expect(stored.get('/registry/mf-a/1.0.0/locales/en.json')).toBe('{}');
      await expect(publishModule({ distDir: built('1.0.0', 'export const changed = 1;'), registry })).rejects.toThrow('mf-a@1.0.0 is already published');
      expect(stored.get('/registry/mf-a/1.0.0/remoteEntry.js')).toBe('export {};');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
