import type { Static } from '@sinclair/typebox';
import type { customerAddresses, emails } from './identity.tables.ts';
import type { AddressView, ApiKeyView, CustomerView, EmailView, StaffView } from './identity.schemas.ts';
import type { CustomerRow } from './customers.ts';
import type { StaffRow } from './staff.ts';
import type { ApiKeyRow } from './api-keys.ts';
import { isRole } from './permissions.ts';

/** Pure mappings from rows to API shapes; they never copy a hash. */

export function toCustomerView(row: CustomerRow): Static<typeof CustomerView> {
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toStaffView(row: StaffRow): Static<typeof StaffView> {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'viewer',
    isDisabled: row.isDisabled,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toAddressView(row: typeof customerAddresses.$inferSelect): Static<typeof AddressView> {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    company: row.company,
    address1: row.address1,
    address2: row.address2,
    city: row.city,
    postalCode: row.postalCode,
    province: row.province,
    countryCode: row.countryCode,
    phone: row.phone,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toApiKeyView(row: ApiKeyRow): Static<typeof ApiKeyView> {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    permissions: row.permissions,
    createdBy: row.createdBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export function toEmailView(row: typeof emails.$inferSelect): Static<typeof EmailView> {
  return { id: row.id, to: row.toAddress, subject: row.subject, text: row.body, createdAt: row.createdAt.toISOString() };
}
