import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import { expectedVersion, setEtag } from '../../platform/http/versioning.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { ShopSettingsPatch, ShopSettingsView } from './storefront.schemas.ts';
import { getShopSettings, SETTINGS_ID, updateShopSettings } from './settings.ts';

const tags = ['Admin: settings'];

/** GET/PATCH /admin/settings: the shop's name, logo, default region, return policy and shipping summary. */
export const settingsRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.get(
    '/admin/settings',
    {
      config: { permission: 'settings:read' },
      schema: { tags, summary: 'The shop settings used by the storefront and its structured data', response: { 200: ShopSettingsView } },
    },
    async (_req, reply) => {
      const settings = await getShopSettings(db);
      setEtag(reply, SETTINGS_ID, settings.version);
      return settings;
    },
  );

  app.patch(
    '/admin/settings',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        summary: 'Change shop settings (If-Match honoured)',
        description: 'Fields left out keep their value; `logoUrl` and `defaultRegionId` may be set to null.',
        body: ShopSettingsPatch,
        response: { 200: ShopSettingsView },
      },
    },
    async (req, reply) => {
      const version = expectedVersion(req, SETTINGS_ID);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const settings = await updateShopSettings(tx, req.body, version);
        setEtag(reply, SETTINGS_ID, settings.version);
        return settings;
      });
    },
  );
};
