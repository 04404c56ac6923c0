import { and, eq, gt, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { firstRow, type Db, type Tx } from '../../platform/db/index.ts';
import { BadRequest, NotFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/http/auth.ts';
import { newId } from '../../platform/ids.ts';
import { getCustomer } from '../identity/index.ts';
import { findRegion, findRegionForCart, type Region } from '../pricing/index.ts';
import { CartAlreadyCompleted } from './cart.errors.ts';
import type { CartAddress, CreateCartBody, UpdateCartBody } from './cart.schemas.ts';
import { carts, type CartRow, type StoredAddress } from './cart.tables.ts';
import type { CartContents } from './items.ts';
import { priceCart, type PricedCart } from './price-cart.ts';

/**
 * Carts: creation, access, the row lock every write takes, and the cart-level fields.
 *
 * Access (guarantee 6, S1): a guest cart (no customer) is reachable by anyone holding its id, which
 * carries 128 random bits; a customer's cart is visible only to that customer. Everyone else gets
 * the same 404 as for a cart that does not exist. An open cart past its `expiresAt` is gone too.
 */

/** Who is calling and how long an untouched cart lives; every write needs both. */
export interface CartCaller {
  principal: Principal;
  idleTtlMs: number;
}

function notFound(cartId: string): NotFound {
  return new NotFound({ detail: `There is no cart ${cartId}.` });
}

/** The rows `principal` may see: guest carts, plus their own when signed in as a customer. */
function visibleTo(principal: Principal): SQL | undefined {
  return principal.kind === 'customer' ? or(isNull(carts.customerId), eq(carts.customerId, principal.id)) : isNull(carts.customerId);
}

/** Completed carts stay readable; open ones only until they expire. */
const isLive = (): SQL | undefined => or(isNotNull(carts.completedAt), gt(carts.expiresAt, sql`now()`));

const expiresAt = (idleTtlMs: number) => sql`now() + make_interval(secs => ${idleTtlMs / 1000})`;

/** The cart if `principal` may see it; 404 otherwise. */
export async function getCartRow(db: Db, cartId: string, principal: Principal): Promise<CartRow> {
  const [row] = await db
    .select()
    .from(carts)
    .where(and(eq(carts.id, cartId), visibleTo(principal), isLive()));
  if (!row) throw notFound(cartId);
  return row;
}

/**
 * Locks the cart row for the rest of the transaction (404 if the caller may not see it, 409 if it
 * is completed). Every write to a cart or its lines goes through here first, so concurrent writes
 * to one cart queue up instead of losing each other's changes. Only one row is locked, so there is
 * no lock order to respect.
 */
export async function lockCart(tx: Tx, cartId: string, principal: Principal): Promise<CartRow> {
  const [row] = await tx
    .select()
    .from(carts)
    .where(and(eq(carts.id, cartId), visibleTo(principal), isLive()))
    .for('update');
  if (!row) throw notFound(cartId);
  if (row.completedAt !== null) throw new CartAlreadyCompleted(cartId);
  return row;
}

export type CartPatch = Partial<
  Pick<
    CartRow,
    | 'regionId'
    | 'customerId'
    | 'email'
    | 'shippingAddress'
    | 'billingAddress'
    | 'shippingOptionId'
    | 'promotions'
    | 'paymentProvider'
    | 'paymentData'
  >
>;

/** What one write does to a cart, as `mutateCart`'s `change` returns it. */
export interface CartChange {
  /** Cart fields to set. */
  patch?: CartPatch;
  /** The cart's lines and variants as they are after the change, when it read them: pricing reuses them. */
  contents?: CartContents;
  /** Refuses the write (throws) once the changed cart is priced, before the cart row is saved. */
  check?: (priced: PricedCart) => void;
}

/**
 * The one write path: locks the cart, applies `change` (which may also write lines), prices the
 * cart once and saves it with what still applies (promotions and a shipping method that no longer
 * apply are dropped), a new version and a new expiry.
 */
export async function mutateCart(
  tx: Tx,
  caller: CartCaller,
  cartId: string,
  change: (cart: CartRow) => Promise<CartChange | undefined>,
): Promise<PricedCart> {
  const locked = await lockCart(tx, cartId, caller.principal);
  const { patch = {}, contents, check } = (await change(locked)) ?? {};
  const priced = await priceCart(tx, { ...locked, ...patch }, contents);
  check?.(priced);
  const kept = priced.promotions.map((p) => ({ id: p.id, code: p.code }));
  const [row] = await tx
    .update(carts)
    .set({
      ...patch,
      promotions: kept,
      shippingOptionId: priced.shippingMethod?.option.id ?? null,
      version: sql`${carts.version} + 1`,
      updatedAt: sql`now()`,
      expiresAt: expiresAt(caller.idleTtlMs),
    })
    .where(eq(carts.id, cartId))
    .returning();
  if (!row) throw notFound(cartId); // unreachable: the row is locked
  return { ...priced, cart: row };
}

function normalizeAddress(address: CartAddress | null | undefined): StoredAddress | null | undefined {
  if (address === null || address === undefined) return address;
  return { ...address, countryCode: address.countryCode.toUpperCase() };
}

function invalid(path: string, message: string): BadRequest {
  return new BadRequest({ detail: 'Some fields are invalid.', errors: [{ path, message }] });
}

async function regionForCurrency(db: Db, regionId: string, currency: string | undefined): Promise<Region> {
  const region = await findRegion(db, regionId);
  if (!region) throw invalid('/regionId', 'does not name a region');
  if (currency !== undefined && region.currency !== currency)
    throw invalid('/regionId', `is a ${region.currency} region; the cart is in ${currency}`);
  return region;
}

/** Creates an empty cart; bound to the customer when one is signed in. */
export async function createCart(tx: Tx, caller: CartCaller, input: CreateCartBody): Promise<PricedCart> {
  let currency = input.currency;
  let regionId: string | null = null;
  if (input.regionId !== undefined) {
    const region = await regionForCurrency(tx, input.regionId, currency);
    currency = region.currency;
    regionId = region.id;
  } else if (currency !== undefined) {
    regionId = (await findRegionForCart(tx, { currency }))?.id ?? null;
  }
  if (currency === undefined) throw invalid('/currency', 'send a currency or a regionId');

  const customerId = caller.principal.kind === 'customer' ? caller.principal.id : null;
  const email = input.email ?? (customerId ? (await getCustomer(tx, customerId)).email : null);
  const row = firstRow(
    await tx
      .insert(carts)
      .values({
        id: newId('cart'),
        currency,
        regionId,
        customerId,
        email,
        promotions: [],
        version: 1,
        createdAt: sql`now()`,
        updatedAt: sql`now()`,
        expiresAt: expiresAt(caller.idleTtlMs),
      })
      .returning(),
    'insert',
  );
  return priceCart(tx, row);
}

/** The cart with its totals, if the caller may see it. */
export async function getCart(db: Db, cartId: string, principal: Principal): Promise<PricedCart> {
  return priceCart(db, await getCartRow(db, cartId, principal));
}

/**
 * Changes email, addresses or region. A new shipping country the cart's region does not serve
 * moves the cart to the oldest region with its currency that does (unless `regionId` is sent).
 */
export async function updateCart(tx: Tx, caller: CartCaller, cartId: string, input: UpdateCartBody): Promise<PricedCart> {
  return mutateCart(tx, caller, cartId, async (cart) => {
    const patch: CartPatch = {};
    if (input.email !== undefined) patch.email = input.email;
    const shippingAddress = normalizeAddress(input.shippingAddress);
    if (shippingAddress !== undefined) patch.shippingAddress = shippingAddress;
    const billingAddress = normalizeAddress(input.billingAddress);
    if (billingAddress !== undefined) patch.billingAddress = billingAddress;

    if (input.regionId !== undefined) {
      patch.regionId = (await regionForCurrency(tx, input.regionId, cart.currency)).id;
    } else if (shippingAddress) {
      const current = cart.regionId === null ? undefined : await findRegion(tx, cart.regionId);
      if (!current?.countries.includes(shippingAddress.countryCode)) {
        const better = await findRegionForCart(tx, { currency: cart.currency, country: shippingAddress.countryCode });
        if (better) patch.regionId = better.id;
      }
    }
    return { patch };
  });
}

/**
 * Binds a guest cart to the signed-in customer (after they sign in). Adopting one's own cart again
 * is a no-op; another customer's cart is a 404. The customer's other open carts are left as they
 * are: nothing is merged.
 */
export async function adoptCart(tx: Tx, caller: CartCaller, cartId: string): Promise<PricedCart> {
  const { principal } = caller;
  if (principal.kind !== 'customer') throw notFound(cartId);
  return mutateCart(tx, caller, cartId, async (cart) => {
    if (cart.customerId === principal.id) return undefined;
    const email = cart.email ?? (await getCustomer(tx, principal.id)).email;
    return { patch: { customerId: principal.id, email } };
  });
}
