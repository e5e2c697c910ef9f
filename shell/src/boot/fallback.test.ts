import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AcceptedModule, ModuleFallback } from '@kente/sdk';
import { moduleManifest } from '@kente/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadComposition } from './loadComposition.js';
import { createFallbackLoader, remoteOf } from './moduleLoader.js';

const manifest = (version: string) =>
  moduleManifest('mf-demo', {
    version,
    routes: [{ path: '/demo', page: './DemoPage' }],
    requires: { sdk: '^1.0.0', slots: { 'shell.header.actions': '^1.0.0' } },
    contributions: [{ id: 'panel', slot: 'shell.header.actions', component: './DemoPanel' }],
  });

const withFallback: AcceptedModule = {
  manifest: manifest('2.0.0'),
  baseUrl: '/modules/mf-demo/2.0.0/',
  fallback: { manifest: manifest('1.0.0'), baseUrl: '/modules/mf-demo/1.0.0/' },
};
const other: AcceptedModule = { manifest: { ...manifest('1.0.0'), name: 'mf-other' }, baseUrl: '/modules/mf-other/1.0.0/' };

/** A loader over fake code: `broken` lists `<module>@<version>` whose code fails. */
function harness(broken: string[]) {
  const running = new Map([
    ['mf-demo', '2.0.0'],
    ['mf-other', '1.0.0'],
  ]);
  const switches: string[] = [];
  const fallbacks: ModuleFallback[] = [];
  const loads: string[] = [];
  const loader = createFallbackLoader({
    modules: [withFallback, other],
    load: async (module, exposed) => {
      const at = `${module}@${running.get(module)}`;
      loads.push(`${at} ${exposed}`);
      await Promise.resolve();
      if (broken.includes(at)) throw new Error(`${at} answered 404`);
      return { default: `${at} ${exposed}` };
    },
    switchTo: (m, fallback) => {
      switches.push(`${m.manifest.name} -> ${fallback.manifest.version} at ${remoteOf(fallback).entry}`);
      running.set(m.manifest.name, fallback.manifest.version);
    },
    onFallback: (f) => fallbacks.push(f),
  });
  return { loader, switches, fallbacks, loads };
}

describe('code that fails to load, with a fallback', () => {
  it('switches the module to its fallback once, for every later load (pages and slots alike), and says why', async () => {
    const { loader, switches, fallbacks, loads } = harness(['mf-demo@2.0.0']);
    expect(loader.runningVersion('mf-demo')).toBe('2.0.0');
    // A page and a contribution fail together: one switch.
    const [page, panel] = await Promise.all([loader.load('mf-demo', './DemoPage'), loader.load('mf-demo', './DemoPanel')]);
    expect(page).toEqual({ default: 'mf-demo@1.0.0 ./DemoPage' });
    expect(panel).toEqual({ default: 'mf-demo@1.0.0 ./DemoPanel' });
    expect(switches).toEqual(['mf-demo -> 1.0.0 at http://localhost:4000/modules/mf-demo/1.0.0/remoteEntry.js']);
    expect(fallbacks).toEqual([{ name: 'mf-demo', asked: '2.0.0', running: '1.0.0', when: 'code', reasons: ['mf-demo@2.0.0 answered 404'] }]);
    expect(loader.runningVersion('mf-demo')).toBe('1.0.0');
    loads.length = 0;
    await loader.load('mf-demo', './DemoPage');
    expect(loads).toEqual(['mf-demo@1.0.0 ./DemoPage']);
    // The rest of the console is untouched.
    expect(await loader.load('mf-other', './DemoPage')).toEqual({ default: 'mf-other@1.0.0 ./DemoPage' });
    expect(loader.runningVersion('mf-other')).toBe('1.0.0');
  });

  it('does nothing while the named code loads', async () => {
    const { loader, switches, fallbacks } = harness([]);
    await loader.load('mf-demo', './DemoPage');
    expect(switches).toEqual([]);
    expect(fallbacks).toEqual([]);
  });

  it('when the fallback fails too, the failure names both (shown in place as before)', async () => {
    const { loader } = harness(['mf-demo@2.0.0', 'mf-demo@1.0.0']);
    await expect(loader.load('mf-demo', './DemoPage')).rejects.toThrow('mf-demo@2.0.0 answered 404; its fallback 1.0.0 failed too: mf-demo@1.0.0 answered 404');
  });

  it('a module without a usable fallback fails as before', async () => {
    const { loader, switches } = harness(['mf-other@1.0.0']);
    await expect(loader.load('mf-other', './DemoPage')).rejects.toThrow('mf-other@1.0.0 answered 404');
    expect(switches).toEqual([]);
  });
});

describe('the composition at boot', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    // Another registry (a fallbackUrl): it holds the fallback only.
    server = createServer((request, response) => {
      response.setHeader('access-control-allow-origin', '*');
      response.setHeader('access-control-allow-headers', '*');
      if (request.method === 'OPTIONS') response.writeHead(204).end();
      else if (request.url === '/demo/1.0.0/kente-manifest.json') response.end(JSON.stringify(manifest('1.0.0')));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function serveBoot(entry: Record<string, unknown>, manifests: Record<string, unknown>) {
    const boot = { composition: JSON.stringify({ modules: [entry] }), manifests, translations: {}, backendDomains: [] };
    window.__kenteEarly = { boot: Promise.resolve(new Response(JSON.stringify(boot), { headers: { 'content-type': 'application/json' } })) };
  }

  it('runs the fallback the server sent when the named manifest is missing', async () => {
    serveBoot({ name: 'mf-demo', version: '2.0.0', url: `${base}/demo/2.0.0/`, fallback: '1.0.0' }, { '/modules/mf-demo/1.0.0/': manifest('1.0.0') });
    const result = await loadComposition();
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.resolved.modules.map((m) => [m.manifest.version, m.baseUrl])).toEqual([['1.0.0', '/modules/mf-demo/1.0.0/']]);
    expect(result.resolved.fallbacks).toEqual([
      { name: 'mf-demo', asked: '2.0.0', running: '1.0.0', when: 'boot', reasons: [`${base}/demo/2.0.0/kente-manifest.json answered 404 Not Found`] },
    ]);
  });

  it('fetches a fallback at its fallbackUrl, ready to replace the code of the named version', async () => {
    serveBoot({ name: 'mf-demo', version: '2.0.0', fallback: '1.0.0', fallbackUrl: `${base}/demo/1.0.0/` }, { '/modules/mf-demo/2.0.0/': manifest('2.0.0') });
    const result = await loadComposition();
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.resolved.fallbacks).toEqual([]);
    const [accepted] = result.resolved.modules;
    expect([accepted?.manifest.version, accepted?.fallback?.manifest.version, accepted?.fallback?.baseUrl]).toEqual(['2.0.0', '1.0.0', `${base}/demo/1.0.0/`]);
  });
});
