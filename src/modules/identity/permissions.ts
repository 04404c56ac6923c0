/**
 * Every permission an admin route can declare. Routes name them in `config.permission`; roles and
 * API keys carry sets of them. Adding a capability means adding its permission here.
 */
export const PERMISSIONS = [
  'products:read',
  'products:write',
  'inventory:read',
  'inventory:write',
  'pricing:read',
  'pricing:write',
  'orders:read',
  'orders:write',
  'customers:read',
  'customers:write',
  'staff:read',
  'staff:write',
  'api_keys:read',
  'api_keys:write',
  'agents:read',
  'agents:write',
  'jobs:read',
  'emails:read',
  'webhooks:read',
  'webhooks:write',
  'events:read',
  'settings:read',
  'settings:write',
  'me:read',
  'me:write',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['owner', 'admin', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Permissions only an owner holds: managing API keys and agents (both mint credentials) and reading stored emails (they carry reset links). */
const OWNER_ONLY: readonly Permission[] = ['api_keys:read', 'api_keys:write', 'emails:read', 'agents:write'];
/** Reads that carry no secrets; `viewer` gets exactly these. */
const SAFE_READS: readonly Permission[] = [
  'products:read',
  'inventory:read',
  'pricing:read',
  'orders:read',
  'customers:read',
  'staff:read',
  'jobs:read',
  'settings:read',
];

/** Every staff member may see their own account (`GET /admin/me`) and change their own password. */
const SELF_SERVICE: readonly Permission[] = ['me:read', 'me:write'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = Object.freeze({
  owner: new Set<Permission>(PERMISSIONS),
  admin: new Set<Permission>(PERMISSIONS.filter((p) => !OWNER_ONLY.includes(p))),
  staff: new Set<Permission>([...SAFE_READS, ...SELF_SERVICE, 'products:write', 'inventory:write', 'orders:write']),
  viewer: new Set<Permission>([...SAFE_READS, ...SELF_SERVICE]),
});

/**
 * Permissions an API key may never carry: a key cannot mint keys, manage staff or hold a password,
 * and cannot read stored emails (they carry password reset tokens: owners only, signed in).
 */
export const NON_DELEGABLE: readonly Permission[] = ['staff:write', 'api_keys:write', 'me:write', 'emails:read'];

/** Permissions every API key holds whatever it was given: a key may always ask who it is. */
export const IMPLICIT_KEY_PERMISSIONS: readonly Permission[] = ['me:read'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function permissionsOf(role: string): ReadonlySet<string> {
  return isRole(role) ? ROLE_PERMISSIONS[role] : new Set();
}
