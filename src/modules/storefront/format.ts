import type { Money } from '../../platform/money.ts';

/**
 * One formatter per currency: building an `Intl.NumberFormat` costs far more than using one (it
 * loads the locale's ICU data), and a product's structured data formats every price.
 */
const formatters = new Map<string, { format: Intl.NumberFormat; digits: number }>();
function formatter(currency: string): { format: Intl.NumberFormat; digits: number } {
  let entry = formatters.get(currency);
  if (!entry) {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });
    entry = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
    formatters.set(currency, entry);
  }
  return entry;
}

/** How many decimals a currency's minor unit has (EUR 2, JPY 0), from the runtime's ICU data. */
export function minorDigits(currency: string): number {
  return formatter(currency).digits;
}

/** A money amount as a decimal string in major units, e.g. 1999 EUR → "19.99" (JSON-LD `price`). */
export function decimalAmount(money: Money): string {
  const digits = minorDigits(money.currency);
  return (money.amount / 10 ** digits).toFixed(digits);
}

/** A money amount for people, e.g. "€19.99". */
export function formatMoney(money: Money): string {
  const { format, digits } = formatter(money.currency);
  return format.format(money.amount / 10 ** digits);
}
