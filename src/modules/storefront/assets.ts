import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The storefront's static assets and the compression of what pages send. */

export const STYLESHEET_PATH = '/assets/storefront.css';
export const SCRIPT_PATH = '/assets/storefront.js';
export const FAVICON_PATH = '/favicon.svg';
export const STRIPE_SCRIPT_PATH = '/assets/stripe-payment.js';

export const STYLESHEET = readFileSync(new URL('./storefront.css', import.meta.url), 'utf8');
/**
 * The one script pages load, an enhancement only: a password-reset link may carry its token in the
 * URL fragment (#token=…), which never reaches the server, so it is copied into the form.
 */
export const SCRIPT = `(function () {
  var field = document.querySelector('input[name="token"]');
  var match = /[#&]token=([^&]+)/.exec(location.hash);
  if (field && !field.value && match) field.value = decodeURIComponent(match[1]);
})();
`;

/**
 * The Stripe payment page's script (after Stripe.js): mounts the Payment Element with the intent's
 * client secret and our publishable key (data- attributes of the mount point), and confirms with
 * `stripe.confirmPayment`. On success Stripe sends the browser to the return URL, where the server
 * completes the cart; what comes back here is an error (a decline, a failed 3-D Secure), shown as
 * the page's alert.
 */
export const STRIPE_SCRIPT = `(function () {
  var mount = document.getElementById('payment-element');
  var form = document.getElementById('stripe-form');
  var note = document.getElementById('stripe-error');
  function show(message) {
    if (!note) return;
    note.textContent = message;
    note.hidden = false;
  }
  if (!mount || !form) return;
  if (typeof window.Stripe !== 'function') {
    show('Card payments could not be loaded. Please reload the page.');
    return;
  }
  var stripe = window.Stripe(mount.getAttribute('data-publishable-key'));
  var elements = stripe.elements({ clientSecret: mount.getAttribute('data-client-secret') });
  elements.create('payment').mount(mount);
  var button = form.querySelector('button[type="submit"]');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (button) button.disabled = true;
    stripe
      .confirmPayment({ elements: elements, confirmParams: { return_url: mount.getAttribute('data-return-url') } })
      .then(function (result) {
        show((result.error && result.error.message) || 'The payment did not go through. Please try again.');
        if (button) button.disabled = false;
      });
  });
})();
`;

/** The shop's icon: browsers ask for one on every first visit. */
export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f3a5f"/><path d="M9 12h14l-2 12H11z" fill="#fff"/></svg>`;

/** Pages link each asset with its content hash, so browsers may keep it for a year. */
const version = (content: string) => createHash('sha256').update(content).digest('base64url').slice(0, 12);
export const STYLESHEET_URL = `${STYLESHEET_PATH}?v=${version(STYLESHEET)}`;
export const SCRIPT_URL = `${SCRIPT_PATH}?v=${version(SCRIPT)}`;
export const STRIPE_SCRIPT_URL = `${STRIPE_SCRIPT_PATH}?v=${version(STRIPE_SCRIPT)}`;
export const FAVICON_URL = `${FAVICON_PATH}?v=${version(FAVICON)}`;

/** A year for a versioned asset URL (its content never changes), an hour otherwise. */
export function assetCacheControl(request: FastifyRequest): string {
  return /[?&]v=/.test(request.url) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
}

const COMPRESSIBLE = /^(text\/(html|css|javascript)|image\/svg\+xml)\b/;
/** Below this, compressing costs more than it saves. */
const MIN_BYTES = 1024;

/**
 * Compresses a page or asset (brotli at a fast level, else gzip) for clients that accept it; the
 * last onSend hook, after the ETag (weak) and the 304 decisions.
 */
export function compressPage(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (typeof payload !== 'string' || payload.length < MIN_BYTES || reply.statusCode === 304 || request.method === 'HEAD') return payload;
  if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
  const vary = String(reply.getHeader('vary') ?? '');
  reply.header('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  const accepted = acceptedEncodings(request.headers['accept-encoding']);
  let body: Buffer;
  if (accepted.has('br')) {
    body = brotliCompressSync(payload, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(payload) },
    });
    reply.header('content-encoding', 'br');
  } else if (accepted.has('gzip')) {
    body = gzipSync(payload, { level: 6 });
    reply.header('content-encoding', 'gzip');
  } else {
    return payload;
  }
  reply.removeHeader('content-length');
  return body;
}

/** The codings an Accept-Encoding header allows (q > 0). */
function acceptedEncodings(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) out.add(name);
  }
  return out;
}
