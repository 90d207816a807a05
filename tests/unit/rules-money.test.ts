import { describe, expect, it } from 'vitest';
import { addMoney, align, compareDecimal, compareMoney, daysUntil, isExpired, lessThanScaled, parseDecimal, percentOf, signOf } from '../../utils/rules/money';

const usd = (amount: string) => ({ amount, currency: 'USD' });
const NOW = Date.UTC(2026, 10, 29, 12); // 2026-11-29

describe('exact decimals', () => {
  it.each([
    ['1234.56', 123456n, 2],
    ['12345', 12345n, 0],
    ['-5.00', -500n, 2],
    ['0.1', 1n, 1],
    [' 7 ', 7n, 0],
  ])('parseDecimal(%s)', (s, units, scale) => {
    expect(parseDecimal(s)).toEqual({ units, scale });
  });

  it.each(['', '1,234.56', '1e5', 'abc', '12.', '.5', 'NaN'])('rejects %j', (s) => {
    expect(parseDecimal(s)).toBeNull();
  });

  it.each([
    ['0.1', '0.10', 0],
    ['0.3', '0.1', 1],
    ['179.99', '180', -1],
    ['1000000000000000000000.01', '1000000000000000000000', 1],
    ['-1', '0', -1],
  ] as const)('compareDecimal(%s, %s) = %i', (a, b, r) => {
    expect(compareDecimal(a, b)).toBe(r);
  });

  it('0.1 + 0.2 is exactly 0.3 (no floats)', () => {
    expect(addMoney(usd('0.1'), usd('0.2'))).toEqual(usd('0.3'));
    expect(compareMoney(addMoney(usd('0.1'), usd('0.2'))!, usd('0.3'))).toBe(0);
  });

  it('align scales to the larger precision', () => {
    expect(align('1.5', '2.25')).toEqual([150n, 225n]);
  });

  it('currency mismatch is incomparable', () => {
    expect(compareMoney(usd('1'), { amount: '1', currency: 'EUR' })).toBeNull();
    expect(percentOf(usd('1'), { amount: '1', currency: 'EUR' })).toBeNull();
    expect(lessThanScaled(usd('1'), 1, { amount: '1', currency: 'EUR' }, 1)).toBeNull();
  });

  it.each([
    ['144', '180', 80],
    ['143.99', '180', 79],
    ['180', '180', 100],
    ['185', '180', 102],
    ['0', '180', 0],
  ])('percentOf(%s, %s) = %i (floored)', (a, b, p) => {
    expect(percentOf(usd(a), usd(b))).toBe(p);
  });

  it('percentOf of a zero threshold is null', () => {
    expect(percentOf(usd('5'), usd('0'))).toBeNull();
  });

  it('lessThanScaled: budget < 10 × bid exactly', () => {
    expect(lessThanScaled(usd('99.99'), 1, usd('10'), 10)).toBe(true);
    expect(lessThanScaled(usd('100'), 1, usd('10'), 10)).toBe(false);
  });

  it('signOf', () => {
    expect(signOf(usd('0.00'))).toBe(0);
    expect(signOf(usd('-0.01'))).toBe(-1);
    expect(signOf('12')).toBe(1);
    expect(signOf('x')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2026-11', false],
    ['2026-10', true],
    ['2027-01', false],
    ['2025-12', true],
    [undefined, false],
    ['11/26', false],
  ])('isExpired(%s) at 2026-11-29 = %s', (e, r) => {
    expect(isExpired(e, NOW)).toBe(r);
  });

  it.each([
    ['2026-11-29', 0],
    ['2026-12-01', 2],
    ['2026-11-28', -1],
    ['2026-12-01T00:00:00Z', 2],
    ['bad', null],
  ])('daysUntil(%s) = %s', (d, n) => {
    expect(daysUntil(d, NOW)).toBe(n);
  });
});
