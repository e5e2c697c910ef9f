import { describe, expect, it } from 'vitest';
import type { Problem } from '../manifest/problems.js';
import { parseComposition, validateComposition } from './validate.js';

/** The smallest composition.json an implementer can write, with `overrides` merged on top. */
function composition(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { modules: [{ name: 'mf-insuree', version: '1.0.0' }], ...overrides };
}

function problemsOf(data: unknown): Problem[] {
  const result = validateComposition(data);
  if (result.ok) throw new Error('expected the composition to be refused');
  return result.problems;
}

function problemAt(problems: Problem[], path: string): Problem {
  const problem = problems.find((p) => p.path === path);
  if (!problem) throw new Error(`no problem at ${path}; got ${JSON.stringify(problems)}`);
  return problem;
}

describe('validateComposition: a good file', () => {
  it('passes and gets its defaults filled in', () => {
    const result = validateComposition(composition());
    expect(result).toEqual({
      ok: true,
      problems: [],
      value: {
        modules: [{ name: 'mf-insuree', version: '1.0.0' }],
        packs: [],
        contributions: {},
        config: {},
        loadTimeoutMs: 10000,
        defaultLanguage: 'en',
      },
    });
  });

  it('keeps what the implementer set instead of the defaults', () => {
    const result = validateComposition(
      composition({
        $schema: './sdk/schema/composition.schema.json',
        defaultLanguage: 'fr',
        packs: [{ name: 'lang-fr', version: '0.1.0', url: 'https://cdn.example.org/lang-fr/' }],
        contributions: { 'mf-policy/family-policies': { slot: 'insuree.family.tabs', order: 5, before: ['mf-claim/family-claims'] } },
        config: { shell: { currency: 'TZS' } },
        loadTimeoutMs: 2500,
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.defaultLanguage).toBe('fr');
    expect(result.value.packs).toEqual([{ name: 'lang-fr', version: '0.1.0', url: 'https://cdn.example.org/lang-fr/' }]);
    expect(result.value.contributions['mf-policy/family-policies']).toEqual({ slot: 'insuree.family.tabs', order: 5, before: ['mf-claim/family-claims'] });
    expect(result.value.config).toEqual({ shell: { currency: 'TZS' } });
    expect(result.value.loadTimeoutMs).toBe(2500);
  });

  it('parses the text of composition.json', () => {
    const result = parseComposition(JSON.stringify(composition()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.loadTimeoutMs).toBe(10000);
  });
});

describe('validateComposition: bad files', () => {
  it('reports text that is not JSON at the root, with the parser message as what was found', () => {
    const result = parseComposition('{ "modules": [ }');
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: '$', expected: 'valid JSON' });
    expect(result.problems[0]?.found).toMatch(/JSON|Unexpected|token/i);
  });

  it('reports missing modules', () => {
    expect(problemsOf({})).toEqual([{ path: '$.modules', expected: 'a value of type array', found: 'nothing' }]);
  });

  it('reports an empty module list', () => {
    expect(problemsOf({ modules: [] })).toEqual([{ path: '$.modules', expected: 'at least 1 item(s)', found: 'an array of 0' }]);
  });

  it('reports a version that is not a full semantic version', () => {
    const problems = problemsOf(composition({ modules: [{ name: 'mf-insuree', version: '1.0' }] }));
    expect(problems).toEqual([{ path: '$.modules[0].version', expected: 'a semantic version such as 1.2.3', found: '"1.0"' }]);
    expect(problems[0]?.expected).toContain('semantic version');
  });

  it('reports a module name that is not lower-case with dashes', () => {
    const problem = problemAt(problemsOf(composition({ modules: [{ name: 'MF_Insuree', version: '1.0.0' }] })), '$.modules[0].name');
    expect(problem.expected).toContain('lower-case name');
    expect(problem.found).toBe('"MF_Insuree"');
  });

  it('reports an unknown top-level key', () => {
    expect(problemsOf(composition({ modulez: [] }))).toEqual([
      { path: '$.modulez', expected: 'no key "modulez" (not part of the format)', found: 'an array of 0' },
    ]);
  });

  it('reports a value of the wrong type', () => {
    expect(problemsOf(composition({ loadTimeoutMs: 'fast' }))).toEqual([{ path: '$.loadTimeoutMs', expected: 'a value of type number', found: '"fast"' }]);
  });

  it('reports a timeout out of bounds', () => {
    expect(problemsOf(composition({ loadTimeoutMs: 10 }))).toEqual([{ path: '$.loadTimeoutMs', expected: 'at least 500', found: '10' }]);
  });

  it('reports a module listed twice at the second occurrence', () => {
    const problems = problemsOf(
      composition({
        modules: [
          { name: 'mf-insuree', version: '1.0.0' },
          { name: 'mf-insuree', version: '1.1.0' },
        ],
      }),
    );
    expect(problems).toEqual([{ path: '$.modules[1].name', expected: 'a name not listed before (already at $.modules[0].name)', found: '"mf-insuree"' }]);
  });

  it('reports a pack named like a module', () => {
    const problems = problemsOf(composition({ packs: [{ name: 'mf-insuree', version: '1.0.0' }] }));
    expect(problems).toEqual([{ path: '$.packs[0].name', expected: 'a name not listed before (already at $.modules[0].name)', found: '"mf-insuree"' }]);
  });

  it('reports a contribution override key that is not a global contribution id, naming the key', () => {
    const problems = problemsOf(composition({ contributions: { 'family-policies': { remove: true } } }));
    expect(problems).toEqual([
      {
        path: '$.contributions["family-policies"]',
        expected: 'a key that is a contribution id such as mf-policy/family-policies',
        found: 'the key "family-policies"',
      },
    ]);
  });

  it('reports a bad field inside a contribution override with a bracketed path', () => {
    const problems = problemsOf(composition({ contributions: { 'mf-policy/family-policies': { remove: 'yes' } } }));
    expect(problems).toEqual([{ path: '$.contributions["mf-policy/family-policies"].remove', expected: 'a value of type boolean', found: '"yes"' }]);
  });

  it('reports an unknown key inside an override', () => {
    const problems = problemsOf(composition({ contributions: { 'mf-policy/family-policies': { hide: true } } }));
    expect(problems).toEqual([
      { path: '$.contributions["mf-policy/family-policies"].hide', expected: 'no key "hide" (not part of the format)', found: 'true' },
    ]);
  });

  it('lists every problem at once, not just the first', () => {
    const problems = problemsOf({
      modules: [{ name: 'mf-insuree', version: '1.0' }],
      loadTimeoutMs: 'fast',
      extra: { a: 1 },
      packs: [{ name: 'lang-fr' }],
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['$.extra', '$.loadTimeoutMs', '$.modules[0].version', '$.packs[0].version']);
    expect(problemAt(problems, '$.extra').found).toBe('an object');
    expect(problemAt(problems, '$.packs[0].version')).toEqual({ path: '$.packs[0].version', expected: 'a value of type string', found: 'nothing' });
  });

  it('phrases every problem for a person: no zod codes or "Invalid input"', () => {
    const problems = problemsOf({
      modules: [{ name: 'Bad Name', version: 'one' }],
      contributions: { nope: {} },
      loadTimeoutMs: 1.5,
    });
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const problem of problems) {
      expect(problem.path).toMatch(/^\$/);
      expect(problem.expected).not.toMatch(/^Invalid|invalid_|too_small|custom/);
      expect(problem.found).not.toBe('');
    }
  });
});
