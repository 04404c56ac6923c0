import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/index.ts';
import {
  AppError,
  BadRequest,
  Forbidden,
  IdempotencyKeyInUse,
  IdempotencyKeyReused,
  NotFound,
  RateLimited,
  type ProblemCode,
  Unauthenticated,
} from '../../platform/errors.ts';
import { loggableError, toAppError } from '../../platform/http/problem.ts';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { PriceMissing } from '../cart/index.ts';
import { loadOrderViews } from '../orders/index.ts';
import { listRegions } from '../pricing/index.ts';
import { agentOf } from './access.ts';
import {
  cancelSession,
  changeSession,
  completeSession,
  openSession,
  readSession,
  SessionClosed,
  SessionNotCancelable,
  type SessionChanges,
} from './checkout.ts';
import { findAgentSessionByOrder } from './sessions.ts';
import { ucpCatalogRoutes } from './ucp.catalog.ts';
import { loadUcpOrderHistory } from './ucp.webhooks.ts';
import { shopPublicKeys, shopSigningKey, signResponse } from './ucp.keys.ts';
import {
  UCP_VERSION,
  UcpCheckout,
  UcpCompleteBody,
  UcpCreateBody,
  UcpErrorResponse,
  UcpHeaders,
  UcpOrder,
  UcpProfile,
  UcpProtocolError,
  UcpReadHeaders,
  UcpSessionParams,
  UcpUpdateBody,
} from './ucp.schemas.ts';
import {
  changesFrom,
  CHECKOUT_CAPABILITY,
  countryHint,
  errorOutcome,
  ORDER_CAPABILITY,
  paymentHandlers,
  profileCapabilities,
  toUcpCheckout,
  toUcpOrder,
  UCP_PAYMENT_HANDLERS,
} from './ucp.views.ts';

const tags = ['Agents: UCP'];
const config = { agentProtocol: 'ucp' as const };
const errors = {
  '4xx': { ...UcpProtocolError, description: 'A UCP protocol error (`code`, `content`)' },
  '5xx': { ...UcpProtocolError, description: 'A UCP protocol error' },
};
const checkoutOrOutcome = (description: string) =>
  Type.Union([UcpErrorResponse, UcpCheckout], {
    description: `${description}; or a business outcome without a checkout (\`ucp.status\` = \`error\`, e.g. \`not_found\`, \`item_unavailable\`)`,
  });

/** A business outcome the routes answer with HTTP 200 and no resource (UCP's error_response). */
class UcpOutcome extends AppError {
  readonly status = 200;
  readonly code: ProblemCode = 'not_found';
  readonly title = 'A business outcome without a resource';
  readonly ucpCode: string;
  readonly capability: string;
  constructor(capability: string, ucpCode: string, detail: string) {
    super({ detail });
    this.ucpCode = ucpCode;
    this.capability = capability;
  }
}

/** The protocol error code UCP's REST binding uses for an error thrown in a UCP route. */
function protocolCode(error: AppError): string {
  if (error instanceof IdempotencyKeyReused) return 'idempotency_conflict';
  if (error instanceof IdempotencyKeyInUse) return 'idempotency_in_flight';
  if (error instanceof SessionClosed) return 'checkout_not_open';
  if (error instanceof SessionNotCancelable) return 'checkout_not_cancelable';
  if (error instanceof Unauthenticated) {
    const detail = error.detail ?? '';
    if (/Content-Digest/.test(detail) && !/needs a Content-Digest/.test(detail)) return 'digest_mismatch';
    if (/keyid names no key/.test(detail)) return 'key_not_found';
    if (/needs a Content-Digest|no Signature for label|Signature-Input must/.test(detail)) return 'signature_missing';
    return /signature/i.test(detail) ? 'signature_invalid' : 'unauthorized';
  }
  if (error instanceof Forbidden) return 'forbidden';
  if (error instanceof RateLimited) return 'rate_limited';
  if (error.status === 400) return typeof error.extensions?.ucpCode === 'string' ? error.extensions.ucpCode : 'invalid_request';
  return error.code;
}

/** JSON pointer (/line_items/0/quantity) → the protocol's JSONPath ($.line_items[0].quantity). */
const jsonPath = (pointer: string): string => `$${pointer.replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.')}`;

/** The UCP-Agent header's profile URI (RFC 8941 dictionary member `profile`, a string). */
export function agentProfile(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header.join(', ') : header;
  const match = value ? /(?:^|[,\s])profile\s*=\s*"([^"\\]*)"/.exec(value) : null;
  if (!match?.[1]) return undefined;
  try {
    const url = new URL(match[1]);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The session's currency: the context's hint, else the currency of a region shipping to the hinted country, else the first region's. */
async function currencyFor(db: Db, body: UcpCreateBody): Promise<string> {
  const hint = body.context?.currency;
  if (typeof hint === 'string' && /^[A-Za-z]{3}$/.test(hint)) return hint.toUpperCase();
  const regions = (await listRegions(db, { limit: 100 })).items;
  const country = countryHint(body);
  const region = (country ? regions.find((r) => r.countries.includes(country)) : undefined) ?? regions[0];
  if (!region) throw new BadRequest({ detail: 'The shop sells in no region yet.' });
  return region.currency;
}

function checkedChanges(body: UcpCreateBody | UcpUpdateBody): SessionChanges {
  const { invalidAddress, ...changes } = changesFrom(body);
  if (invalidAddress) {
    throw new BadRequest({
      detail: 'A shipping destination needs street_address, address_locality and a 2-letter address_country.',
      errors: [{ path: '/fulfillment/methods/0/destinations', message: 'is not a complete postal address' }],
    });
  }
  return changes;
}

/** An item the cart refuses (unknown, unpublished, unpriced) is UCP's `item_unavailable` outcome. */
async function withItems<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error instanceof NotFound && error.errors?.[0]?.path === '/variantId') || error instanceof PriceMissing) {
      throw new UcpOutcome(CHECKOUT_CAPABILITY, 'item_unavailable', error.detail ?? 'An item is not available for purchase.');
    }
    throw error;
  }
}

/**
 * The Universal Commerce Protocol's REST binding (version 2026-04-08) under `/ucp`: the checkout
 * capability (create, get, update, complete, cancel), the order capability (get) and the catalog
 * capability (search, lookup, product; ucp.catalog.ts). Every request
 * needs an agent allowed `ucp` (bearer key or RFC 9421 signature) and the `UCP-Agent` header;
 * writes take an `Idempotency-Key`, stored by Stockroom's own idempotency facility. Protocol
 * errors are `{code, content}`; business outcomes (out of stock, a declined payment) come back as
 * `messages[]` in the checkout, and a checkout or order the agent cannot see as a 200 with
 * `ucp.status` = `error` and `not_found`. Every response is signed with the shop's key.
 */
export const ucpRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, context) => {
  const { db, config: appConfig } = context;
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError instanceof UcpOutcome) {
      return reply
        .code(200)
        .type('application/json; charset=utf-8')
        .send(errorOutcome(appError.capability, appError.ucpCode, appError.detail ?? ''));
    }
    if (appError instanceof NotFound && !appError.errors?.length) {
      const capability = request.routeOptions.url?.startsWith('/ucp/orders') ? ORDER_CAPABILITY : CHECKOUT_CAPABILITY;
      return reply
        .code(200)
        .type('application/json; charset=utf-8')
        .send(errorOutcome(capability, 'not_found', appError.detail ?? 'Not found.'));
    }
    if (appError.status >= 500) request.log.error({ err: loggableError(error), code: appError.code }, 'request failed');
    else request.log.info({ code: appError.code, status: appError.status }, 'request rejected');
    for (const [name, value] of Object.entries(appError.headers)) reply.header(name, value);
    if (appError instanceof IdempotencyKeyInUse) reply.header('retry-after', '1');
    // UCP: a key reused with other parameters is 409 Conflict.
    const code = protocolCode(appError);
    // UCP's status codes: a reused key and a session that cannot be canceled are 409, a body that does not match its digest 400.
    const status =
      appError instanceof IdempotencyKeyReused || appError instanceof SessionNotCancelable
        ? 409
        : code === 'digest_mismatch'
          ? 400
          : appError.status;
    const body: UcpProtocolError = { code, content: appError.detail ?? appError.title };
    const first = appError.errors?.[0];
    if (first?.path !== undefined && first.path !== '') {
      body.path = jsonPath(first.path);
      if (first.message) body.content = `${body.content} ${body.path}: ${first.message}`.trim();
    }
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });

  // After the agent's access check (parent scope), before validation and the key's claim.
  app.addHook('preValidation', async (request) => {
    if (!agentProfile(request.headers['ucp-agent'])) {
      throw new BadRequest({
        detail: 'Send the UCP-Agent header with the platform profile: profile="https://platform.example/.well-known/ucp".',
        extensions: { ucpCode: 'invalid_profile_url' },
      });
    }
  });

  // Responses are signed with the shop's key (RFC 9421: @status, content-digest, content-type).
  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.headers['idempotency-key'];
    if (typeof key === 'string') reply.header('idempotency-key', key);
    const requestId = request.headers['request-id'];
    if (typeof requestId === 'string') reply.header('request-id', requestId);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const contentType = reply.getHeader('content-type');
    const headers = signResponse(
      await shopSigningKey(db),
      reply.statusCode,
      payload,
      typeof contentType === 'string' ? contentType : undefined,
    );
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    return payload;
  });

  // The catalog capability shares this scope: its UCP-Agent check, error format and response signing.
  await app.register(ucpCatalogRoutes, context);

  app.post(
    '/ucp/checkout-sessions',
    {
      config,
      schema: {
        tags,
        summary: 'UCP: create a checkout session',
        description:
          'Opens a session on a new cart with `line_items` (variant ids and quantities); buyer and a shipping destination optional. ' +
          'The currency is `context.currency`, else that of a region shipping to the destination (or `context.address_country`), else the first region’s.',
        headers: UcpHeaders,
        body: UcpCreateBody,
        response: {
          201: { ...UcpCheckout, description: 'The session, priced by the shop' },
          200: checkoutOrOutcome('No session was created'),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const agent = agentOf(req);
      const changes = checkedChanges(req.body);
      const currency = await currencyFor(db, req.body);
      return withItems(() =>
        inRequestTransaction(req, reply, db, async (tx) => {
          const state = await openSession(tx, agent, 'ucp', { currency, ...changes });
          reply.code(201);
          return toUcpCheckout(appConfig, state);
        }),
      );
    },
  );

  app.get(
    '/ucp/checkout-sessions/:id',
    {
      config,
      schema: {
        tags,
        summary: 'UCP: the checkout session as it is now',
        headers: UcpReadHeaders,
        params: UcpSessionParams,
        response: { 200: checkoutOrOutcome('The session'), ...errors },
      },
    },
    async (req) => toUcpCheckout(appConfig, await readSession(db, agentOf(req), req.params.id)),
  );

  app.put(
    '/ucp/checkout-sessions/:id',
    {
      config,
      schema: {
        tags,
        summary: 'UCP: update a checkout session (full replacement)',
        description:
          '`line_items` replaces the whole list; a destination in `fulfillment.methods[0]` sets the shipping address; ' +
          '`fulfillment.methods[0].groups[0].selected_option_id` picks the shipping option.',
        headers: UcpHeaders,
        params: UcpSessionParams,
        body: UcpUpdateBody,
        response: { 200: checkoutOrOutcome('The updated session'), ...errors },
      },
    },
    async (req, reply) => {
      const agent = agentOf(req);
      const changes = checkedChanges(req.body);
      return withItems(() =>
        inRequestTransaction(req, reply, db, async (tx) =>
          toUcpCheckout(appConfig, await changeSession(tx, agent, req.params.id, changes)),
        ),
      );
    },
  );

  app.post(
    '/ucp/checkout-sessions/:id/complete',
    {
      config: { ...config, idempotency: 'phased' },
      schema: {
        tags,
        summary: 'UCP: complete a checkout session (pay and place the order)',
        description:
          'Completes through the same three phases as `POST /store/carts/:id/complete`: reserve, authorize, place; exactly once per ' +
          'session whatever the agent retries. Handler `stockroom_test_card` takes a test card number as `credential.token`. ' +
          'Out of stock and declined payments answer 200 with the session and an error in `messages[]`; nothing is held or charged.',
        headers: UcpHeaders,
        params: UcpSessionParams,
        body: UcpCompleteBody,
        response: { 200: checkoutOrOutcome('The completed session with its order, or the open session with messages'), ...errors },
      },
    },
    async (req, reply) => {
      const agent = agentOf(req);
      const instruments = req.body.payment.instruments;
      const index = Math.max(
        0,
        instruments.findIndex((i) => i.selected === true),
      );
      const instrument = instruments[index];
      const handler = instrument ? UCP_PAYMENT_HANDLERS[instrument.handler_id] : undefined;
      if (!instrument || !handler) {
        throw new BadRequest({
          detail: 'Pay with one of the payment handlers in ucp.payment_handlers.',
          errors: [{ path: `/payment/instruments/${index}/handler_id`, message: 'is not a payment handler of this shop' }],
        });
      }
      const token = instrument.credential?.type === handler.credentialType ? instrument.credential.token : undefined;
      if (token === undefined) {
        throw new BadRequest({
          detail: `The ${instrument.handler_id} handler takes a credential of type ${handler.credentialType} with a token.`,
          errors: [{ path: `/payment/instruments/${index}/credential`, message: `must be {type: "${handler.credentialType}", token}` }],
        });
      }
      reply.code(200);
      return completeSession(
        db,
        appConfig,
        req.phases,
        reply,
        agent,
        req.params.id,
        { payment: { provider: handler.provider, data: { card: token } } },
        (outcome) => toUcpCheckout(appConfig, outcome.state, outcome.kind === 'problem' ? outcome.problem : undefined),
      );
    },
  );

  app.post(
    '/ucp/checkout-sessions/:id/cancel',
    {
      config,
      schema: {
        tags,
        summary: 'UCP: cancel a checkout session',
        description: 'A completed or canceled session answers 409 `checkout_not_cancelable`.',
        headers: UcpHeaders,
        params: UcpSessionParams,
        response: { 200: checkoutOrOutcome('The canceled session'), ...errors },
      },
    },
    async (req, reply) => {
      const agent = agentOf(req);
      return inRequestTransaction(req, reply, db, async (tx) => toUcpCheckout(appConfig, await cancelSession(tx, agent, req.params.id)));
    },
  );

  app.get(
    '/ucp/orders/:id',
    {
      config,
      schema: {
        tags,
        summary: 'UCP: an order this agent placed',
        description: 'Only the agent whose checkout session placed the order sees it; any other order answers `not_found`.',
        headers: UcpReadHeaders,
        params: UcpSessionParams,
        response: {
          200: Type.Union([UcpErrorResponse, UcpOrder], { description: 'The order; or `not_found` (`ucp.status` = `error`)' }),
          ...errors,
        },
      },
    },
    async (req) => {
      const agent = agentOf(req);
      const session = await findAgentSessionByOrder(db, agent.id, req.params.id);
      const [order] = session ? await loadOrderViews(db, [req.params.id]) : [];
      if (!session || !order) throw new UcpOutcome(ORDER_CAPABILITY, 'not_found', `There is no order ${req.params.id}.`);
      return toUcpOrder(appConfig, order, session.id, await loadUcpOrderHistory(db, order.id));
    },
  );
};

/**
 * The UCP business profile at `/.well-known/ucp` (public): the protocol version, the REST service
 * and its endpoint, the capabilities Stockroom implements, its payment handlers and the shop's
 * public signing keys (JWK), with which agents verify the signatures on what the shop sends.
 */
export const ucpProfileRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config: appConfig }) => {
  app.get(
    '/.well-known/ucp',
    {
      schema: {
        tags,
        summary: 'UCP: the business profile (discovery)',
        description: 'Services, capabilities, payment handlers and signing keys, as UCP discovery defines them.',
        response: { 200: UcpProfile },
      },
    },
    async (_req, reply) => {
      const base = appConfig.publicUrl.replace(/\/$/, '');
      reply.header('cache-control', 'public, max-age=300');
      return {
        ucp: {
          version: UCP_VERSION,
          services: {
            'dev.ucp.shopping': [
              {
                version: UCP_VERSION,
                spec: `https://ucp.dev/${UCP_VERSION}/specification/overview`,
                transport: 'rest' as const,
                endpoint: `${base}/ucp`,
                schema: `https://ucp.dev/${UCP_VERSION}/services/shopping/rest.openapi.json`,
              },
            ],
          },
          capabilities: profileCapabilities(),
          payment_handlers: paymentHandlers(appConfig),
        },
        signing_keys: await shopPublicKeys(db),
      };
    },
  );
};
