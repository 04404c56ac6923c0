import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, BadRequest, IdempotencyKeyInUse, IdempotencyKeyReused } from '../../platform/errors.ts';
import { loggableError, toAppError } from '../../platform/http/problem.ts';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { agentOf } from './access.ts';
import {
  ACP_VERSIONS,
  AcpCancelBody,
  AcpCheckoutSession,
  AcpCompleteBody,
  AcpCreateBody,
  AcpError,
  AcpHeaders,
  AcpReadHeaders,
  AcpSessionParams,
  AcpUpdateBody,
} from './acp.schemas.ts';
import { fromAcpAddress, linesOf, offeredAcpHandler, toAcpSession } from './acp.views.ts';
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

const tags = ['Agents: ACP'];
const config = { agentProtocol: 'acp' as const };
const errors = {
  '4xx': { ...AcpError, description: 'An ACP error object (`type`, `code`, `message`, `param`)' },
  '5xx': { ...AcpError, description: 'An ACP error object (`processing_error` or `service_unavailable`)' },
};

/** The ACP error object for anything thrown in an ACP route; idempotency errors get the protocol's own codes. */
export function toAcpError(error: AppError): AcpError {
  if (error instanceof IdempotencyKeyReused) {
    return {
      type: 'invalid_request',
      code: 'idempotency_conflict',
      message: 'Idempotency-Key has already been used with a different request body',
    };
  }
  if (error instanceof IdempotencyKeyInUse) {
    return {
      type: 'invalid_request',
      code: 'idempotency_in_flight',
      message: 'A request with this Idempotency-Key is currently being processed',
    };
  }
  const type = error.status === 503 ? 'service_unavailable' : error.status >= 500 ? 'processing_error' : 'invalid_request';
  const out: AcpError = {
    type,
    code:
      error instanceof SessionClosed ? 'session_not_open' : error instanceof SessionNotCancelable ? 'session_not_cancelable' : error.code,
    message: error.detail ?? error.title,
  };
  const path = error.errors?.[0]?.path;
  if (path !== undefined && path !== '') {
    // JSON pointer (/line_items/0/id) → the protocol's JSONPath ($.line_items[0].id)
    out.param = `$${path.replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.')}`;
    if (error.errors?.[0]?.message) out.message = `${out.message} ${path}: ${error.errors[0].message}`.trim();
  }
  return out;
}

function acpProblem(code: string, message: string, extra: Partial<AcpError> = {}): AppError {
  const error = new BadRequest({ detail: message, extensions: { acpCode: code, ...extra } });
  return error;
}

function changesFrom(body: {
  line_items?: { id: string }[] | undefined;
  buyer?: { email: string } | undefined;
  fulfillment_details?: Parameters<typeof fromAcpAddress>[1] | undefined;
  selected_fulfillment_options?: { option_id: string }[] | undefined;
}): SessionChanges {
  const details = body.fulfillment_details;
  const email = body.buyer?.email ?? details?.email;
  return {
    ...(body.line_items ? { lines: linesOf(body.line_items) } : {}),
    ...(body.buyer ? { buyer: body.buyer } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(details?.address ? { address: fromAcpAddress(details.address, details) } : {}),
    ...(body.selected_fulfillment_options?.[0] ? { shippingOptionId: body.selected_fulfillment_options[0].option_id } : {}),
  };
}

/**
 * The Agentic Commerce Protocol's checkout API (version 2026-04-17) under `/acp`: the five
 * checkout-session endpoints. Every request needs an agent allowed `acp` and the `API-Version`
 * header; every POST needs an `Idempotency-Key`, which Stockroom's own idempotency facility stores
 * (scoped to the agent and the endpoint path) and whose errors carry the protocol's codes. Errors
 * are ACP error objects, not problem+json; recoverable problems (out of stock, a declined payment)
 * come back as `messages[]` in the session.
 */
export const acpRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config: appConfig }) => {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: loggableError(error), code: appError.code }, 'request failed');
    else request.log.info({ code: appError.code, status: appError.status }, 'request rejected');
    for (const [name, value] of Object.entries(appError.headers)) reply.header(name, value);
    if (appError instanceof IdempotencyKeyInUse) reply.header('retry-after', '1');
    const extensions = appError.extensions ?? {};
    const body =
      typeof extensions.acpCode === 'string'
        ? { ...toAcpError(appError), code: extensions.acpCode, ...extensions, acpCode: undefined }
        : toAcpError(appError);
    return reply.code(appError.status).type('application/json; charset=utf-8').send(body);
  });

  // After the agent's access check (parent scope), before validation and the key's claim.
  app.addHook('preValidation', async (request) => {
    const version = request.headers['api-version'];
    if (typeof version !== 'string' || version === '') {
      throw acpProblem('missing_api_version', 'Send the API-Version header.', { supported_versions: [...ACP_VERSIONS] });
    }
    if (!(ACP_VERSIONS as readonly string[]).includes(version)) {
      throw acpProblem('unsupported_api_version', `API-Version ${version} is not supported.`, { supported_versions: [...ACP_VERSIONS] });
    }
    if (request.method === 'POST' && request.headers['idempotency-key'] === undefined) {
      throw acpProblem('idempotency_key_required', 'Idempotency-Key header is required on all POST requests');
    }
  });
  app.addHook('onSend', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method === 'POST' && typeof key === 'string') reply.header('idempotency-key', key);
    const requestId = request.headers['request-id'];
    if (typeof requestId === 'string') reply.header('request-id', requestId);
  });

  app.post(
    '/acp/checkout_sessions',
    {
      config,
      schema: {
        tags,
        summary: 'ACP: create a checkout session',
        description:
          'Opens a session on a new cart: one `line_items` entry per unit of a variant id, in `currency`; buyer and address optional.',
        headers: AcpHeaders,
        body: AcpCreateBody,
        response: { 201: { ...AcpCheckoutSession, description: 'The session, priced by the shop' }, ...errors },
      },
    },
    async (req, reply) => {
      const agent = agentOf(req);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const state = await openSession(tx, agent, 'acp', { currency: req.body.currency, ...changesFrom(req.body) });
        reply.code(201);
        return toAcpSession(appConfig, state);
      });
    },
  );

  app.get(
    '/acp/checkout_sessions/:id',
    {
      config,
      schema: {
        tags,
        summary: 'ACP: the checkout session as it is now',
        headers: AcpReadHeaders,
        params: AcpSessionParams,
        response: { 200: { ...AcpCheckoutSession, description: 'The session' }, ...errors },
      },
    },
    async (req) => toAcpSession(appConfig, await readSession(db, agentOf(req), req.params.id)),
  );

  app.post(
    '/acp/checkout_sessions/:id',
    {
      config,
      schema: {
        tags,
        summary: 'ACP: update a checkout session',
        description: '`line_items` replaces the whole list; `selected_fulfillment_options` picks one shipping option for every item.',
        headers: AcpHeaders,
        params: AcpSessionParams,
        body: AcpUpdateBody,
        response: { 200: { ...AcpCheckoutSession, description: 'The updated session' }, ...errors },
      },
    },
    async (req, reply) => {
      const agent = agentOf(req);
      return inRequestTransaction(req, reply, db, async (tx) =>
        toAcpSession(appConfig, await changeSession(tx, agent, req.params.id, changesFrom(req.body))),
      );
    },
  );

  app.post(
    '/acp/checkout_sessions/:id/complete',
    {
      config: { ...config, idempotency: 'phased' },
      schema: {
        tags,
        summary: 'ACP: complete a checkout session (pay and place the order)',
        description:
          'Completes through the same three phases as `POST /store/carts/:id/complete`: reserve, authorize, place; exactly once per ' +
          'session whatever the agent retries. Payment handler `stockroom_test_card` takes a test card number as the credential token; ' +
          '`card_tokenized` (offered when Stripe is configured) takes a Stripe shared payment token (`spt_…`, credential type `spt`). ' +
          'Out of stock and declined payments answer 200 with the session and an error in `messages[]`; nothing is held or charged.',
        headers: AcpHeaders,
        params: AcpSessionParams,
        body: AcpCompleteBody,
        response: {
          200: { ...AcpCheckoutSession, description: 'The completed session with its order, or the open session with messages' },
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const agent = agentOf(req);
      const { payment_data: paymentData, buyer } = req.body;
      const handler = offeredAcpHandler(appConfig, paymentData.handler_id);
      if (!handler) {
        throw new BadRequest({
          detail: `Payment handler ${paymentData.handler_id} is not offered; use one of the session's capabilities.payment.handlers.`,
          errors: [{ path: '/payment_data/handler_id', message: 'is not a payment handler of this shop' }],
        });
      }
      const credential = paymentData.instrument.credential;
      if (credential.type !== handler.credentialType) {
        throw new BadRequest({
          detail: `Payment handler ${paymentData.handler_id} takes a credential of type ${handler.credentialType}.`,
          errors: [{ path: '/payment_data/instrument/credential/type', message: `must be ${handler.credentialType}` }],
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
        {
          payment: { provider: handler.provider, data: handler.data(credential.token) },
          ...(buyer ? { buyer, email: buyer.email } : {}),
        },
        (outcome) => toAcpSession(appConfig, outcome.state, outcome.kind === 'problem' ? outcome.problem : undefined),
      );
    },
  );

  app.post(
    '/acp/checkout_sessions/:id/cancel',
    {
      config,
      schema: {
        tags,
        summary: 'ACP: cancel a checkout session',
        description: 'A completed or canceled session answers 405.',
        headers: AcpHeaders,
        params: AcpSessionParams,
        body: AcpCancelBody,
        response: { 200: { ...AcpCheckoutSession, description: 'The canceled session' }, ...errors },
      },
    },
    async (req, reply) => {
      const agent = agentOf(req);
      return inRequestTransaction(req, reply, db, async (tx) => toAcpSession(appConfig, await cancelSession(tx, agent, req.params.id)));
    },
  );
};
