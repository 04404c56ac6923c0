import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';

/**
 * The SSRF guard for webhook targets (CHECKS.md S8). An endpoint URL must be https and name a host
 * whose every address is public: checked when the endpoint is registered, and again when the relay
 * connects, on the addresses DNS answers at that moment (a name may be re-pointed at 127.0.0.1 after
 * registration). Redirects are never followed (the sender treats a 3xx as a failed attempt).
 * `allowPrivate` (STOCKROOM_WEBHOOKS_ALLOW_PRIVATE) lifts both rules for development and tests.
 */

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses; the default asks the system resolver. Tests inject their own. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

// Two lists: a BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules too, so one list
// holding ::/96 would block every IPv4 address.
const blocked4 = new BlockList();
const blocked6 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network, 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked4.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback (::1) and IPv4-compatible addresses
  ['::ffff:0:0', 96], // IPv4-mapped: [::ffff:127.0.0.1] reaches 127.0.0.1
  ['64:ff9b::', 96], // NAT64 embeds an IPv4 address
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 embeds an IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blocked6.addSubnet(net, prefix, 'ipv6');
}

/** True for an address a webhook may not reach in production: loopback, private, link-local, reserved. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked4.check(address, 'ipv4');
  if (family === 6) return blocked6.check(address.split('%')[0] ?? address, 'ipv6');
  return true; // not an address at all: refuse
}

export class UnsafeWebhookUrl extends Error {
  override name = 'UnsafeWebhookUrl';
}

/** The host of a parsed URL without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * The URL's syntax rules: http(s) only, https unless private targets are allowed, no user info, a
 * host. WHATWG parsing first normalises the tricks (`http://2130706433`, `http://0x7f.1` and
 * `http://127.1` all become 127.0.0.1), so the checks below see the address a client would dial.
 * Returns the parsed URL; throws `UnsafeWebhookUrl` naming the rule.
 */
export function parseWebhookUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeWebhookUrl('is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UnsafeWebhookUrl('must use https');
  if (url.protocol !== 'https:' && !allowPrivate) throw new UnsafeWebhookUrl('must use https');
  if (url.username !== '' || url.password !== '') throw new UnsafeWebhookUrl('must not carry a user name or password');
  if (hostOf(url) === '') throw new UnsafeWebhookUrl('must name a host');
  return url;
}

/**
 * Registration check: the syntax rules, then every address the host resolves to must be public
 * (an IP literal is its own address). Throws `UnsafeWebhookUrl`.
 */
export async function assertSafeWebhookUrl(raw: string, options: { allowPrivate: boolean; resolve: Resolver }): Promise<URL> {
  const url = parseWebhookUrl(raw, options.allowPrivate);
  if (options.allowPrivate) return url;
  const host = hostOf(url);
  if (isIP(host) !== 0) {
    if (isPrivateAddress(host)) throw new UnsafeWebhookUrl('points to a private or reserved address');
    return url;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) throw new UnsafeWebhookUrl('points to a private or reserved address');
  let addresses: ResolvedAddress[];
  try {
    addresses = await options.resolve(host);
  } catch {
    throw new UnsafeWebhookUrl('host name does not resolve');
  }
  if (addresses.length === 0) throw new UnsafeWebhookUrl('host name does not resolve');
  if (addresses.some((a) => isPrivateAddress(a.address))) throw new UnsafeWebhookUrl('resolves to a private or reserved address');
  return url;
}

/**
 * The connect-time half: a `lookup` for the sockets the sender opens. It resolves with `resolve`
 * and refuses the connection when any answer is private, so the check covers the very addresses
 * the socket is about to dial (no second resolution an attacker could race).
 */
export function guardedLookup(resolve: Resolver, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const wantsAll = typeof options === 'object' && options.all === true;
    resolve(hostname).then(
      (addresses) => {
        const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
        if (addresses.length === 0 || bad) {
          const error = Object.assign(
            new Error(bad ? `refused: ${hostname} resolves to a private address` : `${hostname} does not resolve`),
            {
              code: bad ? 'EWEBHOOKBLOCKED' : 'ENOTFOUND',
            },
          );
          callback(error, wantsAll ? [] : '', 4);
          return;
        }
        if (wantsAll) (callback as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
        else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error('lookup failed'), wantsAll ? [] : '', 4);
      },
    );
  };
}

/** The connect-time check of an IP literal host (sockets skip `lookup` for those). */
export function assertLiteralAllowed(url: URL, allowPrivate: boolean): void {
  const host = hostOf(url);
  if (!allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) throw new UnsafeWebhookUrl('points to a private or reserved address');
}
