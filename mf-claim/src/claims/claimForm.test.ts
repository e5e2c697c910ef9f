import { RejectionReason } from '@kente/contract-claim';
import { describe, expect, it } from 'vitest';
import fr from '../../../lang-fr/fr/claim.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import {
  type ClaimDraft,
  claimInput,
  claimTotal,
  clearDraft,
  draftKey,
  emptyDraft,
  formLineIndex,
  type LineDraft,
  lineTotal,
  loadDraft,
  newLine,
  parseQuantity,
  reasonKey,
  type StorageLike,
  saveDraft,
  selectedSum,
  submissionCounts,
} from './claimForm.js';

const facility = { id: 'hf1', code: 'HF01', name: 'Hospital' };
const line = (price: string, quantity: string, kind: 'S' | 'I' = 'S', id = `m${price}`): LineDraft => ({
  ...newLine(kind),
  medical: { id, code: `C${price}`, name: `Thing ${price}`, price },
  quantity,
});

class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

describe('line and claim totals', () => {
  it('multiplies the quantity by the facility price, decimal commas accepted', () => {
    expect(lineTotal(line('1500', '3'))).toBe(4500);
    expect(lineTotal(line('0.1', '3'))).toBe(0.3);
    expect(lineTotal(line('12.5', '1,5'))).toBe(18.75);
  });
  it('leaves a line out while it has no service or a quantity that is not one', () => {
    expect(lineTotal(newLine())).toBeNull();
    expect(lineTotal(line('100', '0'))).toBeNull();
    expect(lineTotal(line('100', 'abc'))).toBeNull();
    expect(lineTotal(line('100', '10001'))).toBeNull();
    const total = claimTotal([line('0.1', '1'), line('0.2', '1'), newLine(), line('100', '-1')]);
    expect(total).toEqual({ total: 0.3, counted: 2 });
  });
  it('parses quantities within the bounds', () => {
    expect(parseQuantity(' 2 ')).toBe(2);
    expect(parseQuantity('')).toBeNull();
    expect(parseQuantity('10000')).toBe(10000);
  });
});

describe('form to input', () => {
  const draft: ClaimDraft = {
    ...emptyDraft('2026-11-20', facility),
    insuranceNumber: ' 070000001 ',
    code: ' C100 ',
    guaranteeNo: '  ',
    visitTo: '',
    diagnosis: { id: 'd1', code: 'A00', name: 'Cholera' },
    secondary: [null, { id: 'd2', code: 'B01', name: 'Varicella' }],
    lines: [line('100', '2', 'S', 's1'), newLine(), line('50', '1,5', 'I', 'i1')],
  };
  it('trims texts, sends blanks as null, compacts secondary diagnoses and skips blank lines', () => {
    const input = claimInput(draft);
    expect(input).toMatchObject({
      code: 'C100',
      healthFacilityId: 'hf1',
      insuranceNumber: '070000001',
      guaranteeNo: null,
      visitFrom: '2026-11-20',
      visitTo: null,
      dateClaimed: '2026-11-20',
      visitType: 'O',
      diagnosisId: 'd1',
      diagnosis1Id: 'd2',
      diagnosis2Id: null,
      explanation: null,
    });
    expect(input.lines).toEqual([
      { kind: 'S', serviceId: 's1', itemId: null, quantity: '2' },
      { kind: 'I', serviceId: null, itemId: 'i1', quantity: '1.5' },
    ]);
  });
  it("maps the server's line index (among lines sent) to the form's row", () => {
    expect(formLineIndex(draft.lines, 0)).toBe(0);
    expect(formLineIndex(draft.lines, 1)).toBe(2);
    expect(formLineIndex(draft.lines, 2)).toBe(-1);
  });
});

describe('the draft kept in the browser', () => {
  const draft = { ...emptyDraft('2026-11-20', facility), code: 'C7', lines: [line('100', '2')] };
  it('is kept per user and claim, restored as typed, and cleared', () => {
    const storage = new MemoryStorage();
    const key = draftKey('claimadmin', null);
    expect(key).not.toBe(draftKey('claimadmin', '12'));
    expect(key).not.toBe(draftKey('other', null));
    saveDraft(storage, key, draft, null, new Date('2026-11-20T10:00:00Z'));
    expect(loadDraft(storage, key)).toEqual({ savedAt: '2026-11-20T10:00:00.000Z', version: null, draft });
    clearDraft(storage, key);
    expect(loadDraft(storage, key)).toBeNull();
  });
  it('ignores what this form did not write', () => {
    const storage = new MemoryStorage();
    storage.setItem('a', 'not json');
    storage.setItem('b', JSON.stringify({ savedAt: 'x', draft: { ...draft, visitType: 'Z' } }));
    storage.setItem('c', JSON.stringify({ savedAt: 'x', draft: { ...draft, lines: [{ key: 'k', kind: 'S', medical: { id: 1 }, quantity: '1' }] } }));
    expect(loadDraft(storage, 'a')).toBeNull();
    expect(loadDraft(storage, 'b')).toBeNull();
    expect(loadDraft(storage, 'c')).toBeNull();
    expect(loadDraft(storage, 'missing')).toBeNull();
  });
  it('survives a storage that refuses to write', () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => saveDraft(full, 'k', draft, 3)).not.toThrow();
  });
});

describe('rejection reasons in words', () => {
  it('has a text for every reason code in English and French', () => {
    for (const code of Object.values(RejectionReason)) {
      const reason = reasonKey(code);
      if (code === 0) {
        expect(reason).toBeNull();
        continue;
      }
      expect(reason?.key).toBe(`reason.${code}`);
      const key = String(code) as keyof typeof en.reason;
      expect(en.reason[key], `en reason ${code}`).toBeTruthy();
      expect(fr.reason[key as keyof typeof fr.reason], `fr reason ${code}`).toBeTruthy();
    }
  });
  it('reads an unknown code as its number', () => {
    expect(reasonKey(99)).toEqual({ key: 'reason.unknown', code: 99 });
    expect(reasonKey(null)).toBeNull();
  });
  it('has the same keys in English and French', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix];
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });
});

describe('bulk submission', () => {
  it('counts Checked and Rejected claims', () => {
    expect(submissionCounts([4, 1, 4, 2])).toEqual({ checked: 2, rejected: 1 });
  });
  it('sums the selected claims without float drift', () => {
    expect(
      selectedSum(
        new Map([
          ['1', '0.1'],
          ['2', '0.2'],
          ['3', '1500'],
        ]),
      ),
    ).toBe(1500.3);
    expect(selectedSum(new Map())).toBe(0);
  });
});
