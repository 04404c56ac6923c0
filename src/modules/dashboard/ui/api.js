// The admin API over the session cookie: every change carries the session's CSRF token.
let csrfToken = '';

export function setCsrfToken(token) {
  csrfToken = token;
}

/** The session's CSRF token, for requests made without `api()` (a file upload). */
export const csrf = () => csrfToken;

/** An API failure carrying the problem document (RFC 9457): `detail` and per-field `errors`. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
  /** Field errors by JSON pointer (`/title`, `/variants/0/sku`). */
  fieldErrors() {
    const map = {};
    for (const e of this.problem.errors || []) map[e.path] = e.message;
    return map;
  }
}

/** Calls the API; resolves `{ data, etag }`, rejects with ApiError. */
export async function api(method, path, body, headers = {}) {
  const h = { accept: 'application/json', ...headers };
  if (body !== undefined) h['content-type'] = 'application/json';
  if (method !== 'GET') h['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers: h,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { detail: text.slice(0, 200) };
  }
  if (!res.ok) throw new ApiError(res.status, data || {});
  return { data, etag: res.headers.get('etag') };
}

export const get = (path) => api('GET', path).then((r) => r.data);

/** A query string from the defined, non-empty values. */
export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Minor units → "€12.50". */
export function money(amount, currency) {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount / 100);
  } catch {
    return `${(amount / 100).toFixed(2)} ${currency}`;
  }
}

/** "12.50" → 1250; undefined for blank, NaN for nonsense (the server then names the field). */
export function toMinor(text) {
  if (text === undefined || String(text).trim() === '') return undefined;
  const n = Number(String(text).replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : NaN;
}

export const when = (iso) => new Date(iso).toLocaleString();
