import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/index.ts';
import { BadRequest, type FieldError } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/versioning.ts';
import { iso } from '../../platform/http/schema.ts';
import { findRegion } from '../pricing/index.ts';
import { shopSettings } from './storefront.tables.ts';
import type { ShopSettingsPatch, ShopSettingsView } from './storefront.schemas.ts';

/** The resource id of the one settings row in ETags (`"settings.<version>"`). */
export const SETTINGS_ID = 'settings';

type SettingsRow = typeof shopSettings.$inferSelect;

function toView(row: SettingsRow): ShopSettingsView {
  return {
    name: row.name,
    logoUrl: row.logoUrl,
    defaultRegionId: row.defaultRegionId,
    returnPolicy: { days: row.returnDays, isFree: row.isReturnFree },
    shipping: {
      summary: row.shippingSummary,
      handlingDays: { min: row.handlingDaysMin, max: row.handlingDaysMax },
      transitDays: { min: row.transitDaysMin, max: row.transitDaysMax },
    },
    policyLinks: { returns: row.returnPolicyUrl, privacy: row.privacyPolicyUrl, terms: row.termsUrl },
    version: row.version,
    updatedAt: iso(row.updatedAt),
  };
}

/** The shop settings (the row is created by the migration, so there always is one). */
export async function getShopSettings(db: Db): Promise<ShopSettingsView> {
  const [row] = await db.select().from(shopSettings).where(eq(shopSettings.id, 1));
  if (!row) throw new Error('shop_settings has no row: migration 0016 did not run');
  return toView(row);
}

/**
 * Changes the settings. The row is locked first, so two concurrent PATCHes apply one after the
 * other and a stale If-Match is refused against the version the lock saw.
 */
export async function updateShopSettings(tx: Tx, patch: ShopSettingsPatch, expectedVersion: number | undefined): Promise<ShopSettingsView> {
  // FOR UPDATE: the version check and the write see the same row version.
  const [row] = await tx.select().from(shopSettings).where(eq(shopSettings.id, 1)).for('update');
  if (!row) throw new Error('shop_settings has no row: migration 0016 did not run');
  assertVersion(expectedVersion, row.version, 'settings');
  const errors: FieldError[] = [];
  if (patch.defaultRegionId && !(await findRegion(tx, patch.defaultRegionId))) {
    errors.push({ path: '/defaultRegionId', message: 'is not a region' });
  }
  const ranges = [
    ['handlingDays', patch.shipping?.handlingDays],
    ['transitDays', patch.shipping?.transitDays],
  ] as const;
  for (const [name, range] of ranges) {
    if (range && range.min > range.max) errors.push({ path: `/shipping/${name}/min`, message: 'must not exceed max' });
  }
  if (errors.length > 0) throw new BadRequest({ detail: 'Some fields are invalid.', errors });
  const [updated] = await tx
    .update(shopSettings)
    .set({
      name: patch.name ?? row.name,
      logoUrl: patch.logoUrl === undefined ? row.logoUrl : patch.logoUrl,
      defaultRegionId: patch.defaultRegionId === undefined ? row.defaultRegionId : patch.defaultRegionId,
      returnDays: patch.returnPolicy?.days ?? row.returnDays,
      isReturnFree: patch.returnPolicy?.isFree ?? row.isReturnFree,
      shippingSummary: patch.shipping?.summary ?? row.shippingSummary,
      handlingDaysMin: patch.shipping?.handlingDays.min ?? row.handlingDaysMin,
      handlingDaysMax: patch.shipping?.handlingDays.max ?? row.handlingDaysMax,
      transitDaysMin: patch.shipping?.transitDays.min ?? row.transitDaysMin,
      transitDaysMax: patch.shipping?.transitDays.max ?? row.transitDaysMax,
      returnPolicyUrl: patch.policyLinks?.returns === undefined ? row.returnPolicyUrl : patch.policyLinks.returns,
      privacyPolicyUrl: patch.policyLinks?.privacy === undefined ? row.privacyPolicyUrl : patch.policyLinks.privacy,
      termsUrl: patch.policyLinks?.terms === undefined ? row.termsUrl : patch.policyLinks.terms,
      version: sql`${shopSettings.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(shopSettings.id, 1))
    .returning();
  if (!updated) throw new Error('shop_settings row vanished under its lock');
  return toView(updated);
}
