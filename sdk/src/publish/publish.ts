/**
 * Publishing a built module or pack (its `dist/`) to a module registry: a folder laid out
 * `<name>/<version>/` (what the Kente server serves at /modules/), or an HTTP(S) URL that
 * accepts PUT (an object store or WebDAV folder). Published versions are immutable: a version
 * already there is refused, never overwritten (only the workspace's dev build passes `overwrite`).
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateManifest } from '../manifest/validate.js';

export interface PublishOptions {
  /** The built folder holding kente-manifest.json. */
  distDir: string;
  /** A registry folder, or an http(s) URL that accepts PUT. */
  registry: string;
  /** Replace a version already there (the workspace's own dev build only; a release never does). */
  overwrite?: boolean;
}

export interface PublishResult {
  name: string;
  version: string;
  /** Where the files went: a folder or a URL. */
  target: string;
  files: number;
}

/** A refusal (already published, invalid manifest): the message says what to do. */
export class PublishRefused extends Error {
  override name = 'PublishRefused';
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** Name and version of a built module or pack, from its validated kente-manifest.json. */
export function builtManifest(distDir: string): { name: string; version: string; kind: 'module' | 'pack' } {
  const file = join(distDir, 'kente-manifest.json');
  if (!existsSync(file)) throw new PublishRefused(`${distDir} has no kente-manifest.json: build it first`);
  const result = validateManifest(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) {
    throw new PublishRefused(`${file} is invalid:\n${result.problems.map((p) => `  ${p.path}: expected ${p.expected}, found ${p.found}`).join('\n')}`);
  }
  return { name: result.value.name, version: result.value.version, kind: result.value.kind };
}

const alreadyThere = (name: string, version: string, where: string) =>
  new PublishRefused(`${name}@${version} is already published in ${where}: published versions are immutable; bump the version to publish a change`);

export async function publishModule(options: PublishOptions): Promise<PublishResult> {
  const { name, version } = builtManifest(options.distDir);
  const files = filesOf(options.distDir);
  if (/^https?:\/\//.test(options.registry)) {
    const base = new URL(`${name}/${version}/`, options.registry.endsWith('/') ? options.registry : `${options.registry}/`);
    const head = await fetch(new URL('kente-manifest.json', base), { method: 'HEAD', signal: AbortSignal.timeout(30_000) });
    if (head.ok && !options.overwrite) throw alreadyThere(name, version, options.registry);
    // The manifest last: a version is visible only once all its files are there.
    for (const file of [...files.filter((f) => f !== 'kente-manifest.json'), 'kente-manifest.json']) {
      const response = await fetch(new URL(file.split('\\').join('/'), base), {
        method: 'PUT',
        body: readFileSync(join(options.distDir, file)),
        headers: options.overwrite ? {} : { 'if-none-match': '*' },
        signal: AbortSignal.timeout(60_000),
      });
      if (response.status === 412) throw alreadyThere(name, version, options.registry);
      if (!response.ok) throw new Error(`publish: PUT ${new URL(file, base).href} answered ${response.status}`);
    }
    return { name, version, target: base.href, files: files.length };
  }
  const target = join(options.registry, name, version);
  if (existsSync(target)) {
    if (!options.overwrite) throw alreadyThere(name, version, options.registry);
    rmSync(target, { recursive: true, force: true });
  }
  // Copied next to its place then renamed: a reader never sees half a version.
  const staging = join(options.registry, name, `.${version}.${process.pid}.tmp`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(options.registry, name), { recursive: true });
  cpSync(options.distDir, staging, { recursive: true });
  if (!options.overwrite) for (const file of filesOf(staging)) chmodSync(join(staging, file), 0o444);
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(target)) throw alreadyThere(name, version, options.registry);
    throw error;
  }
  return { name, version, target: relative(process.cwd(), target) || target, files: files.length };
}
