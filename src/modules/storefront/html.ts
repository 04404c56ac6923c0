/**
 * HTML built with a tagged template that escapes every interpolated value by default. Only a value
 * that is already `Html` (the result of another `html` template, or `rawHtml` for trusted constant
 * markup) is inserted as it is; strings, numbers and everything else are escaped, so text from the
 * catalog (a product titled `<script>`) always renders as text.
 */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  return escapeHtml(String(part));
}

/** The escaping template tag: html`<h1>${title}</h1>`. Arrays are joined; null, undefined and false vanish. */
export function html(strings: TemplateStringsArray, ...values: readonly Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Trusted markup inserted unescaped: only for constants and output of our own serializers. */
export function rawHtml(markup: string): Html {
  return new Html(markup);
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` are written as \u escapes
 * so no catalog text can close the script element.
 */
export function jsonScript(data: unknown): Html {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return new Html(`<script type="application/ld+json">${json}</script>`);
}
