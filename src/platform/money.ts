import { Type, type Static } from '@sinclair/typebox';

/** ISO 4217 currency code, upper case. */
export const CurrencyCode = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code', examples: ['EUR'] });

/**
 * The one range of money amounts, in every module and column (all money columns are bigint):
 * 0 … 100,000,000,000 minor units. That holds a price of 3,000,000,000 VND or IDR with room to
 * spare, and a line of up to 999 units of it (≤ 1e14) stays well inside JavaScript's safe integers,
 * so totals are exact.
 */
export const MAX_MONEY_AMOUNT = 100_000_000_000;

/** An amount of money in integer minor units (cents), never a float: the schema atom every module uses. */
export const MoneyAmount = (description = 'Minor units, e.g. cents') =>
  Type.Integer({ minimum: 0, maximum: MAX_MONEY_AMOUNT, description });

/** An amount of money in integer minor units (cents), never a float. */
export const MoneySchema = Type.Object(
  {
    currency: CurrencyCode,
    amount: MoneyAmount(),
  },
  { additionalProperties: false },
);
export type Money = Static<typeof MoneySchema>;

export function money(currency: string, amount: number): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`money amount must be an integer, got ${amount}`);
  return { currency, amount };
}

/**
 * An int8 value read by a raw query as a number: `pg` returns int8 as a string, PGlite as a number
 * or a bigint. Throws when it is not a safe integer (never the case within MAX_MONEY_AMOUNT).
 */
export function int8ToNumber(value: string | number | bigint): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${String(value)} is not a safe integer`);
  return n;
}
