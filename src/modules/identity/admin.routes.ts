import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import { Forbidden } from '../../platform/errors.ts';
import { expectedVersion, setEtag } from '../../platform/http/versioning.ts';
import {
  ApiKeyCreated,
  ApiKeyPage,
  ApiKeyView,
  ChangePasswordBody,
  CreateApiKeyBody,
  CreateStaffBody,
  CustomerListQuery,
  CustomerPage,
  CustomerView,
  EmailPage,
  IdParams,
  ListQuery,
  MeView,
  NoContent,
  StaffPage,
  StaffView,
  UpdateApiKeyBody,
  UpdateStaffBody,
} from './identity.schemas.ts';
import { toApiKeyView, toCustomerView, toEmailView, toStaffView } from './identity.views.ts';
import { getCustomer, listCustomers } from './customers.ts';
import { changeOwnStaffPassword, createStaff, deleteStaff, getStaff, listStaff, updateStaff } from './staff.ts';
import { createApiKey, getApiKey, listApiKeys, renameApiKey, revokeApiKey } from './api-keys.ts';
import { listStoredEmails } from './password-reset.ts';
import { hashNewPassword } from './password-policy.ts';
import { checkOwnPasswordChange } from './login.ts';
import type { IdentityRouteContext } from './runtime.ts';

/** /admin/me, /admin/customers, /admin/staff, /admin/api-keys, /admin/emails. Each route declares its permission. */
export const adminRoutes: FastifyPluginAsyncTypebox<IdentityRouteContext> = async (app, { db, runtime }) => {
  // ---- the caller's own account (every role holds me:read and me:write; every API key me:read) ----
  const meTags = ['Admin: me'];
  app.get(
    '/admin/me',
    {
      config: { permission: 'me:read' },
      schema: { tags: meTags, summary: 'The signed-in staff member, or the API key making the request', response: { 200: MeView } },
    },
    async (req) => {
      const principal = req.principal;
      const permissions = principal.kind === 'staff' || principal.kind === 'api_key' ? [...principal.permissions].sort() : [];
      if (principal.kind === 'api_key')
        return { kind: 'api_key' as const, apiKey: toApiKeyView(await getApiKey(db, principal.id)), permissions };
      if (principal.kind !== 'staff') throw new Forbidden();
      return { kind: 'staff' as const, staff: toStaffView(await getStaff(db, principal.id)), permissions };
    },
  );

  app.post(
    '/admin/me/password',
    {
      config: { permission: 'me:write', idempotency: 'off' },
      schema: {
        tags: meTags,
        summary: 'Change your own password (not a commonly breached one); your other sessions are revoked, this one stays',
        body: ChangePasswordBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const principal = req.principal;
      if (principal.kind !== 'staff') throw new Forbidden({ detail: 'Only a signed-in staff member has a password to change.' });
      const member = await getStaff(db, principal.id);
      const passwordHash = await checkOwnPasswordChange(runtime.throttle, runtime.limits, {
        ip: req.ip,
        scope: 'staff',
        account: member,
        ...req.body,
      });
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        await changeOwnStaffPassword(tx, member.id, passwordHash, principal.sessionId);
        reply.code(204);
        return null;
      });
      req.log.info({ event: 'auth.password_changed', staffId: member.id }, 'staff password changed');
      return body;
    },
  );

  // ---- customers ----
  app.get(
    '/admin/customers',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['Admin: customers'],
        summary: 'Customers, newest first',
        querystring: CustomerListQuery,
        response: { 200: CustomerPage },
      },
    },
    async (req) => {
      const page = await listCustomers(db, { limit: req.query.limit ?? 20, cursor: req.query.cursor, email: req.query.email });
      return { items: page.items.map(toCustomerView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/admin/customers/:id',
    {
      config: { permission: 'customers:read' },
      schema: { tags: ['Admin: customers'], summary: 'One customer', params: IdParams, response: { 200: CustomerView } },
    },
    async (req) => toCustomerView(await getCustomer(db, req.params.id)),
  );

  // ---- staff ----
  const staffTags = ['Admin: staff'];
  app.get(
    '/admin/staff',
    {
      config: { permission: 'staff:read' },
      schema: { tags: staffTags, summary: 'Staff members', querystring: ListQuery, response: { 200: StaffPage } },
    },
    async (req) => {
      const page = await listStaff(db, { limit: req.query.limit ?? 20, cursor: req.query.cursor });
      return { items: page.items.map(toStaffView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/admin/staff',
    {
      config: { permission: 'staff:write' },
      schema: {
        tags: staffTags,
        summary: 'Add a staff member (only an owner may add an owner)',
        body: CreateStaffBody,
        response: { 201: StaffView },
      },
    },
    async (req, reply) => {
      const passwordHash = await hashNewPassword(req.body.password);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const member = await createStaff(tx, req.principal, { ...req.body, passwordHash });
        reply.code(201);
        setEtag(reply, member.id, member.version);
        return toStaffView(member);
      });
    },
  );

  app.get(
    '/admin/staff/:id',
    {
      config: { permission: 'staff:read' },
      schema: { tags: staffTags, summary: 'One staff member', params: IdParams, response: { 200: StaffView } },
    },
    async (req, reply) => {
      const member = await getStaff(db, req.params.id);
      setEtag(reply, member.id, member.version);
      return toStaffView(member);
    },
  );

  app.patch(
    '/admin/staff/:id',
    {
      config: { permission: 'staff:write' },
      schema: {
        tags: staffTags,
        summary: 'Change role, name, password (owners only, never your own) or disable; the last active owner stays an owner',
        params: IdParams,
        body: UpdateStaffBody,
        response: { 200: StaffView },
      },
    },
    async (req, reply) => {
      const { password, ...rest } = req.body;
      const passwordHash = password === undefined ? undefined : await hashNewPassword(password);
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const member = await updateStaff(tx, req.principal, req.params.id, { ...rest, passwordHash }, expected);
        setEtag(reply, member.id, member.version);
        return toStaffView(member);
      });
    },
  );

  app.delete(
    '/admin/staff/:id',
    {
      config: { permission: 'staff:write' },
      schema: { tags: staffTags, summary: 'Remove a staff member (never the last owner)', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await deleteStaff(tx, req.principal, req.params.id, expected);
        reply.code(204);
        return null;
      });
    },
  );

  // ---- API keys ----
  const keyTags = ['Admin: API keys'];
  app.get(
    '/admin/api-keys',
    {
      config: { permission: 'api_keys:read' },
      schema: { tags: keyTags, summary: 'API keys (never their secrets)', querystring: ListQuery, response: { 200: ApiKeyPage } },
    },
    async (req) => {
      const page = await listApiKeys(db, { limit: req.query.limit ?? 20, cursor: req.query.cursor });
      return { items: page.items.map(toApiKeyView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/admin/api-keys',
    {
      // The reply holds the secret: it must never be stored for idempotent replay.
      config: { permission: 'api_keys:write', idempotency: 'off' },
      schema: {
        tags: keyTags,
        summary: 'Create a secret key with a subset of your permissions; the secret is shown only here',
        body: CreateApiKeyBody,
        response: { 201: ApiKeyCreated },
      },
    },
    async (req, reply) => {
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        const created = await createApiKey(tx, req.principal, req.body);
        reply.code(201);
        return { apiKey: toApiKeyView(created.apiKey), secret: created.secret };
      });
      req.log.info({ event: 'identity.api_key_created', apiKeyId: body.apiKey.id }, 'API key created');
      return body;
    },
  );

  app.get(
    '/admin/api-keys/:id',
    {
      config: { permission: 'api_keys:read' },
      schema: { tags: keyTags, summary: 'One API key', params: IdParams, response: { 200: ApiKeyView } },
    },
    async (req, reply) => {
      const key = await getApiKey(db, req.params.id);
      setEtag(reply, key.id, key.version);
      return toApiKeyView(key);
    },
  );

  app.patch(
    '/admin/api-keys/:id',
    {
      config: { permission: 'api_keys:write' },
      schema: { tags: keyTags, summary: 'Rename an API key', params: IdParams, body: UpdateApiKeyBody, response: { 200: ApiKeyView } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const key = await renameApiKey(tx, req.params.id, req.body.name, expected);
        setEtag(reply, key.id, key.version);
        return toApiKeyView(key);
      });
    },
  );

  app.delete(
    '/admin/api-keys/:id',
    {
      config: { permission: 'api_keys:write' },
      schema: { tags: keyTags, summary: 'Revoke an API key at once', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        await revokeApiKey(tx, req.params.id);
        reply.code(204);
        return null;
      });
      req.log.info({ event: 'identity.api_key_revoked', apiKeyId: req.params.id }, 'API key revoked');
      return body;
    },
  );

  // ---- stored emails ----
  app.get(
    '/admin/emails',
    {
      config: { permission: 'emails:read' },
      schema: {
        tags: ['Admin: emails'],
        summary: 'Emails kept because no SMTP server is configured (owners only; spent reset codes are struck out)',
        querystring: ListQuery,
        response: { 200: EmailPage },
      },
    },
    async (req) => {
      const page = await listStoredEmails(db, { limit: req.query.limit ?? 20, cursor: req.query.cursor });
      return { items: page.items.map(toEmailView), nextCursor: page.nextCursor };
    },
  );
};
