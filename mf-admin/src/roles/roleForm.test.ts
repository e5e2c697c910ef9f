import { describe, expect, it } from 'vitest';
import { commonWordPrefix, groupRights, humanize, roleInput, toggleRights, validateRoleForm } from './roleForm.js';

const right = (code: number, name: string, domain: string) => ({ code, name, description: name, domain });

describe('the rights matrix', () => {
  it('groups the catalogue by domain, then by openIMIS block of a hundred codes, named after the rights', () => {
    const domains = groupRights([
      right(121701, 'userSearch', 'core'),
      right(101001, 'familySearch', 'insuree'),
      right(121702, 'userAdd', 'core'),
      right(131101, 'historySearch', 'core'),
      right(101101, 'insureeSearch', 'insuree'),
      right(101105, 'insureeEnquire', 'insuree'),
    ]);
    expect(domains.map((d) => [d.domain, d.groups.map((g) => [g.key, g.rights.map((r) => r.code)])])).toEqual([
      [
        'core',
        [
          ['user', [121701, 121702]],
          ['history', [131101]],
        ],
      ],
      [
        'insuree',
        [
          ['family', [101001]],
          ['insuree', [101101, 101105]],
        ],
      ],
    ]);
  });

  it('a module that adds rights adds rows: an unknown domain and block appear with readable names', () => {
    const [domain] = groupRights([right(141001, 'voucherSearch', 'voucher'), right(141002, 'voucherIssue', 'voucher')]);
    expect(domain?.groups.map((g) => g.key)).toEqual(['voucher']);
    expect(humanize('medicalService')).toBe('Medical service');
    expect(commonWordPrefix(['medicalServiceSearch', 'medicalServiceAdd'])).toBe('medicalService');
    expect(commonWordPrefix(['batchRun', 'batchRunView', 'batchAccountPreview'])).toBe('batch');
  });

  it('only the rights the administrator holds change; validation refuses a right they lack', () => {
    const held = new Set([101001, 101002]);
    expect(toggleRights([111001], [101001, 101002, 111002], true, held)).toEqual([101001, 101002, 111001]);
    expect(toggleRights([101001, 111001], [101001, 111001], false, held)).toEqual([111001]);
    expect(validateRoleForm({ name: 'X', altLanguage: '', isBlocked: false, rights: [111001] }, held)).toEqual([{ path: 'rights', code: 'RIGHT_NOT_HELD' }]);
    expect(validateRoleForm({ name: ' ', altLanguage: '', isBlocked: false, rights: [101001] }, held)).toEqual([{ path: 'name', code: 'REQUIRED' }]);
    expect(roleInput({ name: ' X ', altLanguage: ' ', isBlocked: false, rights: [2, 1, 2] })).toEqual({
      name: 'X',
      altLanguage: null,
      isBlocked: false,
      rights: [1, 2],
    });
  });
});
