import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { privateReads } from '../../platform/http/cache.ts';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import { requireCustomer } from '../../platform/http/auth.ts';
import {
  AddressPage,
  AddressView,
  ChangePasswordBody,
  CreateAddressBody,
  CustomerView,
  IdParams,
  ListQuery,
  NoContent,
  UpdateAddressBody,
  UpdateMeBody,
} from './identity.schemas.ts';
import { toAddressView, toCustomerView } from './identity.views.ts';
import { changeOwnCustomerPassword, getCustomer, updateCustomer } from './customers.ts';
import { createAddress, deleteAddress, getAddress, listAddresses, updateAddress } from './addresses.ts';
import { checkOwnPasswordChange } from './login.ts';
import type { IdentityRouteContext } from './runtime.ts';

const customerOnly = { auth: 'customer' } as const;

/** /store/me: the signed-in customer's profile and address book. Every query is scoped to them. */
export const storeRoutes: FastifyPluginAsyncTypebox<IdentityRouteContext> = async (app, { db, runtime }) => {
  privateReads(app); // personal data: `Cache-Control: private, no-store`
  app.get(
    '/store/me',
    {
      config: customerOnly,
      schema: { tags: ['Store: account'], summary: 'The signed-in customer', response: { 200: CustomerView } },
    },
    async (req) => toCustomerView(await getCustomer(db, requireCustomer(req.principal).id)),
  );

  app.patch(
    '/store/me',
    {
      config: customerOnly,
      schema: { tags: ['Store: account'], summary: 'Update your name or phone', body: UpdateMeBody, response: { 200: CustomerView } },
    },
    async (req, reply) => {
      const { id } = requireCustomer(req.principal);
      return inRequestTransaction(req, reply, db, async (tx) => toCustomerView(await updateCustomer(tx, id, req.body)));
    },
  );

  app.post(
    '/store/me/password',
    {
      config: { ...customerOnly, idempotency: 'off' },
      schema: {
        tags: ['Store: account'],
        summary: 'Change your password (not a commonly breached one); every other session of yours is revoked',
        body: ChangePasswordBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const { id, sessionId } = requireCustomer(req.principal);
      const account = await getCustomer(db, id);
      const passwordHash = await checkOwnPasswordChange(runtime.throttle, runtime.limits, {
        ip: req.ip,
        scope: 'customer',
        account,
        ...req.body,
      });
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        await changeOwnCustomerPassword(tx, id, passwordHash, sessionId);
        reply.code(204);
        return null;
      });
      req.log.info({ event: 'auth.password_changed', customerId: id }, 'password changed');
      return body;
    },
  );

  const tags = ['Store: addresses'];
  app.get(
    '/store/me/addresses',
    {
      config: customerOnly,
      schema: { tags, summary: 'Your addresses, newest first', querystring: ListQuery, response: { 200: AddressPage } },
    },
    async (req) => {
      const page = await listAddresses(db, requireCustomer(req.principal).id, { limit: req.query.limit ?? 20, cursor: req.query.cursor });
      return { items: page.items.map(toAddressView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/store/me/addresses',
    {
      config: customerOnly,
      schema: { tags, summary: 'Add an address', body: CreateAddressBody, response: { 201: AddressView } },
    },
    async (req, reply) => {
      const { id } = requireCustomer(req.principal);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const address = await createAddress(tx, id, req.body);
        reply.code(201);
        return toAddressView(address);
      });
    },
  );

  app.get(
    '/store/me/addresses/:id',
    {
      config: customerOnly,
      schema: { tags, summary: "One of your addresses (404 for anyone else's)", params: IdParams, response: { 200: AddressView } },
    },
    async (req) => toAddressView(await getAddress(db, requireCustomer(req.principal).id, req.params.id)),
  );

  app.patch(
    '/store/me/addresses/:id',
    {
      config: customerOnly,
      schema: { tags, summary: 'Change one of your addresses', params: IdParams, body: UpdateAddressBody, response: { 200: AddressView } },
    },
    async (req, reply) => {
      const { id } = requireCustomer(req.principal);
      return inRequestTransaction(req, reply, db, async (tx) => toAddressView(await updateAddress(tx, id, req.params.id, req.body)));
    },
  );

  app.delete(
    '/store/me/addresses/:id',
    {
      config: customerOnly,
      schema: { tags, summary: 'Delete one of your addresses', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const { id } = requireCustomer(req.principal);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await deleteAddress(tx, id, req.params.id);
        reply.code(204);
        return null;
      });
    },
  );
};
