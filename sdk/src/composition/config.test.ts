import { describe, expect, it } from 'vitest';
import { checkConfigDefaults, mergeConfig, SHELL_CONFIG_OWNER } from './config.js';

const insureeSchema = {
  type: 'object',
  properties: {
    insuranceNumber: {
      type: 'object',
      properties: { length: { type: 'integer', minimum: 4, maximum: 20 }, checkDigit: { enum: ['mod7', 'none'] } },
    },
  },
};
const insuree = { name: 'mf-insuree', schema: insureeSchema, defaults: { insuranceNumber: { length: 9, checkDigit: 'mod7' } } };
const composition = (config: Record<string, Record<string, unknown>>) => ({ source: 'composition.json', path: '$.config', config });

describe('mergeConfig', () => {
  it('merges defaults < packs < composition.json, key by key', () => {
    const { config, problems } = mergeConfig(
      [SHELL_CONFIG_OWNER, insuree],
      [
        { source: 'lang-fr', path: '$.config', config: { shell: { schemeName: 'Mutuelle' } } },
        composition({ shell: { currency: 'XOF' }, 'mf-insuree': { insuranceNumber: { length: 10, checkDigit: 'none' } } }),
      ],
    );
    expect(problems).toEqual([]);
    expect(config.shell).toEqual({ currency: 'XOF', schemeName: 'Mutuelle' });
    expect(config['mf-insuree']).toEqual({ insuranceNumber: { length: 10, checkDigit: 'none' } });
  });

  it.each(['EURO', 'FCFA', 'eur', 'ABC'])('reports currency %s with its path and uses the default', (currency) => {
    const { config, problems } = mergeConfig([SHELL_CONFIG_OWNER], [composition({ shell: { currency } })]);
    expect(problems).toEqual([
      {
        source: 'composition.json',
        path: '$.config.shell.currency',
        expected: 'an ISO 4217 currency code, three capital letters such as XOF, EUR or TZS',
        found: JSON.stringify(currency),
        using: '"USD"',
      },
    ]);
    expect(config.shell?.currency).toBe('USD');
    // What the console does with it must not throw any more.
    expect(() => new Intl.NumberFormat('fr', { style: 'currency', currency: config.shell?.currency as string })).not.toThrow();
  });

  it("falls back to a pack's valid value when composition.json's is bad", () => {
    const { config, problems } = mergeConfig(
      [SHELL_CONFIG_OWNER],
      [{ source: 'pack-sn', path: '$.config', config: { shell: { currency: 'XOF' } } }, composition({ shell: { currency: 'FCFA' } })],
    );
    expect(config.shell?.currency).toBe('XOF');
    expect(problems.map((p) => [p.source, p.path, p.using])).toEqual([['composition.json', '$.config.shell.currency', '"XOF"']]);
  });

  it("reports a pack's typo (a key the module does not have) and a value of the wrong type, each at its path in the pack", () => {
    const { config, problems } = mergeConfig(
      [insuree],
      [{ source: 'pack-tz', path: '$.config', config: { 'mf-insuree': { insuranceNumbr: { length: 10 } } } }, composition({})],
    );
    expect(problems).toEqual([
      {
        source: 'pack-tz',
        path: '$.config["mf-insuree"].insuranceNumbr',
        expected: 'no such setting (known: insuranceNumber)',
        found: 'an object',
        using: 'nothing',
      },
    ]);
    expect(config['mf-insuree']).toEqual(insuree.defaults);

    const typed = mergeConfig([insuree], [composition({ 'mf-insuree': { insuranceNumber: { length: 'nine', checkDigit: 'mod7' } } })]);
    expect(typed.problems).toEqual([
      {
        source: 'composition.json',
        path: '$.config["mf-insuree"].insuranceNumber.length',
        expected: 'a value of type integer',
        found: '"nine"',
        using: 'an object',
      },
    ]);
    expect(typed.config['mf-insuree']).toEqual(insuree.defaults);
  });

  it('reports an unknown shell key and keeps configuration of modules that are not composed as set', () => {
    const { config, problems } = mergeConfig([SHELL_CONFIG_OWNER], [composition({ shell: { curency: 'XOF' }, 'mf-other': { a: 1 } })]);
    expect(problems.map((p) => p.path)).toEqual(['$.config.shell.curency']);
    expect(config).toEqual({ shell: { currency: 'USD' }, 'mf-other': { a: 1 } });
  });
});

describe('checkConfigDefaults (at build)', () => {
  it("reports a module's defaults that break its own schema", () => {
    expect(checkConfigDefaults(insureeSchema, { insuranceNumber: { length: 2, checkDigit: 'mod7' } })).toEqual([
      { path: '$.config.defaults.insuranceNumber.length', expected: 'at least 4', found: '2' },
    ]);
    expect(checkConfigDefaults(insureeSchema, insuree.defaults)).toEqual([]);
    expect(checkConfigDefaults(undefined, { anything: 1 })).toEqual([]);
  });
});
