// Writes the JSON Schemas of composition.json and of module/pack manifests from
// the zod schemas, so editors can validate and complete them.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { compositionSchema, moduleManifestSchema, packManifestSchema, SHELL_CONFIG_SCHEMA } from '../dist/contract.js';

const write = (file, schema, title, extend = (json) => json) => {
  const json = extend({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) });
  writeFileSync(new URL(`../schema/${file}`, import.meta.url), `${JSON.stringify(json, null, 2)}\n`);
};
// The shell's own settings, so an editor flags "currency": "EURO" as the shell will.
write('composition.schema.json', compositionSchema, 'Kente composition.json', (json) => {
  json.properties.config.properties = { shell: SHELL_CONFIG_SCHEMA };
  return json;
});
write('module-manifest.schema.json', moduleManifestSchema, 'Kente module manifest (kente-manifest.json)');
write('pack-manifest.schema.json', packManifestSchema, 'Kente language or country pack manifest (kente-manifest.json)', (json) => {
  json.properties.config.properties = { shell: SHELL_CONFIG_SCHEMA };
  return json;
});
