import type { OrderView } from '../orders/index.ts';
import { formatMoney } from './format.ts';
import { html } from './html.ts';
import { page, type Chrome } from './layout.ts';

/** The customer account pages: sign in, the customer's orders, a new password from a reset link. */

const MESSAGES: Readonly<Record<string, string>> = {
  invalid_credentials: 'That email and password do not match an account.',
  rate_limited: 'Too many attempts; wait a few minutes and try again.',
  reset_sent: 'If an account uses that address, we sent it a link to choose a new password.',
  reset_done: 'Your password is changed. Sign in with the new one.',
  invalid_token: 'This link has expired or was already used. Ask for a new one.',
  validation_failed: 'Use a password of 8 to 128 characters.',
  error: 'Something went wrong; please try again.',
};

const meta = (title: string, chrome: Chrome) => ({
  title: `${title} | ${chrome.settings.name}`,
  description: title,
  robots: 'noindex,nofollow',
});
const note = (code: string | undefined) => (code ? html`<p class="notice" role="status">${MESSAGES[code] ?? MESSAGES.error}</p>` : html``);

export function signInPage(chrome: Chrome, message: string | undefined): string {
  const main = html`<h1>Your account</h1>
    ${note(message)}
    <form method="post" action="/account/sign-in">
      <input type="hidden" name="_csrf" value="${chrome.csrf}" />
      <p><label for="in-email">Email</label><br /><input id="in-email" name="email" type="email" autocomplete="email" required /></p>
      <p>
        <label for="in-password">Password</label><br /><input
          id="in-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
      </p>
      <button type="submit">Sign in</button>
    </form>
    <h2>Forgot your password?</h2>
    <form method="post" action="/account/forgot">
      <input type="hidden" name="_csrf" value="${chrome.csrf}" />
      <p><label for="fp-email">Email</label><br /><input id="fp-email" name="email" type="email" autocomplete="email" required /></p>
      <button type="submit">Send me a link</button>
    </form>`;
  return page(meta('Sign in', chrome), chrome, main);
}

export function ordersPage(chrome: Chrome, orders: readonly OrderView[]): string {
  const main = html`<h1>Your orders</h1>
    ${
      orders.length === 0
        ? html`<p>No orders yet.</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Date</th>
                <th scope="col">Status</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              ${orders.map(
                (o) =>
                  html`<tr>
                    <td>${o.displayId}</td>
                    <td>${o.createdAt.slice(0, 10)}</td>
                    <td>${o.status}</td>
                    <td>${formatMoney({ currency: o.currency, amount: o.total })}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <form method="post" action="/account/sign-out">
      <input type="hidden" name="_csrf" value="${chrome.csrf}" />
      <button type="submit">Sign out</button>
    </form>`;
  return page(meta('Your orders', chrome), chrome, main);
}

export function resetPasswordPage(chrome: Chrome, token: string, message: string | undefined): string {
  const main = html`<h1>Choose a new password</h1>
    ${note(message)}
    <form method="post" action="/account/reset-password">
      <input type="hidden" name="_csrf" value="${chrome.csrf}" />
      <input type="hidden" name="token" value="${token}" />
      <p>
        <label for="rp-password">New password (8 to 128 characters)</label><br /><input
          id="rp-password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength="8"
          maxlength="128"
          required
        />
      </p>
      <button type="submit">Set the new password</button>
    </form>`;
  return page(meta('Choose a new password', chrome), chrome, main);
}
