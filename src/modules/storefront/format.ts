import type { Money } from '../../platform/money.ts';

/** How many decimals a currency's minor unit has (EUR 2, JPY 0), from the runtime's ICU data. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** A money amount as a decimal string in major units, e.g. 1999 EUR → "19.99" (JSON-LD `price`). */
export function decimalAmount(money: Money): string {
  const digits = minorDigits(money.currency);
  return (money.amount / 10 ** digits).toFixed(digits);
}

/** A money amount for people, e.g. "€19.99". */
export function formatMoney(money: Money): string {
  const digits = minorDigits(money.currency);
  return new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).format(money.amount / 10 ** digits);
}
