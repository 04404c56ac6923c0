import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { firstRow, queryRows, type Db, type Tx } from '../../platform/db/index.ts';
import { BadRequest, Conflict, NotFound, type FieldError } from '../../platform/errors.ts';
import { assertVersion, staleOrMissing } from '../../platform/http/versioning.ts';
import { newId } from '../../platform/ids.ts';
import { regions, type TaxOverride } from './pricing.tables.ts';
import type { CreateRegionBody, UpdateRegionBody } from './pricing.schemas.ts';
import { byId, cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import type { Region } from './pricing.views.ts';
import { isCountryCode } from './countries.ts';

/**
 * Regions: a currency, the countries it serves and their tax rules. A country is served by at most
 * one region (the `region_countries` primary key); codes are officially assigned ISO 3166-1 alpha-2
 * codes; `taxRateBps` is 0..10000 (0–100 %, the schema's bound).
 */

/** `isNewCountries`: the countries come from this request (stored ones were checked when saved). */
function checkRegionFields(countries: readonly string[], overrides: readonly TaxOverride[], isNewCountries: boolean): void {
  const errors: FieldError[] = [];
  countries.forEach((c, i) => {
    if (isNewCountries && !isCountryCode(c)) errors.push({ path: `/countries/${i}`, message: 'is not an ISO 3166-1 alpha-2 country code' });
  });
  const seen = new Set<string>();
  overrides.forEach((o, i) => {
    if (!countries.includes(o.country)) errors.push({ path: `/taxOverrides/${i}/country`, message: 'must be one of the region countries' });
    if (seen.has(o.country)) errors.push({ path: `/taxOverrides/${i}/country`, message: 'is listed twice' });
    seen.add(o.country);
  });
  if (errors.length > 0) throw new BadRequest({ detail: 'Some fields are invalid.', errors });
}

/**
 * Makes `region_countries` say that `regionId` serves exactly `countries`. Guarantee: a country is
 * in at most one region, also when two admins save overlapping regions at the same moment — the
 * INSERT … ON CONFLICT on the primary key waits for a concurrent claimer to commit or roll back, so
 * exactly one of them gets the country and the other a 409 naming it (and its whole save rolls back).
 */
async function claimCountries(tx: Tx, regionId: string, countries: readonly string[]): Promise<void> {
  // Sorted: concurrent claims take the rows in one order, so they wait on each other, never deadlock.
  const list = sql`${sql.param([...countries].sort())}::text[]`;
  await tx.execute(sql`DELETE FROM region_countries WHERE region_id = ${regionId} AND NOT (country = ANY(${list}))`);
  await tx.execute(sql`
    INSERT INTO region_countries (country, region_id) SELECT c, ${regionId} FROM unnest(${list}) AS c ORDER BY c
    ON CONFLICT (country) DO NOTHING`);
  const taken = await queryRows<{ country: string; region_id: string; name: string }>(
    tx,
    sql`
    SELECT rc.country, rc.region_id, r.name FROM region_countries rc JOIN regions r ON r.id = rc.region_id
    WHERE rc.country = ANY(${list}) AND rc.region_id <> ${regionId} ORDER BY rc.country`,
  );
  if (taken.length === 0) return;
  const holder = new Map(taken.map((t) => [t.country, t]));
  throw new Conflict({
    detail: `${taken.map((t) => t.country).join(', ')} already ${taken.length === 1 ? 'belongs' : 'belong'} to another region; a country is in at most one region.`,
    errors: countries.flatMap((c, i) => {
      const h = holder.get(c);
      return h ? [{ path: `/countries/${i}`, message: `${c} is already in region ${h.name} (${h.region_id})` }] : [];
    }),
  });
}

/** Creates a region; tax overrides must name countries of the region; its countries must be free. */
export async function createRegion(tx: Tx, input: CreateRegionBody): Promise<Region> {
  const taxOverrides = input.taxOverrides ?? [];
  checkRegionFields(input.countries, taxOverrides, true);
  const now = new Date();
  const row = firstRow(
    await tx
      .insert(regions)
      .values({
        id: newId('reg'),
        name: input.name,
        currency: input.currency,
        countries: input.countries,
        taxRateBps: input.taxRateBps,
        taxInclusive: input.taxInclusive ?? false,
        isShippingTaxed: input.isShippingTaxed ?? true,
        taxOverrides,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning(),
    'insert',
  );
  await claimCountries(tx, row.id, row.countries);
  return row;
}

/** The region, or undefined. */
export async function findRegion(db: Db, id: string): Promise<Region | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.id, id));
  return row;
}

/** The region; 404 when there is none. */
export async function getRegion(db: Db, id: string): Promise<Region> {
  const row = await findRegion(db, id);
  if (!row) throw new NotFound({ detail: `There is no region ${id}.` });
  return row;
}

/** Regions by id (creation order), one keyset page. */
export async function listRegions(db: Db, query: { limit?: number | undefined; cursor?: string | undefined }): Promise<Paged<Region>> {
  const limit = query.limit ?? 20;
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await db
    .select()
    .from(regions)
    .where(after === undefined ? undefined : gt(regions.id, after))
    .orderBy(asc(regions.id))
    .limit(limit + 1);
  return toPage(rows, limit, byId);
}

/**
 * Changes a region. With `expectedVersion` (from If-Match) the update is conditional on it in the
 * same statement, so two admins editing at once cannot overwrite each other silently.
 */
export async function updateRegion(tx: Tx, id: string, patch: UpdateRegionBody, expectedVersion?: number): Promise<Region> {
  // The row lock makes the merged validation (overrides ⊆ countries) see the row we then write.
  const [current] = await tx.select().from(regions).where(eq(regions.id, id)).for('update');
  if (!current) throw new NotFound({ detail: `There is no region ${id}.` });
  assertVersion(expectedVersion, current.version, 'region');
  checkRegionFields(patch.countries ?? current.countries, patch.taxOverrides ?? current.taxOverrides, patch.countries !== undefined);
  const [row] = await tx
    .update(regions)
    .set({ ...patch, version: sql`${regions.version} + 1`, updatedAt: new Date() })
    .where(eq(regions.id, id))
    .returning();
  if (!row) throw new NotFound({ detail: `There is no region ${id}.` });
  if (patch.countries !== undefined) await claimCountries(tx, row.id, row.countries);
  return row;
}

/** Deletes a region and its shipping options. */
export async function deleteRegion(tx: Tx, id: string, expectedVersion?: number): Promise<void> {
  const rows = await tx
    .delete(regions)
    .where(and(eq(regions.id, id), expectedVersion === undefined ? undefined : eq(regions.version, expectedVersion)))
    .returning({ id: regions.id });
  if (rows.length > 0) return;
  return staleOrMissing(() => getRegion(tx, id), 'region');
}

/** The tax rate that applies in `country` (its override, else the region rate), in basis points. */
export function taxRateFor(region: Pick<Region, 'taxRateBps' | 'taxOverrides'>, country?: string | null): number {
  const override = country ? region.taxOverrides.find((o) => o.country === country) : undefined;
  return override?.taxRateBps ?? region.taxRateBps;
}

/**
 * The region a cart falls into: the first (oldest) region with the cart's currency that serves
 * `country`, or any region with that currency when no country is known yet.
 */
export async function findRegionForCart(
  db: Db,
  cart: { currency: string; country?: string | null | undefined },
): Promise<Region | undefined> {
  const [row] = await db
    .select()
    .from(regions)
    .where(and(eq(regions.currency, cart.currency), cart.country ? sql`${cart.country} = ANY(${regions.countries})` : undefined))
    .orderBy(asc(regions.id))
    .limit(1);
  return row;
}
