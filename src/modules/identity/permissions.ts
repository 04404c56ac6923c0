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
  'jobs:read',
  'emails:read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];
