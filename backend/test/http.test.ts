/**
 * The HTTP helpers on their own: client address behind trusted proxies, the
 * Content-Security-Policy computed from the composition file, and static files
 * (read errors answer 500 without crashing; a client that leaves releases its file).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, forwardedSecure, parseTrustProxy } from '../src/http/proxy.js';
import { compositionOrigins, contentSecurityPolicy, createSecurityHeaders } from '../src/http/security.js';
import { createStaticHandler, DEV_META } from '../src/http/static.js';

/** A write-only sysfs file (reading it fails even for root), when this machine has one. */
const unreadable = ['/sys/bus/pci/rescan', '/sys/class/zram-control/hot_remove', '/sys/kernel/mm/ksm/run'].find((file) => {
  try {
    readFileSync(file);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' && existsSync(file);
  }
});

const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe('client address behind proxies', () => {
  it('ignores x-forwarded-for unless the proxy is trusted', () => {
    expect(clientAddress(request('10.0.0.9', { 'x-forwarded-for': '6.6.6.6' }), parseTrustProxy(undefined))).toBe('10.0.0.9');
    expect(clientAddress(request('::ffff:10.0.0.9'), null)).toBe('10.0.0.9');
  });

  it('takes the address the trusted hop saw, not the leftmost (client-written) one', () => {
    const forged = { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }; // the client wrote 6.6.6.6; our proxy appended 203.0.113.7
    expect(clientAddress(request('10.0.0.2', forged), parseTrustProxy('1'))).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.1' }), parseTrustProxy('2'))).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.2', forged), parseTrustProxy('10.0.0.2'))).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.1' }), parseTrustProxy('10.0.0.1,10.0.0.2'))).toBe(
      '203.0.113.7',
    );
    // a peer that is not in the list is the client, whatever it forwards
    expect(clientAddress(request('198.51.100.4', forged), parseTrustProxy('10.0.0.2'))).toBe('198.51.100.4');
    // more hops configured than present: the leftmost is all there is
    expect(clientAddress(request('10.0.0.2', { 'x-forwarded-for': '203.0.113.7' }), parseTrustProxy('3'))).toBe('203.0.113.7');
  });

  it('believes x-forwarded-proto only from a trusted proxy', () => {
    expect(forwardedSecure(request('10.0.0.2', { 'x-forwarded-proto': 'https' }), parseTrustProxy('1'))).toBe(true);
    expect(forwardedSecure(request('10.0.0.2', { 'x-forwarded-proto': 'https' }), null)).toBe(false);
    expect(forwardedSecure(request('198.51.100.4', { 'x-forwarded-proto': 'https' }), parseTrustProxy('10.0.0.2'))).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('allows the origins the composition names, and only those', () => {
    const text = JSON.stringify({
      modules: [
        { name: 'mf-a', version: '1.0.0' },
        { name: 'mf-b', version: '1.0.0', url: 'https://cdn.example.org/mf-b/1.0.0/' },
      ],
      packs: [
        { name: 'lang-fr', version: '0.1.0', url: 'https://packs.example.net:8443/fr/' },
        { name: 'x', url: 'javascript:alert(1)' },
      ],
    });
    expect(compositionOrigins(text)).toEqual(['https://cdn.example.org', 'https://packs.example.net:8443']);
    expect(compositionOrigins('{ not json')).toEqual([]);
    const csp = contentSecurityPolicy(compositionOrigins(text), false);
    expect(csp).toContain("script-src 'self' https://cdn.example.org https://packs.example.net:8443;");
    expect(csp).not.toContain('localhost');
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy([], true)).toMatch(/script-src 'self' http:\/\/localhost:\*/);
  });

  it('follows edits of the composition file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kente-csp-'));
    try {
      const file = join(dir, 'composition.json');
      writeFileSync(file, JSON.stringify({ modules: [] }));
      const headers = createSecurityHeaders({ compositionPath: () => file, dev: false });
      expect(headers()['content-security-policy']).toMatch(/script-src 'self';/);
      writeFileSync(file, JSON.stringify({ modules: [{ name: 'mf-x', version: '1.0.0', url: 'https://mods.example.com/x/' }] }));
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      expect(headers()['content-security-policy']).toMatch(/script-src 'self' https:\/\/mods\.example\.com;/);
      expect(headers()['x-content-type-options']).toBe('nosniff');
      // a registry module whose manifest loads its code from another origin
      mkdirSync(join(dir, 'registry', 'mf-y', '2.0.0'), { recursive: true });
      writeFileSync(
        join(dir, 'registry', 'mf-y', '2.0.0', 'kente-manifest.json'),
        JSON.stringify({ federation: { entry: 'http://127.0.0.1:4999/mf-manifest.json' } }),
      );
      const withRegistry = createSecurityHeaders({ compositionPath: () => file, registryDir: join(dir, 'registry'), dev: false });
      writeFileSync(
        file,
        JSON.stringify({
          modules: [
            { name: 'mf-y', version: '2.0.0' },
            { name: '../etc', version: 'x' },
          ],
        }),
      );
      utimesSync(file, new Date(), new Date(Date.now() + 10_000));
      expect(withRegistry()['content-security-policy']).toMatch(/script-src 'self' http:\/\/127\.0\.0\.1:4999;/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('static files', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const logs: string[] = [];
  let devBase: string;
  let devServer: Server;

  const listen = async (dev: boolean) => {
    const handler = createStaticHandler({
      shellDir: join(dir, 'shell'),
      registryDir: join(dir, 'registry'),
      compositionPath: () => join(dir, 'composition.json'),
      dev,
      log: (message) => logs.push(message),
    });
    const s = createServer((req, res) => {
      void handler(req, res).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((done) => s.listen(0, '127.0.0.1', done));
    return { s, url: `http://127.0.0.1:${(s.address() as { port: number }).port}` };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kente-static-'));
    mkdirSync(join(dir, 'shell'));
    mkdirSync(join(dir, 'registry'));
    writeFileSync(join(dir, 'shell', 'index.html'), '<!doctype html><html><head><title>K</title></head><body></body></html>');
    writeFileSync(join(dir, 'shell', 'big.bin'), Buffer.alloc(32 * 1024 * 1024, 7));
    // a file that stat calls regular (4096 bytes) but that cannot be read: a write-only sysfs attribute
    if (unreadable) symlinkSync(unreadable, join(dir, 'shell', 'broken.js'));
    ({ s: server, url: base } = await listen(false));
    ({ s: devServer, url: devBase } = await listen(true));
  });
  afterAll(() => {
    server?.close();
    devServer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!unreadable)('answers 500 on a read error and keeps serving', async () => {
    const broken = await fetch(`${base}/broken.js`);
    expect(broken.status).toBe(500);
    expect(logs.some((line) => line.includes('broken.js'))).toBe(true);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('releases the file when the client disconnects', async () => {
    const openFiles = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).endsWith('big.bin');
        } catch {
          return false;
        }
      }).length;
    const port = Number(new URL(base).port);
    await new Promise<void>((done) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n'));
      socket.once('data', () => {
        socket.destroy(); // gone after the first bytes of 32 MB
        done();
      });
    });
    const end = Date.now() + 5000;
    while (openFiles() > 0 && Date.now() < end) await new Promise((done) => setTimeout(done, 50));
    expect(openFiles()).toBe(0);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('sends text with brotli once it is made (in the background), gzip until then', async () => {
    const text = 'export const words = "one two three";\n'.repeat(200);
    writeFileSync(join(dir, 'shell', 'words-AbCdEf12.js'), text);
    const get = () => fetch(`${base}/words-AbCdEf12.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    const first = await get();
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(await first.text()).toBe(text);
    let encoding: string | null = null;
    for (let i = 0; i < 50 && encoding !== 'br'; i++) {
      const next = await get();
      encoding = next.headers.get('content-encoding');
      expect(await next.text()).toBe(text);
      if (encoding !== 'br') await new Promise((done) => setTimeout(done, 20));
    }
    expect(encoding).toBe('br');
    // The page too, per answer.
    expect((await fetch(`${base}/`, { headers: { 'accept-encoding': 'br' } })).headers.get('content-encoding')).toBe('br');
  });

  it('marks index.html for the shell only in dev mode', async () => {
    expect(await (await fetch(`${base}/`)).text()).not.toContain(DEV_META);
    expect(await (await fetch(`${devBase}/`)).text()).toContain(DEV_META);
    expect(await (await fetch(`${devBase}/some/client/route`)).text()).toContain(DEV_META);
  });
});
