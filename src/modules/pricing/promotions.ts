import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/index.ts';
import { firstRow, pgErrorCode } from '../../platform/db/index.ts';
import { BadRequest, Conflict, NotFound, type FieldError } from '../../platform/errors.ts';
import { assertVersion, staleOrMissing } from '../../platform/http/versioning.ts';
import { newId } from '../../platform/ids.ts';
import { promotionRedemptions, promotions } from './pricing.tables.ts';
import type { CreatePromotionBody, UpdatePromotionBody } from './pricing.schemas.ts';
import { PromotionInvalid } from './pricing.errors.ts';
import { byId, cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import type { Promotion } from './pricing.views.ts';
import type { TotalsPromotionInput } from './totals.ts';

/**
 * Promotions: discount codes (case-insensitive, unique among live promotions) with a validity
 * window, usage limits, a minimum subtotal and optional product/category restrictions.
 *
 * Amounts are minor units of one currency, so a promotion that carries one — a `fixed` discount or
 * a `minSubtotal` — must name its `currency`, and applies only to carts in that currency (elsewhere:
 * 422 `promotion_invalid`, reason `not_applicable`). A `percentage` or `free_shipping` promotion
 * without amounts may leave `currency` null and applies in every currency (or name one to limit it).
 */

type PromotionFields = Pick<Promotion, 'type' | 'value' | 'startsAt' | 'endsAt' | 'currency' | 'minSubtotal'> &
  Partial<Pick<Promotion, 'usageLimit' | 'used'>>;

/** Whether the promotion carries an amount in minor units (and so means something in one currency only). */
function carriesAmount(p: Pick<Promotion, 'type' | 'minSubtotal'>): boolean {
  return p.type === 'fixed' || p.minSubtotal !== null;
}

function checkPromotion(p: PromotionFields, hasValue: boolean): void {
  const errors: FieldError[] = [];
  if (p.currency === null && p.type === 'fixed') {
    errors.push({ path: '/currency', message: 'is required for a fixed promotion: its value is in minor units of this currency' });
  } else if (p.currency === null && p.minSubtotal !== null) {
    errors.push({ path: '/currency', message: 'is required with minSubtotal: the minimum is in minor units of this currency' });
  }
  if (p.type === 'percentage' && (!hasValue || p.value < 1 || p.value > 100)) {
    errors.push({ path: '/value', message: 'must be a whole percentage from 1 to 100' });
  }
  if (p.type === 'fixed' && (!hasValue || p.value < 1)) {
    errors.push({ path: '/value', message: 'must be an amount of at least 1 (minor units)' });
  }
  if (p.startsAt && p.endsAt && p.endsAt <= p.startsAt) {
    errors.push({ path: '/endsAt', message: 'must be after startsAt' });
  }
  if (p.usageLimit !== undefined && p.usageLimit !== null && p.used !== undefined && p.usageLimit < p.used) {
    errors.push({ path: '/usageLimit', message: `cannot be below the ${p.used} uses so far` });
  }
  if (errors.length > 0) throw new BadRequest({ detail: 'Some fields are invalid.', errors });
}

function date(value: string | null | undefined): Date | null | undefined {
  return value === undefined || value === null ? value : new Date(value);
}

/** Translates the unique-code index violation into a 409 that names the field. */
async function uniqueCode<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (pgErrorCode(error) === '23505') {
      throw new Conflict({ detail: 'A promotion with this code already exists.', errors: [{ path: '/code', message: 'is taken' }] });
    }
    throw error;
  }
}

/** Creates a promotion; its code is unique regardless of case. */
export async function createPromotion(tx: Tx, input: CreatePromotionBody): Promise<Promotion> {
  const fields = {
    type: input.type,
    value: input.type === 'free_shipping' ? 0 : (input.value ?? 0),
    startsAt: date(input.startsAt) ?? null,
    endsAt: date(input.endsAt) ?? null,
    currency: input.currency ?? null,
    minSubtotal: input.minSubtotal ?? null,
  };
  checkPromotion(fields, input.value !== undefined);
  const now = new Date();
  const row = firstRow(
    await uniqueCode(() =>
      tx
        .insert(promotions)
        .values({
          id: newId('promo'),
          code: input.code,
          ...fields,
          usageLimit: input.usageLimit ?? null,
          perCustomerLimit: input.perCustomerLimit ?? null,
          productIds: input.productIds ?? [],
          categoryIds: input.categoryIds ?? [],
          used: 0,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .returning(),
    ),
    'insert',
  );
  return row;
}

export async function findPromotion(db: Db, id: string): Promise<Promotion | undefined> {
  const [row] = await db
    .select()
    .from(promotions)
    .where(and(eq(promotions.id, id), isNull(promotions.deletedAt)));
  return row;
}

/** The live promotion; 404 when there is none. */
export async function getPromotion(db: Db, id: string): Promise<Promotion> {
  const row = await findPromotion(db, id);
  if (!row) throw new NotFound({ detail: `There is no promotion ${id}.` });
  return row;
}

/** The live promotion with this code, whatever its case. */
export async function findPromotionByCode(db: Db, code: string): Promise<Promotion | undefined> {
  const [row] = await db
    .select()
    .from(promotions)
    .where(and(sql`lower(${promotions.code}) = lower(${code})`, isNull(promotions.deletedAt)));
  return row;
}

/** Live promotions by id, optionally one code, one keyset page. */
export async function listPromotions(
  db: Db,
  query: { limit?: number | undefined; cursor?: string | undefined; code?: string | undefined },
): Promise<Paged<Promotion>> {
  const limit = query.limit ?? 20;
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await db
    .select()
    .from(promotions)
    .where(
      and(
        isNull(promotions.deletedAt),
        query.code === undefined ? undefined : sql`lower(${promotions.code}) = lower(${query.code})`,
        after === undefined ? undefined : gt(promotions.id, after),
      ),
    )
    .orderBy(asc(promotions.id))
    .limit(limit + 1);
  return toPage(rows, limit, byId);
}

/** Changes a promotion; the merged result must still be valid. */
export async function updatePromotion(tx: Tx, id: string, patch: UpdatePromotionBody, expectedVersion?: number): Promise<Promotion> {
  // Locked so the merged validation sees the row we then write.
  const [current] = await tx
    .select()
    .from(promotions)
    .where(and(eq(promotions.id, id), isNull(promotions.deletedAt)))
    .for('update');
  if (!current) throw new NotFound({ detail: `There is no promotion ${id}.` });
  assertVersion(expectedVersion, current.version, 'promotion');
  const { startsAt, endsAt, ...rest } = patch;
  const changes = {
    ...rest,
    ...(startsAt === undefined ? {} : { startsAt: date(startsAt) ?? null }),
    ...(endsAt === undefined ? {} : { endsAt: date(endsAt) ?? null }),
  };
  const merged = { ...current, ...changes };
  if (merged.type === 'free_shipping') merged.value = 0;
  checkPromotion(merged, true);
  const [row] = await uniqueCode(() =>
    tx
      .update(promotions)
      .set({ ...changes, value: merged.value, version: sql`${promotions.version} + 1`, updatedAt: new Date() })
      .where(eq(promotions.id, id))
      .returning(),
  );
  if (!row) throw new NotFound({ detail: `There is no promotion ${id}.` });
  return row;
}

/** Retires a promotion (kept for the redemptions that name it); its code becomes free again. */
export async function deletePromotion(tx: Tx, id: string, expectedVersion?: number): Promise<void> {
  const rows = await tx
    .update(promotions)
    .set({ deletedAt: new Date(), version: sql`${promotions.version} + 1` })
    .where(
      and(
        eq(promotions.id, id),
        isNull(promotions.deletedAt),
        expectedVersion === undefined ? undefined : eq(promotions.version, expectedVersion),
      ),
    )
    .returning({ id: promotions.id });
  if (rows.length > 0) return;
  return staleOrMissing(() => getPromotion(tx, id), 'promotion');
}

function checkWindow(promotion: Promotion, at: Date): void {
  if (promotion.startsAt && at < promotion.startsAt) throw new PromotionInvalid('not_started');
  if (promotion.endsAt && at >= promotion.endsAt) throw new PromotionInvalid('expired');
}

function redeemedBy(promotionId: string, who: { customerId?: string | null | undefined; email?: string | null | undefined }) {
  const email = who.email ? who.email.toLowerCase() : undefined;
  return and(
    eq(promotionRedemptions.promotionId, promotionId),
    or(
      who.customerId ? eq(promotionRedemptions.customerId, who.customerId) : undefined,
      email ? eq(promotionRedemptions.email, email) : undefined,
    ),
  );
}

async function countRedemptions(
  db: Db,
  promotionId: string,
  who: { customerId?: string | null | undefined; email?: string | null | undefined },
): Promise<number> {
  if (!who.customerId && !who.email) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(promotionRedemptions)
    .where(redeemedBy(promotionId, who));
  return row?.n ?? 0;
}

export interface ValidatePromotionInput {
  code: string;
  /** Cart subtotal before discounts, in the cart currency. */
  subtotal: number;
  /** The cart's currency: a promotion naming another currency does not apply. */
  currency: string;
  customerId?: string | null | undefined;
  email?: string | null | undefined;
  /** The products and categories of the cart's lines, for restricted promotions. */
  productIds: readonly string[];
  categoryIds: readonly string[];
  at: Date;
}

/**
 * The promotion behind `code` if the cart may use it now; otherwise 422 `promotion_invalid` with a
 * `reason`. Limits are checked again, atomically, when the order is placed (`redeemPromotion`).
 */
export async function validatePromotion(db: Db, input: ValidatePromotionInput): Promise<Promotion> {
  const promotion = await findPromotionByCode(db, input.code);
  if (!promotion) throw new PromotionInvalid('not_found');
  checkWindow(promotion, input.at);
  if (promotion.usageLimit !== null && promotion.used >= promotion.usageLimit) throw new PromotionInvalid('usage_limit_reached');
  if (promotion.perCustomerLimit !== null && (await countRedemptions(db, promotion.id, input)) >= promotion.perCustomerLimit) {
    throw new PromotionInvalid('per_customer_limit_reached');
  }
  if (promotion.currency !== null && promotion.currency !== input.currency) {
    throw new PromotionInvalid(
      'not_applicable',
      `This promotion is only valid in ${promotion.currency}; the cart is in ${input.currency}.`,
    );
  }
  // A promotion saved before currencies were required: its amounts mean nothing in any one currency.
  if (promotion.currency === null && carriesAmount(promotion)) {
    throw new PromotionInvalid('not_applicable', 'This promotion names no currency for its amounts, so it applies to no cart.');
  }
  if (promotion.minSubtotal !== null && input.subtotal < promotion.minSubtotal) throw new PromotionInvalid('min_subtotal_not_met');
  const restricted = promotion.productIds.length > 0 || promotion.categoryIds.length > 0;
  if (
    restricted &&
    !input.productIds.some((id) => promotion.productIds.includes(id)) &&
    !input.categoryIds.some((id) => promotion.categoryIds.includes(id))
  ) {
    throw new PromotionInvalid('not_applicable');
  }
  return promotion;
}

export interface RedeemPromotionInput {
  promotionId: string;
  customerId?: string | null | undefined;
  email?: string | null | undefined;
  orderId: string;
  at?: Date;
}

export interface Redemption {
  id: string;
  promotionId: string;
  orderId: string;
}

/**
 * Counts one use of a promotion for an order, inside the checkout transaction. Guarantee: the total
 * and per-customer limits hold under any concurrency (a limit of 10 is never used 11 times).
 * Throws 422 `promotion_invalid` when a limit is reached or the promotion is no longer valid.
 */
export async function redeemPromotion(tx: Tx, input: RedeemPromotionInput): Promise<Redemption> {
  if (!input.customerId && !input.email) throw new TypeError('redeemPromotion needs a customerId or an email');
  const at = input.at ?? new Date();
  // A savepoint: a refused redemption leaves no trace even if the caller carries on without it.
  return tx.transaction(async (sp) => {
    // One conditional UPDATE checks and takes a use: two checkouts can never both take the last one.
    // It also leaves this promotion's row locked until commit, which serialises the per-customer
    // count below against every other redemption of the same promotion.
    const [taken] = await sp
      .update(promotions)
      .set({ used: sql`${promotions.used} + 1` })
      .where(
        and(
          eq(promotions.id, input.promotionId),
          isNull(promotions.deletedAt),
          sql`(${promotions.usageLimit} IS NULL OR ${promotions.used} < ${promotions.usageLimit})`,
          sql`(${promotions.startsAt} IS NULL OR ${promotions.startsAt} <= ${at.toISOString()}::timestamptz)`,
          sql`(${promotions.endsAt} IS NULL OR ${promotions.endsAt} > ${at.toISOString()}::timestamptz)`,
        ),
      )
      .returning({ perCustomerLimit: promotions.perCustomerLimit });
    if (!taken) {
      const promotion = await findPromotion(sp, input.promotionId);
      if (!promotion) throw new PromotionInvalid('not_found');
      checkWindow(promotion, at);
      throw new PromotionInvalid('usage_limit_reached');
    }
    if (taken.perCustomerLimit !== null && (await countRedemptions(sp, input.promotionId, input)) >= taken.perCustomerLimit) {
      throw new PromotionInvalid('per_customer_limit_reached'); // the savepoint rolls the use back
    }
    const row = firstRow(
      await sp
        .insert(promotionRedemptions)
        .values({
          id: newId('red'),
          promotionId: input.promotionId,
          customerId: input.customerId ?? null,
          email: input.email ? input.email.toLowerCase() : null,
          orderId: input.orderId,
          createdAt: at,
        })
        .returning({ id: promotionRedemptions.id, promotionId: promotionRedemptions.promotionId, orderId: promotionRedemptions.orderId }),
      'insert',
    );
    return row;
  });
}

/**
 * Gives back the uses an order took (a checkout that never placed its order). Idempotent: the
 * DELETE … RETURNING finds the redemptions once, so a use is never given back twice.
 */
export async function releasePromotionRedemptions(tx: Tx, orderId: string): Promise<number> {
  const gone = await tx
    .delete(promotionRedemptions)
    .where(eq(promotionRedemptions.orderId, orderId))
    .returning({ promotionId: promotionRedemptions.promotionId });
  if (gone.length === 0) return 0;
  // (promotion_id, order_id) is unique, so each promotion appears once and takes back exactly one use.
  await tx
    .update(promotions)
    .set({ used: sql`${promotions.used} - 1` })
    .where(inArray(promotions.id, gone.map((g) => g.promotionId).sort()));
  return gone.length;
}

/** The calculator's view of a promotion. */
export function toTotalsPromotion(p: Promotion): TotalsPromotionInput {
  return { id: p.id, code: p.code, type: p.type, value: p.value, productIds: p.productIds, categoryIds: p.categoryIds };
}
