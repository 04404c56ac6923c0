/**
 * The pages' Content-Security-Policy. Pages may load scripts, styles and fonts from this origin only
 * (no inline script), images from here, data: URIs and https (product images live on CDNs).
 */
const BASE: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: https:"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
  ['base-uri', "'none'"],
  ['object-src', "'none'"],
];

function policy(extra: Readonly<Record<string, string>>): string {
  const directives = new Map(BASE.map(([name, value]) => [name, value]));
  for (const [name, value] of Object.entries(extra)) directives.set(name, `${directives.get(name) ?? "'self'"} ${value}`);
  return [...directives].map(([name, value]) => `${name} ${value}`).join('; ');
}

export const PAGE_CSP = policy({});

/**
 * The Stripe payment page only (and only when Stripe is configured): Stripe.js from js.stripe.com,
 * its Payment Element frames (and the 3-D Secure frame on hooks.stripe.com), its calls to
 * api.stripe.com, as Stripe documents for the Payment Element.
 */
export const STRIPE_PAGE_CSP = policy({
  'script-src': 'https://js.stripe.com',
  'frame-src': 'https://js.stripe.com https://hooks.stripe.com',
  'connect-src': 'https://api.stripe.com',
});
