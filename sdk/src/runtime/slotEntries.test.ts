import { describe, expect, it } from 'vitest';
import { resolveComposition } from '../composition/resolve.js';
import { validateComposition } from '../composition/validate.js';
import type { ModuleManifest } from '../manifest/schema.js';
import { validateManifest } from '../manifest/validate.js';
import { SDK_VERSION } from '../version.js';
import { installRuntime, type KenteRuntime, type KenteUser } from './runtime.js';
import { slotEntries } from './Slot.js';

function manifest(data: Record<string, unknown>): ModuleManifest {
  const result = validateManifest({
    schemaVersion: 1,
    kind: 'module',
    version: '1.0.0',
    federation: { name: String(data.name).replace(/-/g, '_'), entry: './remoteEntry.js' },
    requires: { sdk: '^1.0.0' },
    i18n: { namespace: String(data.name).replace(/^mf-/, ''), languages: ['en'], path: './locales/{{lng}}.json' },
    ...data,
  });
  if (!result.ok || result.value.kind !== 'module') throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function install(single: boolean) {
  const owner = manifest({
    name: 'mf-insuree',
    slots: [{ name: 'insuree.picker.family', version: '1.0.0', single }],
    contributions: [{ id: 'family-picker', slot: 'insuree.picker.family', component: './FamilyPicker', order: 10, rights: [101001] }],
  });
  const rival = manifest({
    name: 'mf-rival',
    requires: { sdk: '^1.0.0', slots: { 'insuree.picker.family': '^1.0.0' } },
    contributions: [{ id: 'picker', slot: 'insuree.picker.family', component: './Picker', order: 20 }],
  });
  const composition = validateComposition({ modules: [owner, rival].map((m) => ({ name: m.name, version: m.version })) });
  if (!composition.ok) throw new Error('bad fixture');
  const resolved = resolveComposition(
    composition.value,
    [owner, rival].map((m) => ({ entry: { name: m.name, version: m.version }, kind: 'module' as const, baseUrl: '/', manifest: m })),
    SDK_VERSION,
  );
  installRuntime({ composition: resolved } as unknown as KenteRuntime);
}

const user = (rights: number[]): KenteUser => ({ username: 'u', names: 'U', rights });
const statuses = (who: KenteUser) => slotEntries('insuree.picker.family', who).map((e) => `${e.contribution.globalId}:${e.hidden ?? 'shown'}`);

describe('slotEntries and single-contribution slots', () => {
  it('shows the first visible contribution of a single slot and reports the others as hidden', () => {
    install(true);
    expect(statuses(user([101001]))).toEqual(['mf-insuree/family-picker:shown', 'mf-rival/picker:single']);
    // Without the right for the first one, the next visible one renders.
    expect(statuses(user([]))).toEqual(['mf-insuree/family-picker:rights', 'mf-rival/picker:shown']);
  });

  it('shows every visible contribution of an ordinary slot', () => {
    install(false);
    expect(statuses(user([101001]))).toEqual(['mf-insuree/family-picker:shown', 'mf-rival/picker:shown']);
  });
});
