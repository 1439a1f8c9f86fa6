import { describe, expect, it } from 'vitest';
import {
  CURRENCY_CODES,
  NON_BUDGET_CURRENCY_CODES,
  isBudgetCurrency,
  isCurrencyCode,
} from '@itu-aicb/core';

describe('CURRENCY_CODES', () => {
  it('holds about 180 unique three-letter upper-case codes in alphabetical order', () => {
    expect(CURRENCY_CODES.length).toBeGreaterThan(170);
    expect(CURRENCY_CODES.length).toBeLessThan(190);
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
    expect([...CURRENCY_CODES].sort()).toEqual([...CURRENCY_CODES]);
  });

  it('holds the currencies plans are budgeted in, across all six regions', () => {
    // A fixed sample rather than the runtime's Intl list, whose ICU data differs between Node releases.
    for (const code of [
      'USD',
      'EUR',
      'CHF',
      'XOF',
      'XAF',
      'KES',
      'INR',
      'BRL',
      'EGP',
      'RUB',
      'CNY',
      'FJD',
      'XCD',
      'XCG',
      'XAD',
    ]) {
      expect(isCurrencyCode(code)).toBe(true);
    }
  });

  it('leaves out the withdrawn codes', () => {
    for (const code of ['HRK', 'SLL', 'ZWL', 'CUC', 'MRO', 'VEF', 'LTL']) {
      expect(isCurrencyCode(code)).toBe(false);
    }
  });
});

describe('isCurrencyCode', () => {
  it('accepts active codes and rejects anything else', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('XOF')).toBe(true);
    for (const value of ['usd', 'US$', 'US', 'USDX', '', null, undefined, 840]) {
      expect(isCurrencyCode(value)).toBe(false);
    }
  });
});

describe('isBudgetCurrency', () => {
  it('accepts the currencies plans are budgeted in, XAD and the special drawing right included', () => {
    for (const code of ['USD', 'EUR', 'XOF', 'XAF', 'XCD', 'XAD', 'XDR']) {
      expect(isBudgetCurrency(code)).toBe(true);
    }
  });

  it('rejects no currency, the testing code, metals and bond-market units', () => {
    for (const code of ['XXX', 'XTS', 'XAU', 'XAG', 'XPT', 'XPD', 'XBA', 'XBB', 'XBC', 'XBD']) {
      expect(isCurrencyCode(code)).toBe(true);
      expect(isBudgetCurrency(code)).toBe(false);
    }
    expect([...NON_BUDGET_CURRENCY_CODES].every((code) => isCurrencyCode(code))).toBe(true);
  });

  it('rejects anything that is not an active code', () => {
    for (const value of ['usd', 'HRK', '', null, undefined, 840]) {
      expect(isBudgetCurrency(value)).toBe(false);
    }
  });
});
