import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { firstRow, type Db, type Tx } from '../../platform/db/index.ts';
import { BadRequest, NotFound, type FieldError } from '../../platform/errors.ts';
import { assertVersion, staleOrMissing } from '../../platform/http/versioning.ts';
import { newId } from '../../platform/ids.ts';
import { regions, shippingOptions, type WeightBand } from './pricing.tables.ts';
import type { CreateShippingOptionBody, UpdateShippingOptionBody } from './pricing.schemas.ts';
import { byId, cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import type { ShippingOption } from './pricing.views.ts';

/** Shipping options per region, and their prices for a given cart. */

export type ShippingOptionPricing = Pick<ShippingOption, 'type' | 'amount' | 'freeOverAmount' | 'weightBands'>;

/**
 * The price of an option for a cart, or undefined when the option cannot ship it (weight above the
 * last band). `flat`: its amount. `weight_based`: its amount plus the first band whose `maxGrams`
 * holds the weight. `free_over`: 0 when `subtotal ≥ freeOverAmount`, else its amount.
 */
export function quoteShippingOption(
  option: ShippingOptionPricing,
  cart: { subtotal: number; totalWeightGrams: number },
): number | undefined {
  switch (option.type) {
    case 'flat':
      return option.amount;
    case 'weight_based': {
      const band = [...option.weightBands].sort((a, b) => a.maxGrams - b.maxGrams).find((b) => cart.totalWeightGrams <= b.maxGrams);
      return band === undefined ? undefined : option.amount + band.amount;
    }
    case 'free_over':
      return option.freeOverAmount !== null && cart.subtotal >= option.freeOverAmount ? 0 : option.amount;
  }
}

function checkOption(option: {
  type: ShippingOption['type'];
  amount?: number | undefined;
  freeOverAmount?: number | null | undefined;
  weightBands?: readonly WeightBand[] | undefined;
}): void {
  const errors: FieldError[] = [];
  if (option.type !== 'weight_based' && option.amount === undefined) errors.push({ path: '/amount', message: 'is required' });
  if (option.type === 'free_over' && (option.freeOverAmount === undefined || option.freeOverAmount === null)) {
    errors.push({ path: '/freeOverAmount', message: 'is required for free_over options' });
  }
  if (option.type === 'weight_based') {
    const bands = option.weightBands ?? [];
    if (bands.length === 0) errors.push({ path: '/weightBands', message: 'needs at least one band for weight_based options' });
    bands.forEach((band, i) => {
      const previous = bands[i - 1];
      if (previous && band.maxGrams <= previous.maxGrams) {
        errors.push({ path: `/weightBands/${i}/maxGrams`, message: 'must be greater than the previous band' });
      }
    });
  }
  if (errors.length > 0) throw new BadRequest({ detail: 'Some fields are invalid.', errors });
}

/** Creates a shipping option in an existing region. */
export async function createShippingOption(tx: Tx, input: CreateShippingOptionBody): Promise<ShippingOption> {
  checkOption(input);
  // FOR SHARE: the region cannot be deleted between this check and the insert (the FK would fail).
  const [region] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, input.regionId)).for('share');
  if (!region)
    throw new BadRequest({ detail: 'Some fields are invalid.', errors: [{ path: '/regionId', message: 'does not name a region' }] });
  const now = new Date();
  const row = firstRow(
    await tx
      .insert(shippingOptions)
      .values({
        id: newId('so'),
        regionId: input.regionId,
        name: input.name,
        type: input.type,
        amount: input.amount ?? 0,
        freeOverAmount: input.type === 'free_over' ? (input.freeOverAmount ?? null) : null,
        weightBands: input.type === 'weight_based' ? (input.weightBands ?? []) : [],
        isActive: input.isActive ?? true,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning(),
    'insert',
  );
  return row;
}

export async function findShippingOption(db: Db, id: string): Promise<ShippingOption | undefined> {
  const [row] = await db.select().from(shippingOptions).where(eq(shippingOptions.id, id));
  return row;
}

/** The option; 404 when there is none. */
export async function getShippingOption(db: Db, id: string): Promise<ShippingOption> {
  const row = await findShippingOption(db, id);
  if (!row) throw new NotFound({ detail: `There is no shipping option ${id}.` });
  return row;
}

/** Shipping options (optionally of one region) by id, one keyset page. */
export async function listShippingOptions(
  db: Db,
  query: { limit?: number | undefined; cursor?: string | undefined; regionId?: string | undefined },
): Promise<Paged<ShippingOption>> {
  const limit = query.limit ?? 20;
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await db
    .select()
    .from(shippingOptions)
    .where(
      and(
        query.regionId === undefined ? undefined : eq(shippingOptions.regionId, query.regionId),
        after === undefined ? undefined : gt(shippingOptions.id, after),
      ),
    )
    .orderBy(asc(shippingOptions.id))
    .limit(limit + 1);
  return toPage(rows, limit, byId);
}

/** Changes an option; the merged result must still be a valid option of its type. */
export async function updateShippingOption(
  tx: Tx,
  id: string,
  patch: UpdateShippingOptionBody,
  expectedVersion?: number,
): Promise<ShippingOption> {
  // Locked so the merged validation sees the row we then write.
  const [current] = await tx.select().from(shippingOptions).where(eq(shippingOptions.id, id)).for('update');
  if (!current) throw new NotFound({ detail: `There is no shipping option ${id}.` });
  assertVersion(expectedVersion, current.version, 'shipping option');
  const merged = { ...current, ...patch };
  checkOption(merged);
  const [row] = await tx
    .update(shippingOptions)
    .set({
      ...patch,
      freeOverAmount: merged.type === 'free_over' ? merged.freeOverAmount : null,
      weightBands: merged.type === 'weight_based' ? merged.weightBands : [],
      version: sql`${shippingOptions.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(shippingOptions.id, id))
    .returning();
  if (!row) throw new NotFound({ detail: `There is no shipping option ${id}.` });
  return row;
}

export async function deleteShippingOption(tx: Tx, id: string, expectedVersion?: number): Promise<void> {
  const rows = await tx
    .delete(shippingOptions)
    .where(and(eq(shippingOptions.id, id), expectedVersion === undefined ? undefined : eq(shippingOptions.version, expectedVersion)))
    .returning({ id: shippingOptions.id });
  if (rows.length > 0) return;
  return staleOrMissing(() => getShippingOption(tx, id), 'shipping option');
}

export interface ShippingQuote {
  option: ShippingOption;
  /** What this option costs for the cart, in `currency` minor units (before any free-shipping promotion). */
  price: number;
  currency: string;
}

export interface ShippingCart {
  regionId: string;
  /** The shipping address country; undefined until the cart has an address (then nothing is offered). */
  country: string | undefined | null;
  /** The cart subtotal before discounts, compared with `freeOverAmount`. */
  subtotal: number;
  totalWeightGrams: number;
  currency: string;
}

/**
 * The active options of the cart's region that can ship it: the region must serve the address
 * country and use the cart currency, and a weight-based option must have a band for the weight.
 */
export async function listShippingOptionsForCart(db: Db, cart: ShippingCart): Promise<ShippingQuote[]> {
  if (!cart.country) return [];
  const rows = await db
    .select({ option: shippingOptions, currency: regions.currency })
    .from(shippingOptions)
    .innerJoin(regions, eq(regions.id, shippingOptions.regionId))
    .where(
      and(
        eq(shippingOptions.regionId, cart.regionId),
        eq(shippingOptions.isActive, true),
        eq(regions.currency, cart.currency),
        sql`${cart.country} = ANY(${regions.countries})`,
      ),
    )
    .orderBy(asc(shippingOptions.id));
  const quotes: ShippingQuote[] = [];
  for (const { option, currency } of rows) {
    const price = quoteShippingOption(option, cart);
    if (price !== undefined) quotes.push({ option, price, currency });
  }
  return quotes;
}
