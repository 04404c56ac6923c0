import type { Config } from '../../platform/config.ts';
import type { AcpAddress, AcpCheckoutSession, AcpFulfillmentDetails, AcpMessage, AcpPaymentHandler, AcpTotal } from './acp.schemas.ts';
import { ACP_VERSIONS } from './acp.schemas.ts';
import type { SessionAddress, SessionProblem, SessionState } from './checkout.ts';

/** Pure mappings between the Agentic Commerce Protocol's shapes and Stockroom's. */

/** One payment handler Stockroom offers ACP agents: the payments module's provider and what it needs from the credential. */
export interface AcpPaymentHandlerUse {
  provider: string;
  credentialType: string;
  /** The provider's session data for the credential's token. */
  data(token: string): Record<string, unknown>;
}

/** The payment handlers Stockroom offers ACP agents, by handler id → the payments module's provider. */
export const ACP_PAYMENT_HANDLERS: Readonly<Record<string, AcpPaymentHandlerUse>> = {
  // The `test` provider's cards: the credential token is the test card number (4242424242424242 pays).
  stockroom_test_card: { provider: 'test', credentialType: 'test_card', data: (token) => ({ card: token }) },
  // Stripe's shared payment token (`spt_…`): the agent's platform granted the shop the buyer's card;
  // the `stripe` provider confirms a PaymentIntent with it. Offered when Stripe is configured.
  card_tokenized: { provider: 'stripe', credentialType: 'spt', data: (token) => ({ sharedPaymentToken: token }) },
};

/** The handlers this shop offers now (Stripe's only when Stripe is configured). */
export function offeredAcpHandler(config: Config, handlerId: string): AcpPaymentHandlerUse | undefined {
  if (!Object.hasOwn(ACP_PAYMENT_HANDLERS, handlerId)) return undefined;
  const handler = ACP_PAYMENT_HANDLERS[handlerId];
  if (handler?.provider === 'stripe' && config.stripeSecretKey === undefined) return undefined;
  return handler;
}

function handlers(config: Config): AcpPaymentHandler[] {
  const base = config.publicUrl.replace(/\/$/, '');
  return [
    {
      id: 'stockroom_test_card',
      name: 'dev.stockroom.test_card',
      display_name: 'Test card',
      version: ACP_VERSIONS[0],
      spec: `${base}/docs`,
      requires_delegate_payment: false,
      requires_pci_compliance: false,
      psp: 'stockroom_test',
      config_schema: `${base}/openapi.json`,
      instrument_schemas: [`${base}/openapi.json`],
      config: { credential_type: 'test_card' },
    },
    ...(config.stripeSecretKey === undefined
      ? []
      : [
          {
            id: 'card_tokenized',
            name: 'dev.acp.tokenized.card',
            display_name: 'Card',
            version: '2026-01-22',
            spec: 'https://acp.dev/handlers/tokenized.card',
            requires_delegate_payment: true,
            requires_pci_compliance: false,
            psp: 'stripe',
            config_schema: 'https://acp.dev/schemas/handlers/tokenized.card/config.json',
            instrument_schemas: ['https://acp.dev/schemas/handlers/tokenized.card/instrument.json'],
            config: { psp: 'stripe', credential_type: 'spt' },
          },
        ]),
  ];
}

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value);

/** An ACP address as the cart stores it: `name` splits at its first space into first and last name. */
export function fromAcpAddress(address: AcpAddress, details?: AcpFulfillmentDetails): SessionAddress {
  const [first, ...rest] = address.name.trim().split(/\s+/);
  const phone = nonEmpty(details?.phone_number);
  const out: SessionAddress = { address1: address.line_one, city: address.city, countryCode: address.country.toUpperCase() };
  if (first) out.firstName = first;
  if (rest.length > 0) out.lastName = rest.join(' ');
  const line2 = nonEmpty(address.line_two);
  if (line2) out.address2 = line2;
  const postalCode = nonEmpty(address.postal_code);
  if (postalCode) out.postalCode = postalCode;
  const province = nonEmpty(address.state);
  if (province) out.province = province;
  const company = nonEmpty(address.company);
  if (company) out.company = company;
  if (phone) out.phone = phone;
  return out;
}

function toAcpAddress(a: Record<string, string | null | undefined>): AcpAddress {
  const name = [a.firstName, a.lastName].filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
  return {
    name: name || (a.company ?? '') || '-',
    line_one: a.address1 ?? '',
    ...(a.address2 ? { line_two: a.address2 } : {}),
    city: a.city ?? '',
    state: a.province ?? '',
    country: a.countryCode ?? '',
    postal_code: a.postalCode ?? '',
    ...(a.company ? { company: a.company } : {}),
  };
}

/** Units per variant: the protocol lists one Item per unit. */
export function linesOf(items: readonly { id: string }[]): { variantId: string; quantity: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
  return [...counts].map(([variantId, quantity]) => ({ variantId, quantity }));
}

const total = (type: AcpTotal['type'], display_text: string, amount: number): AcpTotal => ({ type, display_text, amount });

function problemMessages(problem: SessionProblem | undefined, state: SessionState): AcpMessage[] {
  if (!problem) return [];
  const indexOf = (variantId: string) => state.priced.lines.findIndex((l) => l.item.variantId === variantId);
  switch (problem.kind) {
    case 'out_of_stock':
      return problem.lines.map((l) => ({
        type: 'error' as const,
        code: 'out_of_stock',
        severity: 'high',
        resolution: 'recoverable',
        param: `$.line_items[${Math.max(0, indexOf(l.variantId))}]`,
        content_type: 'plain' as const,
        content: `Only ${l.available} of the ${l.requested} units asked for are in stock; lower the quantity or remove the item.`,
      }));
    case 'unavailable':
      return problem.variantIds.map((variantId) => ({
        type: 'error' as const,
        code: 'invalid',
        severity: 'high',
        resolution: 'recoverable',
        param: `$.line_items[${Math.max(0, indexOf(variantId))}]`,
        content_type: 'plain' as const,
        content: 'This item can no longer be bought; remove it to continue.',
      }));
    case 'payment_declined':
      return [
        {
          type: 'error',
          code: 'payment_declined',
          severity: 'high',
          resolution: 'requires_buyer_input',
          param: '$.payment_data',
          content_type: 'plain',
          content: `The payment was declined (${problem.declineCode}); nothing was charged. Try another payment method.`,
        },
      ];
  }
}

/** The session as an ACP CheckoutSession: authoritative lines, totals, options and messages. */
export function toAcpSession(config: Config, state: SessionState, problem?: SessionProblem): AcpCheckoutSession {
  const { session, priced, quotes, order } = state;
  const { cart, totals } = priced;
  const lineItems = priced.lines.map((line) => ({
    id: line.item.id,
    item: { id: line.item.variantId },
    quantity: line.item.quantity,
    name: line.variant ? `${line.variant.productTitle}${line.variant.title ? ` — ${line.variant.title}` : ''}` : line.item.variantId,
    unit_amount: line.unitPrice,
    product_id: line.variant?.productId ?? '',
    variant_id: line.item.variantId,
    sku: line.variant?.sku ?? '',
    ...(line.variant?.imageUrl && /^https?:\/\//.test(line.variant.imageUrl) ? { images: [line.variant.imageUrl] } : {}),
    totals: [
      total('items_base_amount', 'Base amount', line.unitPrice * line.item.quantity),
      total('discount', 'Discount', line.totals?.discountTotal ?? 0),
      total('subtotal', 'Subtotal', line.totals?.subtotal ?? line.unitPrice * line.item.quantity),
      total('tax', 'Tax', line.totals?.taxTotal ?? 0),
      total('total', 'Total', line.totals?.total ?? line.unitPrice * line.item.quantity),
    ],
  }));

  const messages: AcpMessage[] = [];
  priced.lines.forEach((line, i) => {
    if (!line.isAvailable) {
      messages.push({
        type: 'error',
        code: 'invalid',
        resolution: 'recoverable',
        param: `$.line_items[${i}]`,
        content_type: 'plain',
        content: 'This item can no longer be bought; remove it to continue.',
      });
    }
  });
  messages.push(...problemMessages(problem, state));
  const missing = (param: string, content: string): AcpMessage => ({
    type: 'error',
    code: 'missing',
    resolution: 'requires_buyer_input',
    param,
    content_type: 'plain',
    content,
  });
  if (session.status === 'open') {
    if (!cart.email) messages.push(missing('$.buyer.email', 'The buyer’s email is needed for the order confirmation.'));
    if (!cart.shippingAddress) messages.push(missing('$.fulfillment_details.address', 'A shipping address is needed.'));
    else if (!priced.shippingMethod) messages.push(missing('$.selected_fulfillment_options', 'Choose one of the fulfillment options.'));
  }

  const isReady =
    priced.lines.length > 0 &&
    messages.every((m) => m.type !== 'error' || m.code === 'payment_declined') &&
    cart.email !== null &&
    cart.shippingAddress !== null &&
    priced.shippingMethod !== undefined;
  const status =
    session.status === 'completed'
      ? 'completed'
      : session.status === 'canceled'
        ? 'canceled'
        : isReady
          ? 'ready_for_payment'
          : 'not_ready_for_payment';

  const buyer = session.buyer as { email?: string } | null;
  const email = cart.email ?? buyer?.email;
  const sessionTotals = [
    total('items_base_amount', 'Items', totals.subtotal),
    ...(totals.discountTotal > 0 ? [total('discount', 'Discount', totals.discountTotal)] : []),
    total('subtotal', 'Subtotal', totals.subtotal - totals.discountTotal),
    total('fulfillment', 'Shipping', totals.shippingTotal),
    total('tax', totals.taxInclusive ? 'Tax (included)' : 'Tax', totals.taxTotal),
    total('total', 'Total', totals.total),
  ];
  const base = config.publicUrl.replace(/\/$/, '');
  const view: AcpCheckoutSession = {
    id: session.id,
    protocol: { version: ACP_VERSIONS[0] },
    capabilities: { payment: { handlers: handlers(config) } },
    status,
    currency: cart.currency.toLowerCase(),
    line_items: lineItems,
    fulfillment_options: quotes.map((q) => ({
      type: 'shipping' as const,
      id: q.option.id,
      title: q.option.name,
      totals: [total('fulfillment', 'Shipping', q.price), total('total', 'Total', q.price)],
    })),
    selected_fulfillment_options: priced.shippingMethod
      ? [{ type: 'shipping' as const, option_id: priced.shippingMethod.option.id, item_ids: priced.lines.map((l) => l.item.variantId) }]
      : [],
    totals: sessionTotals,
    messages,
    links: [],
    created_at: session.createdAt.toISOString(),
    updated_at: session.updatedAt.toISOString(),
  };
  if (email) view.buyer = { ...(buyer as Record<string, string> | null), email };
  if (cart.shippingAddress) {
    view.fulfillment_details = { address: toAcpAddress(cart.shippingAddress), ...(email ? { email } : {}) };
  }
  if (order) {
    view.order = {
      type: 'order',
      id: order.id,
      checkout_session_id: session.id,
      order_number: String(order.displayId),
      permalink_url: `${base}/orders/${order.id}`,
      status: order.status,
    };
  }
  return view;
}
