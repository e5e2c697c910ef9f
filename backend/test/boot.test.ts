import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Preflight, SDK_VERSION } from '@kente/sdk/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOT_PATH, createBootHandler, createPageData, SIGNED_OUT_ME } from '../src/http/boot.js';
import { createSecurityHeaders, inlineScriptHashes } from '../src/http/security.js';
import { createStaticHandler, DATA_BLOCK } from '../src/http/static.js';

/** A real HTTP server answering with `handle` (404 for what it leaves). */
async function serve(handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    handle(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end('not mine');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { server, base: `http://localhost:${(server.address() as AddressInfo).port}` };
}

// /boot.json over real HTTP, against a registry folder written here.
describe('GET /boot.json', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const compositionFile = () => join(dir, 'composition.json');
  const writeComposition = (value: unknown) => writeFileSync(compositionFile(), typeof value === 'string' ? value : JSON.stringify(value));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kente-boot-'));
    const registryDir = join(dir, 'registry');
    mkdirSync(join(registryDir, 'mf-a/1.0.0'), { recursive: true });
    writeFileSync(join(registryDir, 'mf-a/1.0.0/kente-manifest.json'), JSON.stringify({ name: 'mf-a', version: '1.0.0' }));
    mkdirSync(join(registryDir, 'mf-broken/1.0.0'), { recursive: true });
    writeFileSync(join(registryDir, 'mf-broken/1.0.0/kente-manifest.json'), '{ not json');
    mkdirSync(join(registryDir, 'lang-xx/0.1.0'), { recursive: true });
    writeFileSync(
      join(registryDir, 'lang-xx/0.1.0/kente-manifest.json'),
      JSON.stringify({
        name: 'lang-xx',
        kind: 'pack',
        translations: { xx: { shell: 'xx/shell.json' }, yy: { shell: '../../mf-a/1.0.0/kente-manifest.json' } },
      }),
    );
    mkdirSync(join(registryDir, 'lang-xx/0.1.0/xx'));
    writeFileSync(join(registryDir, 'lang-xx/0.1.0/xx/shell.json'), JSON.stringify({ login: { title: 'Xx sign in' } }));
    const handle = createBootHandler({ compositionPath: compositionFile, registryDir });
    ({ server, base } = await serve(handle));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the composition as text with the manifests the registry holds, keyed by base URL', async () => {
    writeComposition({
      modules: [
        { name: 'mf-a', version: '1.0.0' },
        { name: 'mf-missing', version: '1.0.0' },
        { name: 'mf-broken', version: '1.0.0' },
        { name: 'mf-far', version: '1.0.0', url: 'https://cdn.example.org/mf-far/1.0.0/' },
        { name: '../etc', version: '1.0.0' },
      ],
      packs: [{ name: 'lang-xx', version: '0.1.0' }],
    });
    const response = await fetch(`${base}${BOOT_PATH}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = (await response.json()) as { composition: string; manifests: Record<string, unknown> };
    expect(JSON.parse(body.composition).modules).toHaveLength(5);
    // Missing, invalid, remote and unsafe entries are left for the shell to fetch and report.
    expect(body.manifests).toEqual({
      '/modules/mf-a/1.0.0/': { name: 'mf-a', version: '1.0.0' },
      '/modules/lang-xx/0.1.0/': expect.objectContaining({ name: 'lang-xx', kind: 'pack' }),
    });
  });

  it('revalidates with its ETag, and changes it when composition.json changes', async () => {
    writeComposition({ modules: [{ name: 'mf-a', version: '1.0.0' }], packs: [{ name: 'lang-xx', version: '0.1.0' }] });
    const first = await fetch(`${base}${BOOT_PATH}`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // Every answer for the same files carries the same ETag (manifests are read in parallel).
    for (let i = 0; i < 5; i++) {
      const again = await fetch(`${base}${BOOT_PATH}`, { headers: { 'if-none-match': etag as string } });
      expect(again.status).toBe(304);
    }
    writeComposition({ modules: [], packs: [] });
    const changed = await fetch(`${base}${BOOT_PATH}`, { headers: { 'if-none-match': etag as string } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('is read again when a manifest or a translation file it used changes, and only then', async () => {
    const registryDir = join(dir, 'registry');
    writeComposition({ defaultLanguage: 'xx', modules: [{ name: 'mf-a', version: '1.0.0' }], packs: [{ name: 'lang-xx', version: '0.1.0' }] });
    const get = async () => (await fetch(`${base}${BOOT_PATH}`)).json() as Promise<{ manifests: Record<string, { note?: string }>; translations: unknown }>;
    const first = await get();
    expect(await get()).toEqual(first);
    writeFileSync(join(registryDir, 'mf-a/1.0.0/kente-manifest.json'), JSON.stringify({ name: 'mf-a', version: '1.0.0', note: 'rebuilt' }));
    expect((await get()).manifests['/modules/mf-a/1.0.0/']?.note).toBe('rebuilt');
    writeFileSync(join(registryDir, 'lang-xx/0.1.0/xx/shell.json'), JSON.stringify({ login: { title: 'Xx sign in, again' } }));
    expect((await get()).translations).toEqual({ xx: { shell: { login: { title: 'Xx sign in, again' } } } });
    writeFileSync(join(registryDir, 'lang-xx/0.1.0/xx/shell.json'), JSON.stringify({ login: { title: 'Xx sign in' } }));
    writeFileSync(join(registryDir, 'mf-a/1.0.0/kente-manifest.json'), JSON.stringify({ name: 'mf-a', version: '1.0.0' }));
  });

  it("brings the shell's translations for the user's language, else the composition's default, from a pack", async () => {
    const packs = [{ name: 'lang-xx', version: '0.1.0' }];
    type Body = { translations: Record<string, unknown> };
    writeComposition({ defaultLanguage: 'en', modules: [], packs });
    expect(((await (await fetch(`${base}${BOOT_PATH}`)).json()) as Body).translations).toEqual({});
    expect(((await (await fetch(`${base}${BOOT_PATH}?lang=xx`)).json()) as Body).translations).toEqual({ xx: { shell: { login: { title: 'Xx sign in' } } } });
    writeComposition({ defaultLanguage: 'xx', modules: [], packs });
    expect(((await (await fetch(`${base}${BOOT_PATH}`)).json()) as Body).translations).toEqual({ xx: { shell: { login: { title: 'Xx sign in' } } } });
    // English is built into the shell; a language no pack brings, a bad code or a path leaving the pack: nothing.
    writeComposition({ defaultLanguage: 'en', modules: [], packs });
    for (const lang of ['en', 'zz', '../x', 'yy']) {
      expect(((await (await fetch(`${base}${BOOT_PATH}?lang=${encodeURIComponent(lang)}`)).json()) as Body).translations).toEqual({});
    }
  });

  it("lays a country pack's shell wording over the language's, and over English", async () => {
    const registryDir = join(dir, 'registry');
    mkdirSync(join(registryDir, 'country-xx/0.1.0/xx'), { recursive: true });
    mkdirSync(join(registryDir, 'country-xx/0.1.0/en'), { recursive: true });
    writeFileSync(
      join(registryDir, 'country-xx/0.1.0/kente-manifest.json'),
      JSON.stringify({
        name: 'country-xx',
        kind: 'pack',
        country: { code: 'NE', name: 'Niger' },
        overrides: { xx: { shell: 'xx/shell.json' }, en: { shell: 'en/shell.json' } },
      }),
    );
    writeFileSync(join(registryDir, 'country-xx/0.1.0/xx/shell.json'), JSON.stringify({ login: { submit: 'Xx enter' } }));
    writeFileSync(join(registryDir, 'country-xx/0.1.0/en/shell.json'), JSON.stringify({ app: { tagline: 'Niger console' } }));
    type Body = { translations: Record<string, unknown> };
    // Listed first, applied last: country packs come after language packs.
    writeComposition({
      defaultLanguage: 'xx',
      modules: [],
      packs: [
        { name: 'country-xx', version: '0.1.0' },
        { name: 'lang-xx', version: '0.1.0' },
      ],
    });
    expect(((await (await fetch(`${base}${BOOT_PATH}`)).json()) as Body).translations).toEqual({
      xx: { shell: { login: { title: 'Xx sign in', submit: 'Xx enter' } } },
    });
    expect(((await (await fetch(`${base}${BOOT_PATH}?lang=en`)).json()) as Body).translations).toEqual({
      en: { shell: { app: { tagline: 'Niger console' } } },
    });
  });

  it('passes a composition that is not JSON through untouched, with its problem, for the shell to report', async () => {
    writeComposition('{ "modules": [');
    const body = (await (await fetch(`${base}${BOOT_PATH}`)).json()) as Record<string, unknown>;
    expect(body).toEqual({
      composition: '{ "modules": [',
      manifests: {},
      translations: {},
      checked: { sdk: SDK_VERSION, composition: { ok: false, problems: [expect.objectContaining({ path: '$', expected: 'valid JSON' })] }, manifests: {} },
    });
  });

  it("checks the composition and the manifests with the server's SDK, and merges the configuration, for the shell", async () => {
    writeComposition({ modules: [{ name: 'mf-a', version: '1.0.0' }], packs: [{ name: 'lang-xx', version: '0.1.0' }], config: { shell: { currency: 'XOF' } } });
    const body = (await (await fetch(`${base}${BOOT_PATH}`)).json()) as { checked: Preflight };
    expect(body.checked.sdk).toBe(SDK_VERSION);
    expect(body.checked.composition).toMatchObject({ ok: true, value: { modules: [{ name: 'mf-a' }], config: { shell: { currency: 'XOF' } } } });
    // The fixtures are not valid manifests: each one's problems, which the shell shows as the reason it refuses them.
    expect(body.checked.manifests['/modules/mf-a/1.0.0/']).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ path: '$.kind' })]),
    });
    expect(body.checked.config).toMatchObject({ owners: ['shell'], config: { shell: { currency: 'XOF' } }, problems: [] });
  });

  it("carries a module's fallback version from the registry too, unless it is elsewhere (fallbackUrl) or its name is unsafe", async () => {
    writeComposition({
      modules: [
        { name: 'mf-missing', version: '2.0.0', fallback: '1.0.0' },
        { name: 'mf-a', version: '2.0.0', fallback: '1.0.0', fallbackUrl: 'https://cdn.example.org/mf-a/1.0.0/' },
        { name: 'mf-far', version: '2.0.0', url: 'https://cdn.example.org/mf-far/2.0.0/', fallback: '1.0.0' },
        { name: 'mf-b', version: '2.0.0', fallback: '../../mf-a/1.0.0' },
      ],
    });
    const registryDir = join(dir, 'registry');
    mkdirSync(join(registryDir, 'mf-missing/1.0.0'), { recursive: true });
    writeFileSync(join(registryDir, 'mf-missing/1.0.0/kente-manifest.json'), JSON.stringify({ name: 'mf-missing', version: '1.0.0' }));
    mkdirSync(join(registryDir, 'mf-far/1.0.0'), { recursive: true });
    writeFileSync(join(registryDir, 'mf-far/1.0.0/kente-manifest.json'), JSON.stringify({ name: 'mf-far', version: '1.0.0' }));
    const body = (await (await fetch(`${base}${BOOT_PATH}`)).json()) as { manifests: Record<string, unknown> };
    expect(body.manifests).toEqual({
      '/modules/mf-missing/1.0.0/': { name: 'mf-missing', version: '1.0.0' },
      '/modules/mf-far/1.0.0/': { name: 'mf-far', version: '1.0.0' },
    });
    // The fallback's manifest is checked as any other (these fixtures are not valid manifests), even when the named one is missing.
    writeComposition({ modules: [{ name: 'mf-missing', version: '2.0.0', fallback: '1.0.0' }] });
    const checked = ((await (await fetch(`${base}${BOOT_PATH}`)).json()) as { checked: Preflight }).checked;
    expect(Object.keys(checked.manifests)).toEqual(['/modules/mf-missing/1.0.0/']);
    expect(checked.manifests['/modules/mf-missing/1.0.0/']).toMatchObject({ ok: false });
    rmSync(join(registryDir, 'mf-missing'), { recursive: true });
    rmSync(join(registryDir, 'mf-far'), { recursive: true });
  });

  it('says so when composition.json is unreadable, and leaves other paths alone', async () => {
    rmSync(compositionFile());
    const missing = await fetch(`${base}${BOOT_PATH}`);
    expect(missing.status).toBe(500);
    expect(await missing.text()).toMatch(/composition file unreadable/);
    expect((await fetch(`${base}/composition.json`)).status).toBe(404);
    expect((await fetch(`${base}${BOOT_PATH}`, { method: 'POST' })).status).toBe(404);
  });
});

// index.html as the one-port server sends it: the shell's page with its boot data written in.
describe('index.html with its boot data', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const script = "window.__kenteEarly = { data: JSON.parse(document.getElementById('kente-data').textContent) };";
  const compositionFile = () => join(dir, 'composition.json');
  const session = { cookie: 'kente_session=abc' };

  /** The JSON of the page's data block, or null when it is empty. */
  const dataOf = (html: string) => {
    const text = /<script type="application\/json" id="kente-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
    return text ? (JSON.parse(text) as { boot: { composition: string; manifests: Record<string, unknown>; language?: string }; me?: unknown }) : null;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kente-page-'));
    const registryDir = join(dir, 'registry');
    mkdirSync(join(registryDir, 'mf-a/1.0.0'), { recursive: true });
    // Text that would end a <script> element if it were written as is.
    writeFileSync(
      join(registryDir, 'mf-a/1.0.0/kente-manifest.json'),
      JSON.stringify({ name: 'mf-a', version: '1.0.0', note: '</script><script>alert(1)</script>' }),
    );
    mkdirSync(join(dir, 'shell'));
    writeFileSync(
      join(dir, 'shell/index.html'),
      `<!doctype html><html><head><title>K</title>${DATA_BLOCK}<script>${script}</script><script type="module" src="/main.js"></script></head><body></body></html>`,
    );
    writeFileSync(compositionFile(), JSON.stringify({ defaultLanguage: 'en', modules: [{ name: 'mf-a', version: '1.0.0' }], packs: [] }));
    const handle = createStaticHandler({
      shellDir: join(dir, 'shell'),
      registryDir,
      compositionPath: compositionFile,
      pageData: createPageData({
        compositionPath: compositionFile,
        registryDir,
        backendDomains: [{ name: 'core', version: '1.2.0' }],
        hasSession: (req) => /kente_session=/.test(req.headers.cookie ?? ''),
        language: (req) => /kente_language=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? null,
      }),
    });
    ({ server, base } = await serve(handle));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('carries what /boot.json answers, and "signed out" for a visitor without a session cookie', async () => {
    const response = await fetch(`${base}/login`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toMatch(/cookie/);
    const html = await response.text();
    // The manifest's text cannot close the data block: every < is escaped.
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    const data = dataOf(html);
    expect(data?.me).toEqual(SIGNED_OUT_ME);
    expect(data?.boot).toMatchObject({
      manifests: { '/modules/mf-a/1.0.0/': { name: 'mf-a', note: '</script><script>alert(1)</script>' } },
      language: 'en',
      backendDomains: [{ name: 'core', version: '1.2.0' }],
    });
    expect(JSON.parse(data?.boot.composition ?? '')).toMatchObject({ modules: [{ name: 'mf-a' }] });
    // The root and any client-side route are the same page.
    expect(dataOf(await (await fetch(`${base}/`)).text())).toEqual(data);
  });

  it("carries the shell's words in the language the user chose (its cookie)", async () => {
    const registryDir = join(dir, 'registry');
    mkdirSync(join(registryDir, 'lang-xx/0.1.0/xx'), { recursive: true });
    writeFileSync(
      join(registryDir, 'lang-xx/0.1.0/kente-manifest.json'),
      JSON.stringify({ name: 'lang-xx', kind: 'pack', translations: { xx: { shell: 'xx/shell.json' } } }),
    );
    writeFileSync(join(registryDir, 'lang-xx/0.1.0/xx/shell.json'), JSON.stringify({ login: { title: 'Xx sign in' } }));
    writeFileSync(compositionFile(), JSON.stringify({ defaultLanguage: 'en', modules: [], packs: [{ name: 'lang-xx', version: '0.1.0' }] }));
    const chosen = dataOf(await (await fetch(`${base}/login`, { headers: { cookie: 'kente_language=xx' } })).text());
    expect(chosen?.boot).toMatchObject({ language: 'xx', translations: { xx: { shell: { login: { title: 'Xx sign in' } } } } });
    // No choice, or one that is not a language code: the composition's default.
    for (const cookie of ['', 'kente_language=..%2Fx']) {
      const data = dataOf(await (await fetch(`${base}/login`, { headers: { cookie } })).text());
      expect(data?.boot).toMatchObject({ language: 'en', translations: {} });
    }
    writeFileSync(compositionFile(), JSON.stringify({ defaultLanguage: 'en', modules: [{ name: 'mf-a', version: '1.0.0' }], packs: [] }));
  });

  it('writes nothing personal for a visitor with a session cookie: the page asks who is signed in', async () => {
    const data = dataOf(await (await fetch(`${base}/insurees/families`, { headers: session })).text());
    expect(data?.boot.manifests).toHaveProperty(['/modules/mf-a/1.0.0/']);
    expect(data).not.toHaveProperty('me');
  });

  it('revalidates with an ETag of the whole page, which changes with the composition and the session cookie', async () => {
    const first = await fetch(`${base}/login`);
    const etag = first.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    expect((await fetch(`${base}/login`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const signedIn = await fetch(`${base}/login`, { headers: { 'if-none-match': etag, ...session } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('etag')).not.toBe(etag);
    writeFileSync(compositionFile(), JSON.stringify({ defaultLanguage: 'en', modules: [], packs: [] }));
    const changed = await fetch(`${base}/login`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(dataOf(await changed.text())?.boot.manifests).toEqual({});
  });

  it('leaves the block empty when composition.json is unreadable, for the shell to fetch /boot.json and report', async () => {
    rmSync(compositionFile());
    const html = await (await fetch(`${base}/login`)).text();
    expect(html).toContain(DATA_BLOCK);
    expect(dataOf(html)).toBeNull();
  });

  it("allows the page's inline script by the hash of its text, and nothing else inline", () => {
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    expect(inlineScriptHashes(`${DATA_BLOCK}<script>${script}</script><script type="module" src="/x.js"></script>`)).toEqual([hash]);
    writeFileSync(compositionFile(), '{}');
    const headers = createSecurityHeaders({ compositionPath: compositionFile, shellIndexPath: join(dir, 'shell/index.html'), dev: false });
    expect(headers()['content-security-policy']).toContain(`script-src 'self' ${hash};`);
    // No shell built: no inline script allowed.
    const none = createSecurityHeaders({ compositionPath: compositionFile, shellIndexPath: join(dir, 'missing.html'), dev: false });
    expect(none()['content-security-policy']).toContain("script-src 'self';");
  });
});
