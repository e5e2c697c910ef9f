/**
 * Money in the console: no page of mf-insuree or mf-admin has an amount yet, so the kit's
 * MoneyField and the runtime's money display are rendered here, in the runtime the shell
 * builds (its i18n, the composition's currency, the French pack), as a page would use them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installRuntime, useFormat } from '@kente/sdk';
import { type Composition, type LoadedManifest, type PackManifest, resolveComposition, SDK_VERSION, validateManifest } from '@kente/sdk/contract';
import { MoneyField } from '@kente/sdk/forms';
import { moduleManifest } from '@kente/sdk/testing';
import { getInstance, init } from '@module-federation/runtime';
import { act, createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from './boot/i18n.js';
import { createRuntime } from './boot/runtime.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const repo = join(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(repo, path), 'utf8')) as unknown;
const spaces = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const demo = moduleManifest('mf-demo');
const french = (() => {
  const result = validateManifest(readJson('lang-fr/kente-manifest.json'));
  if (!result.ok || result.value.kind !== 'pack') throw new Error('lang-fr/kente-manifest.json is not a pack manifest');
  return result.value as PackManifest;
})();

/** The runtime the shell installs, for a composition with this currency and the French pack. */
async function consoleWith(currency: string, language: string) {
  // The shell's Module Federation host, as its build creates it (the module loader registers remotes on it).
  if (!getInstance()) init({ name: 'kente_shell', remotes: [] });
  const composition: Composition = {
    defaultLanguage: 'en',
    modules: [{ name: 'mf-demo', version: '1.0.0' }],
    packs: [{ name: 'lang-fr', version: french.version }],
    contributions: {},
    config: { shell: { currency } },
    loadTimeoutMs: 10000,
  };
  const loaded: LoadedManifest[] = [
    { entry: composition.modules[0] as Composition['modules'][number], kind: 'module', baseUrl: '/modules/mf-demo/1.0.0/', manifest: demo },
    { entry: composition.packs[0] as Composition['packs'][number], kind: 'pack', baseUrl: '/modules/lang-fr/0.1.0/', manifest: french },
  ];
  const resolved = resolveComposition(composition, loaded, SDK_VERSION, { backendDomains: null });
  expect(resolved.configProblems).toEqual([]);
  // The shell's French words as /boot.json brings them.
  const i18n = await createI18n(resolved, language, { fr: { shell: readJson('lang-fr/fr/shell.json') as Record<string, unknown> } });
  const { runtime } = createRuntime(composition, resolved, i18n);
  installRuntime(runtime);
  return runtime;
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

/** A price field and the amount as a list would show it, the value kept as the form keeps it. */
function PricePage({ initial, values }: { initial: string; values: string[] }) {
  const [value, setValue] = useState(initial);
  const format = useFormat();
  return createElement(
    'div',
    null,
    createElement(MoneyField, {
      label: 'Price',
      value,
      onChange: (next: string) => {
        values.push(next);
        setValue(next);
      },
    }),
    createElement('output', null, /^-?\d+(\.\d+)?$/.test(value) ? format.money(value) : ''),
  );
}

function render(initial: string) {
  const values: string[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    root = createRoot(container);
    root.render(createElement(PricePage, { initial, values }));
  });
  const input = () => container.querySelector('input') as HTMLInputElement;
  return {
    values,
    input,
    shown: () => spaces(input().value),
    symbol: () => spaces(container.querySelector('.MuiInputAdornment-root')?.textContent),
    display: () => spaces(container.querySelector('output')?.textContent),
    type(text: string) {
      act(() => {
        input().focus();
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input(), text);
        input().dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    leave() {
      act(() => input().blur());
    },
  };
}

describe('money in the console', () => {
  it('French, in the composition’s currency: typed and shown "1 234,50", kept as "1234.50"', async () => {
    await consoleWith('EUR', 'fr');
    const page = render('1234.5');
    expect(page.shown()).toBe('1 234,50');
    expect(page.symbol()).toBe('€');
    expect(page.display()).toBe('1 234,50 €');
    page.type('2 500,75');
    expect(page.values.at(-1)).toBe('2500.75');
    page.leave();
    expect(page.shown()).toBe('2 500,75');
    expect(page.display()).toBe('2 500,75 €');
  });

  it('a currency without cents (XOF) in French: "F CFA", no decimals shown', async () => {
    await consoleWith('XOF', 'fr');
    const page = render('15000');
    expect(page.shown()).toBe('15 000');
    expect(page.symbol()).toBe('F CFA');
    expect(page.display()).toBe('15 000 F CFA');
  });

  it('follows a language change: the same value in English, and English input', async () => {
    const runtime = await consoleWith('TZS', 'fr');
    const page = render('1234.5');
    expect(page.shown()).toBe('1 234,50');
    await act(() => runtime.setLanguage('en'));
    expect(page.shown()).toBe('1,234.50');
    expect(page.display()).toBe('TZS 1,234.50');
    page.type('1,000.25');
    expect(page.values.at(-1)).toBe('1000.25');
    // Not an amount in English ("12,5" is not 125): kept as typed so the form's rule refuses it.
    page.type('12,5');
    expect(page.values.at(-1)).toBe('12,5');
  });
});
