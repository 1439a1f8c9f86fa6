import { describe, expect, it } from 'vitest';
import {
  PARTNER_ROLES,
  PARTNER_ROLES_SOURCE,
  PARTNER_ROLE_IATI_CODES,
  PARTNER_ROLE_LABELS,
  isPartnerRole,
} from './partner-roles.js';

describe('partner roles', () => {
  it('has no duplicates and a non-empty label for every role', () => {
    expect(new Set(PARTNER_ROLES).size).toBe(PARTNER_ROLES.length);
    for (const role of PARTNER_ROLES) expect(PARTNER_ROLE_LABELS[role].trim()).not.toBe('');
    expect(Object.keys(PARTNER_ROLE_LABELS).sort()).toEqual([...PARTNER_ROLES].sort());
  });

  it('covers each IATI organisation role code 1 to 4 exactly once', () => {
    const codes = PARTNER_ROLES.map((role) => PARTNER_ROLE_IATI_CODES[role]).filter(
      (code) => code !== null,
    );
    expect([...codes].sort()).toEqual([1, 2, 3, 4]);
    expect(Object.keys(PARTNER_ROLE_IATI_CODES).sort()).toEqual([...PARTNER_ROLES].sort());
  });

  it('accepts partner roles and rejects anything else', () => {
    expect(isPartnerRole('implementing')).toBe(true);
    for (const value of ['Funding', 'donor', '4', 4, null, undefined]) {
      expect(isPartnerRole(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(PARTNER_ROLES_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
