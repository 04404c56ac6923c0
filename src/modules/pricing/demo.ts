import { sql } from 'drizzle-orm';
import { queryRows, withTransaction, type Db } from '../../platform/db/index.ts';
import { createRegion } from './regions.ts';
import { createShippingOption } from './shipping.ts';
import { createPromotion } from './promotions.ts';

/**
 * The demo shop's selling rules, matching the demo catalog's EUR and USD prices: a tax-inclusive
 * EU region and a tax-exclusive US one, a few shipping options of each type and some codes to try.
 * Loaded once, when the shop has no region yet. Returns whether anything was loaded.
 */
export async function loadDemoPricing(db: Db): Promise<boolean> {
  return withTransaction(db, async (tx) => {
    // Serialises concurrent first starts on one database; released at commit.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('stockroom.demo.pricing'))`);
    const [existing] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM regions`);
    if ((existing?.n ?? 0) > 0) return false;

    const europe = await createRegion(tx, {
      name: 'Europe',
      currency: 'EUR',
      countries: ['DE', 'FR', 'NL', 'AT', 'BE', 'IT', 'ES'],
      taxRateBps: 1900,
      taxInclusive: true,
      isShippingTaxed: true,
      taxOverrides: [
        { country: 'FR', taxRateBps: 2000 },
        { country: 'NL', taxRateBps: 2100 },
        { country: 'IT', taxRateBps: 2200 },
      ],
    });
    const us = await createRegion(tx, {
      name: 'United States',
      currency: 'USD',
      countries: ['US'],
      taxRateBps: 800,
      taxInclusive: false,
      isShippingTaxed: false,
    });
    await createShippingOption(tx, {
      regionId: europe.id,
      name: 'Standard (free over €60)',
      type: 'free_over',
      amount: 495,
      freeOverAmount: 6000,
    });
    await createShippingOption(tx, { regionId: europe.id, name: 'Express', type: 'flat', amount: 1290 });
    await createShippingOption(tx, {
      regionId: us.id,
      name: 'Ground',
      type: 'weight_based',
      amount: 0,
      weightBands: [
        { maxGrams: 1000, amount: 599 },
        { maxGrams: 5000, amount: 999 },
        { maxGrams: 30000, amount: 1999 },
      ],
    });
    await createShippingOption(tx, { regionId: us.id, name: 'Two-day', type: 'flat', amount: 1999 });
    await createPromotion(tx, { code: 'WELCOME10', type: 'percentage', value: 10, perCustomerLimit: 1 });
    await createPromotion(tx, { code: 'FIVEOFF', type: 'fixed', value: 500, currency: 'EUR', minSubtotal: 3000 });
    await createPromotion(tx, { code: 'SHIPFREE', type: 'free_shipping', value: 0, usageLimit: 100 });
    return true;
  });
}
