import { Type, type Static } from '@sinclair/typebox';

/** ISO 4217 currency code, upper case. */
export const CurrencyCode = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code', examples: ['EUR'] });

/** An amount of money in integer minor units (cents), never a float. */
export const MoneySchema = Type.Object(
  {
    currency: CurrencyCode,
    amount: Type.Integer({ minimum: 0, maximum: 100_000_000_000, description: 'Minor units, e.g. cents' }),
  },
  { additionalProperties: false },
);
export type Money = Static<typeof MoneySchema>;

export function money(currency: string, amount: number): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`money amount must be an integer, got ${amount}`);
  return { currency, amount };
}
