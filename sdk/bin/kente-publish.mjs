#!/usr/bin/env node
// Publishes a built module or pack to a module registry, refusing a version already there.
// Usage: kente-publish [dist] [--registry <folder or http(s) URL>]   (default: $KENTE_REGISTRY)
import { resolve } from 'node:path';
import { PublishRefused, publishModule } from '../dist/publish/publish.js';

const args = process.argv.slice(2);
const at = args.indexOf('--registry');
const registry = at >= 0 ? args.splice(at, 2)[1] : process.env.KENTE_REGISTRY;
if (!registry) {
  console.error('kente-publish: name the module registry with --registry <folder or URL> or KENTE_REGISTRY');
  process.exit(2);
}
try {
  const target = /^https?:\/\//.test(registry) ? registry : resolve(registry);
  const result = await publishModule({ distDir: resolve(args[0] ?? 'dist'), registry: target });
  console.log(`published ${result.name}@${result.version} (${result.files} files) -> ${result.target}`);
} catch (error) {
  console.error(`kente-publish: ${error instanceof PublishRefused ? 'refused: ' : ''}${error.message}`);
  process.exit(1);
}
