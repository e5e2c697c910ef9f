// The built module as the shell reads it (run `npm run build` first) and its texts.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateManifest } from '@kente/sdk/contract';

const dist = new URL('../dist/', import.meta.url);
const json = (url) => JSON.parse(readFileSync(url, 'utf8'));

test('the built manifest is valid, names files that exist and contributes to the claim slots with its own right', () => {
  const result = validateManifest(json(new URL('kente-manifest.json', dist)));
  assert.ok(result.ok, JSON.stringify(result.problems));
  const manifest = result.value;
  assert.equal(manifest.name, 'claim-ai');
  assert.ok(existsSync(new URL(manifest.federation.entry, dist)));
  assert.deepEqual(manifest.contributions.map((c) => c.slot).sort(), [
    'claim.claim.panels',
    'claim.line.flags',
    'claim.review.panels',
    'claim.review.selection',
  ]);
  for (const contribution of manifest.contributions) assert.ok(contribution.rights.includes(111301), `${contribution.id} needs 111301`);
  assert.deepEqual(manifest.config.defaults, { high: 60, medium: 30 });
});

test('English and French have the same texts', () => {
  const keys = (node, prefix = '') =>
    Object.entries(node).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
  const en = keys(json(new URL('../locales/en.json', import.meta.url))).sort();
  const fr = keys(json(new URL('../locales/fr.json', import.meta.url))).sort();
  assert.deepEqual(fr, en);
});
