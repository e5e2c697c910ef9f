import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultModuleUrl } from '@kente/sdk';
import { moduleManifest } from '@kente/sdk/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDevMode } from './devMode.js';
import { isLoopbackUrl, readDevOverrides } from './devOverrides.js';
import { loadComposition } from './loadComposition.js';

const KEY = 'kente.devOverrides';

const manifest = (version: string) => moduleManifest('mf-demo', { version });

const entry = { name: 'mf-demo', version: '1.0.0' };
const published = defaultModuleUrl(entry);

/** What index.html's early script hands over: /boot.json as this server answers it. */
function serveBoot() {
  const boot = {
    composition: JSON.stringify({ modules: [entry] }),
    manifests: { [published]: manifest('1.0.0') },
    translations: {},
    backendDomains: [],
  };
  window.__kenteEarly = { boot: Promise.resolve(new Response(JSON.stringify(boot), { headers: { 'content-type': 'application/json' } })) };
}

function setDevMode(on: boolean) {
  // Vitest runs with import.meta.env.DEV; a built console has it false, and dev mode comes from the page.
  vi.stubEnv('DEV', false);
  document.head.querySelector('meta[name="kente-dev"]')?.remove();
  if (on) document.head.insertAdjacentHTML('beforeend', '<meta name="kente-dev" content="1">');
}

/** A module dev server on this machine (as `vite` of a module serves it, CORS open). */
let devServer: Server;
let devUrl: string;
const served: string[] = [];
beforeAll(async () => {
  devServer = createServer((request, response) => {
    served.push(`${request.method} ${request.url ?? ''}`);
    response.setHeader('access-control-allow-origin', '*');
    if (request.url === '/kente-manifest.json') response.end(JSON.stringify(manifest('1.1.0-dev')));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => devServer.listen(0, '127.0.0.1', resolve));
  devUrl = `http://127.0.0.1:${(devServer.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => devServer.close(() => resolve())));

beforeEach(() => {
  localStorage.clear();
  served.length = 0;
  history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllEnvs();
  document.head.querySelector('meta[name="kente-dev"]')?.remove();
});

describe('dev mode', () => {
  it('is off in a built console unless the server marks the page', () => {
    setDevMode(false);
    expect(isDevMode()).toBe(false);
    setDevMode(true);
    expect(isDevMode()).toBe(true);
  });
});

describe('loopback URLs', () => {
  it('accepts http(s) on this machine only', () => {
    for (const url of ['http://localhost:5174/', 'https://localhost/', 'http://127.0.0.1:5174/x/', 'http://[::1]:5174/'])
      expect(isLoopbackUrl(url), url).toBe(true);
    for (const url of [
      'https://evil.example/',
      'http://localhost.evil.example/',
      'http://evil.example/?localhost',
      'http://10.0.0.5:5174/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ws://localhost:5174/',
      'localhost:5174',
      '',
    ]) {
      expect(isLoopbackUrl(url), url).toBe(false);
    }
  });
});

describe('reading overrides', () => {
  it('takes a loopback override from the address bar, keeps it, and clears the address', () => {
    history.replaceState(null, '', `/insurees?kente-dev=mf-demo@${devUrl}&tab=2#top`);
    expect(readDevOverrides()).toEqual({ 'mf-demo': devUrl });
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual({ 'mf-demo': devUrl });
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/insurees?tab=2#top');
    // Kept for the next page load.
    expect(readDevOverrides()).toEqual({ 'mf-demo': devUrl });
  });

  it('refuses another machine’s URL, from the address bar or planted in storage', () => {
    history.replaceState(null, '', '/?kente-dev=mf-demo@https://evil.example/');
    expect(readDevOverrides()).toEqual({});
    expect(window.location.search).toBe('');
    localStorage.setItem(KEY, JSON.stringify({ 'mf-demo': 'https://evil.example/', 'mf-other': devUrl, 'mf-bad': 42 }));
    expect(readDevOverrides()).toEqual({ 'mf-other': devUrl });
    localStorage.setItem(KEY, 'not json');
    expect(readDevOverrides()).toEqual({});
  });
});

describe('the composition with an override', () => {
  it('dev mode off: the override is ignored, not even read, and the published module loads', async () => {
    setDevMode(false);
    localStorage.setItem(KEY, JSON.stringify({ 'mf-demo': devUrl }));
    history.replaceState(null, '', `/?kente-dev=mf-demo@${devUrl}`);
    serveBoot();
    const result = await loadComposition();
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.devOverrides).toEqual({});
    expect(result.resolved.modules.map((m) => [m.manifest.name, m.manifest.version, m.baseUrl])).toEqual([['mf-demo', '1.0.0', published]]);
    expect(served).toEqual([]);
    // Left as it was: only dev mode reads (and clears) the parameter.
    expect(window.location.search).toBe(`?kente-dev=mf-demo@${devUrl}`);
  });

  it('dev mode on, loopback: the module comes from the developer’s server, at its version', async () => {
    setDevMode(true);
    history.replaceState(null, '', `/?kente-dev=mf-demo@${devUrl}`);
    serveBoot();
    const result = await loadComposition();
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.devOverrides).toEqual({ 'mf-demo': devUrl });
    expect(result.resolved.modules.map((m) => [m.manifest.name, m.manifest.version, m.baseUrl])).toEqual([['mf-demo', '1.1.0-dev', devUrl]]);
    // (happy-dom asks a CORS preflight first, as a browser may.)
    expect(served.filter((r) => r.startsWith('GET '))).toEqual(['GET /kente-manifest.json']);
  });

  it('dev mode on, another machine: refused, the published module loads', async () => {
    setDevMode(true);
    history.replaceState(null, '', '/?kente-dev=mf-demo@https://evil.example/');
    serveBoot();
    const result = await loadComposition();
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.devOverrides).toEqual({});
    expect(result.resolved.modules.map((m) => m.baseUrl)).toEqual([published]);
  });
});
