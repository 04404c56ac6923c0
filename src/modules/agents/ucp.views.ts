import type { Config } from '../../platform/config.ts';
import type { OrderView } from '../orders/index.ts';
import type { SessionAddress, SessionChanges, SessionProblem, SessionState } from './checkout.ts';
import {
  UCP_VERSION,
  type UcpAddress,
  type UcpAddressOut,
  type UcpCheckout,
  type UcpCreateBody,
  type UcpErrorResponse,
  type UcpMessage,
  type UcpMeta,
  type UcpOrder,
  type UcpTotal,
} from './ucp.schemas.ts';

/** Pure mappings between the Universal Commerce Protocol's shapes (2026-04-08) and Stockroom's. */

const SPEC = `https://ucp.dev/${UCP_VERSION}`;
export const CHECKOUT_CAPABILITY = 'dev.ucp.shopping.checkout';
export const FULFILLMENT_CAPABILITY = 'dev.ucp.shopping.fulfillment';
export const ORDER_CAPABILITY = 'dev.ucp.shopping.order';

/** The payment handlers Stockroom offers UCP agents, by handler instance id → the payments module's provider. */
export const UCP_PAYMENT_HANDLERS: Readonly<Record<string, { provider: string; credentialType: string }>> = {
  // The `test` provider's cards: the credential token is the test card number (4242424242424242 pays).
  stockroom_test_card: { provider: 'test', credentialType: 'test_card' },
};

const baseUrl = (config: Pick<Config, 'publicUrl'>): string => config.publicUrl.replace(/\/$/, '');

/** The payment handler registry of the profile and of every checkout response. */
export function paymentHandlers(config: Config): NonNullable<UcpMeta['payment_handlers']> {
  return {
    'dev.stockroom.test_card': [
      {
        id: 'stockroom_test_card',
        version: UCP_VERSION,
        spec: `${baseUrl(config)}/docs`,
        schema: `${baseUrl(config)}/openapi.json`,
        available_instruments: [{ type: 'card' }],
        config: { credential_type: 'test_card' },
      },
    ],
  };
}

/** The capabilities Stockroom implements, as the profile declares them. */
export function profileCapabilities(): NonNullable<UcpMeta['capabilities']> {
  const cap = (name: string, page: string, schema: string, extra: { extends?: string } = {}) => ({
    [name]: [{ version: UCP_VERSION, spec: `${SPEC}/specification/${page}`, schema: `${SPEC}/schemas/shopping/${schema}`, ...extra }],
  });
  return {
    ...cap(CHECKOUT_CAPABILITY, 'checkout', 'checkout.json'),
    ...cap(FULFILLMENT_CAPABILITY, 'fulfillment', 'fulfillment.json', { extends: CHECKOUT_CAPABILITY }),
    ...cap(ORDER_CAPABILITY, 'order', 'order.json'),
    ...cap('dev.ucp.shopping.catalog.search', 'catalog/search', 'catalog_search.json'),
    ...cap('dev.ucp.shopping.catalog.lookup', 'catalog/lookup', 'catalog_lookup.json'),
  };
}

/** The `ucp` metadata of a checkout response: the checkout capability, its fulfillment extension and the handlers. */
export function checkoutMeta(config: Config): UcpMeta {
  return {
    version: UCP_VERSION,
    status: 'success',
    capabilities: { [CHECKOUT_CAPABILITY]: [{ version: UCP_VERSION }], [FULFILLMENT_CAPABILITY]: [{ version: UCP_VERSION }] },
    payment_handlers: paymentHandlers(config),
  };
}

/** A business outcome without a resource (HTTP 200, `ucp.status` = `error`), e.g. not_found. */
export function errorOutcome(capability: string, code: string, content: string, config?: Config): UcpErrorResponse {
  return {
    ucp: { version: UCP_VERSION, status: 'error', capabilities: { [capability]: [{ version: UCP_VERSION }] } },
    messages: [{ type: 'error', code, content, severity: 'unrecoverable' }],
    ...(config ? { continue_url: `${baseUrl(config)}/` } : {}),
  };
}

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value);

/** A UCP postal address as the cart stores it; undefined when it lacks a street, locality or 2-letter country. */
export function fromUcpAddress(address: UcpAddress): SessionAddress | undefined {
  const street = nonEmpty(address.street_address);
  const city = nonEmpty(address.address_locality);
  const country = nonEmpty(address.address_country);
  if (!street || !city || !country || !/^[A-Za-z]{2}$/.test(country)) return undefined;
  const out: SessionAddress = { address1: street, city, countryCode: country.toUpperCase() };
  const optional: [keyof SessionAddress, string | undefined][] = [
    ['address2', address.extended_address],
    ['postalCode', address.postal_code],
    ['province', address.address_region],
    ['firstName', address.first_name],
    ['lastName', address.last_name],
    ['phone', address.phone_number],
  ];
  for (const [key, value] of optional) {
    const v = nonEmpty(value);
    if (v) out[key] = v;
  }
  return out;
}

function toUcpAddress(a: Record<string, string | null | undefined>, id?: string): UcpAddressOut {
  const out: UcpAddressOut = {};
  if (id) out.id = id;
  const pairs: [keyof UcpAddressOut, string | null | undefined][] = [
    ['street_address', a.address1],
    ['extended_address', a.address2],
    ['address_locality', a.city],
    ['address_region', a.province],
    ['address_country', a.countryCode],
    ['postal_code', a.postalCode],
    ['first_name', a.firstName],
    ['last_name', a.lastName],
    ['phone_number', a.phone],
  ];
  for (const [key, value] of pairs) if (value) out[key] = value;
  return out;
}

/** The country a create request hints at: a shipping destination's, else the context's. */
export function countryHint(body: Pick<UcpCreateBody, 'fulfillment' | 'context'>): string | undefined {
  const destination = body.fulfillment?.methods?.[0]?.destinations?.[0]?.address_country;
  const hint = destination ?? (typeof body.context?.address_country === 'string' ? body.context.address_country : undefined);
  return hint && /^[A-Za-z]{2}$/.test(hint) ? hint.toUpperCase() : undefined;
}

/**
 * What a create or update request changes. UCP's update replaces the whole session, so `lines`
 * is always the full list; an address is the selected destination (or the only one); the shipping
 * option is the first group's `selected_option_id`.
 */
export function changesFrom(body: Pick<UcpCreateBody, 'line_items' | 'buyer' | 'fulfillment'>): SessionChanges & { invalidAddress?: true } {
  const counts = new Map<string, number>();
  for (const line of body.line_items) counts.set(line.item.id, (counts.get(line.item.id) ?? 0) + line.quantity);
  const changes: SessionChanges & { invalidAddress?: true } = {
    lines: [...counts].map(([variantId, quantity]) => ({ variantId, quantity })),
  };
  if (body.buyer) {
    changes.buyer = body.buyer;
    if (body.buyer.email !== undefined) changes.email = body.buyer.email;
  }
  const method = body.fulfillment?.methods?.[0];
  if (method?.destinations && method.destinations.length > 0) {
    const chosen = method.destinations.find((d) => d.id !== undefined && d.id === method.selected_destination_id) ?? method.destinations[0];
    const address = chosen ? fromUcpAddress(chosen) : undefined;
    if (address) changes.address = address;
    else changes.invalidAddress = true;
  }
  const option = method?.groups?.find((g) => typeof g.selected_option_id === 'string')?.selected_option_id;
  if (typeof option === 'string') changes.shippingOptionId = option;
  return changes;
}

const DESTINATION_ID = 'dest_1';
const METHOD_ID = 'shipping_1';
const GROUP_ID = 'group_1';

function problemMessages(problem: SessionProblem | undefined, state: SessionState): UcpMessage[] {
  if (!problem) return [];
  const indexOf = (variantId: string) =>
    Math.max(
      0,
      state.priced.lines.findIndex((l) => l.item.variantId === variantId),
    );
  switch (problem.kind) {
    case 'out_of_stock':
      return problem.lines.map((l) => ({
        type: 'error' as const,
        code: 'out_of_stock',
        path: `$.line_items[${indexOf(l.variantId)}].quantity`,
        content_type: 'plain' as const,
        content: `Only ${l.available} of the ${l.requested} units asked for are in stock; lower the quantity or remove the item.`,
        severity: 'recoverable' as const,
      }));
    case 'unavailable':
      return problem.variantIds.map((variantId) => ({
        type: 'error' as const,
        code: 'item_unavailable',
        path: `$.line_items[${indexOf(variantId)}]`,
        content_type: 'plain' as const,
        content: 'This item can no longer be bought; remove it to continue.',
        severity: 'recoverable' as const,
      }));
    case 'payment_declined':
      return [
        {
          type: 'error',
          code: 'payment_failed',
          path: '$.payment.instruments[0]',
          content_type: 'plain',
          content: `The payment was declined (${problem.declineCode}); nothing was charged. Try another payment instrument.`,
          severity: 'recoverable',
        },
      ];
  }
}

const line = (type: string, amount: number, display_text?: string): UcpTotal => ({
  type,
  amount,
  ...(display_text ? { display_text } : {}),
});

/** Totals in UCP's order: subtotal, discount (negative), fulfillment, tax, total. */
function totalsOf(
  t: { subtotal: number; discountTotal: number; shippingTotal: number; taxTotal: number; total: number; taxInclusive: boolean },
  withShipping: boolean,
): UcpTotal[] {
  return [
    line('subtotal', t.subtotal, 'Subtotal'),
    ...(t.discountTotal > 0 ? [line('discount', -t.discountTotal, 'Discount')] : []),
    ...(withShipping ? [line('fulfillment', t.shippingTotal, 'Shipping')] : []),
    line('tax', t.taxTotal, t.taxInclusive ? 'Tax (included)' : 'Tax'),
    line('total', t.total, 'Total'),
  ];
}

/** The session as a UCP checkout: authoritative lines, totals, fulfillment options and messages. */
export function toUcpCheckout(config: Config, state: SessionState, problem?: SessionProblem): UcpCheckout {
  const { session, priced, quotes, order } = state;
  const { cart, totals } = priced;
  const base = baseUrl(config);
  const lineItems = priced.lines.map((l) => {
    const subtotal = l.totals?.subtotal ?? l.unitPrice * l.item.quantity;
    return {
      id: l.item.id,
      item: {
        id: l.item.variantId,
        title: l.variant ? `${l.variant.productTitle}${l.variant.title ? ` — ${l.variant.title}` : ''}` : 'Unavailable item',
        price: l.unitPrice,
        ...(l.variant?.imageUrl && /^https?:\/\//.test(l.variant.imageUrl) ? { image_url: l.variant.imageUrl } : {}),
      },
      quantity: l.item.quantity,
      totals: [
        line('subtotal', subtotal),
        ...((l.totals?.discountTotal ?? 0) > 0 ? [line('discount', -(l.totals?.discountTotal ?? 0))] : []),
        line('tax', l.totals?.taxTotal ?? 0),
        line('total', l.totals?.total ?? subtotal),
      ],
    };
  });

  const messages: UcpMessage[] = [];
  const open = session.status === 'open';
  if (open) {
    priced.lines.forEach((l, i) => {
      if (!l.isAvailable) {
        messages.push({
          type: 'error',
          code: 'item_unavailable',
          path: `$.line_items[${i}]`,
          content_type: 'plain',
          content: 'This item can no longer be bought; remove it to continue.',
          severity: 'recoverable',
        });
      } else if (l.availableQuantity !== null && l.availableQuantity < l.item.quantity && problem?.kind !== 'out_of_stock') {
        messages.push({
          type: 'error',
          code: 'out_of_stock',
          path: `$.line_items[${i}].quantity`,
          content_type: 'plain',
          content: `Only ${l.availableQuantity} of the ${l.item.quantity} units asked for are in stock; lower the quantity or remove the item.`,
          severity: 'recoverable',
        });
      }
    });
    messages.push(...problemMessages(problem, state));
    const missing = (path: string, content: string): UcpMessage => ({
      type: 'error',
      code: 'missing',
      path,
      content_type: 'plain',
      content,
      severity: 'recoverable',
    });
    if (!cart.email) messages.push(missing('$.buyer.email', 'The buyer’s email is needed for the order confirmation.'));
    if (!cart.shippingAddress) messages.push(missing('$.fulfillment.methods[0].destinations', 'A shipping address is needed.'));
    else if (!priced.shippingMethod) {
      messages.push(missing('$.fulfillment.methods[0].groups[0].selected_option_id', 'Choose one of the fulfillment options.'));
    }
  }

  const isReady = priced.lines.length > 0 && messages.every((m) => m.type !== 'error' || m.code === 'payment_failed');
  const status =
    session.status === 'completed'
      ? 'completed'
      : session.status === 'canceled'
        ? 'canceled'
        : isReady
          ? 'ready_for_complete'
          : 'incomplete';

  const storedBuyer = session.buyer ?? {};
  const buyer: NonNullable<UcpCheckout['buyer']> = {};
  for (const key of ['first_name', 'last_name', 'phone_number'] as const) {
    const value = storedBuyer[key];
    if (typeof value === 'string') buyer[key] = value;
  }
  const email = cart.email ?? (typeof storedBuyer.email === 'string' ? storedBuyer.email : undefined);
  if (email) buyer.email = email;

  const lineIds = priced.lines.map((l) => l.item.id);
  const view: UcpCheckout = {
    ucp: checkoutMeta(config),
    id: session.id,
    status,
    currency: cart.currency.toUpperCase(),
    line_items: lineItems,
    totals: totalsOf(totals, priced.shippingMethod !== undefined),
    messages,
    links: [],
  };
  if (Object.keys(buyer).length > 0) view.buyer = buyer;
  if (cart.shippingAddress || quotes.length > 0) {
    view.fulfillment = {
      methods: [
        {
          id: METHOD_ID,
          type: 'shipping',
          line_item_ids: lineIds,
          destinations: cart.shippingAddress ? [toUcpAddress(cart.shippingAddress, DESTINATION_ID)] : [],
          selected_destination_id: cart.shippingAddress ? DESTINATION_ID : null,
          groups: [
            {
              id: GROUP_ID,
              line_item_ids: lineIds,
              options: quotes.map((q) => ({ id: q.option.id, title: q.option.name, totals: [line('total', q.price)] })),
              selected_option_id: priced.shippingMethod?.option.id ?? null,
            },
          ],
        },
      ],
    };
  }
  if (open) {
    view.continue_url = `${base}/agents/continue/${session.id}`;
    view.expires_at = cart.expiresAt instanceof Date ? cart.expiresAt.toISOString() : new Date(cart.expiresAt).toISOString();
  }
  if (order) view.order = { id: order.id, label: `#${order.displayId}`, permalink_url: `${base}/orders/${order.id}` };
  return view;
}

/** What happened to a placed order since: its shipments and its refunds (UCP's fulfillment events and adjustments). */
export interface UcpOrderHistory {
  fulfillments: readonly {
    id: string;
    trackingNumber: string | null;
    items: { lineItemId: string; quantity: number }[];
    createdAt: string;
  }[];
  refunds: readonly { id: string; amount: number; currency: string; createdAt: string }[];
}

/**
 * A placed order as UCP's order: lines with quantities, the shipping expectation, the order's
 * totals, and (given its history) the shipments as fulfillment events and the refunds as adjustments.
 */
export function toUcpOrder(
  config: Pick<Config, 'publicUrl'>,
  order: OrderView,
  checkoutId: string,
  history: UcpOrderHistory = { fulfillments: [], refunds: [] },
): UcpOrder {
  const lines = order.items.map((item) => {
    const total = item.quantity - item.canceledQuantity;
    const fulfilled = Math.min(item.fulfilledQuantity, total);
    return {
      id: item.id,
      item: { id: item.variantId, title: `${item.title}${item.variantTitle ? ` — ${item.variantTitle}` : ''}`, price: item.unitPrice },
      quantity: { original: item.quantity, total, fulfilled },
      totals: [
        line('subtotal', item.subtotal),
        ...(item.discountTotal > 0 ? [line('discount', -item.discountTotal)] : []),
        line('tax', item.taxTotal),
        line('total', item.total),
      ],
      status: total === 0 ? 'removed' : fulfilled === total ? 'fulfilled' : fulfilled > 0 ? 'partial' : 'processing',
    };
  });
  return {
    ucp: { version: UCP_VERSION, status: 'success', capabilities: { [ORDER_CAPABILITY]: [{ version: UCP_VERSION }] } },
    id: order.id,
    label: `#${order.displayId}`,
    checkout_id: checkoutId,
    permalink_url: `${baseUrl(config)}/orders/${order.id}`,
    currency: order.currency.toUpperCase(),
    line_items: lines,
    fulfillment: {
      expectations: order.shippingAddress
        ? [
            {
              id: 'exp_1',
              line_items: lines.filter((l) => l.quantity.total > 0).map((l) => ({ id: l.id, quantity: l.quantity.total })),
              method_type: 'shipping' as const,
              destination: toUcpAddress(order.shippingAddress),
              ...(order.shippingMethod ? { description: order.shippingMethod.name } : {}),
            },
          ]
        : [],
      events: history.fulfillments.map((f) => ({
        id: f.id,
        occurred_at: f.createdAt,
        type: 'shipped',
        line_items: f.items.filter((i) => i.quantity > 0).map((i) => ({ id: i.lineItemId, quantity: i.quantity })),
        ...(f.trackingNumber ? { tracking_number: f.trackingNumber } : {}),
      })),
    },
    adjustments: history.refunds.map((r) => ({
      id: `refund_${r.id}`,
      type: 'refund',
      occurred_at: r.createdAt,
      status: 'completed' as const,
      totals: [{ type: 'total', amount: -r.amount }],
    })),
    totals: totalsOf(order, true),
  };
}
