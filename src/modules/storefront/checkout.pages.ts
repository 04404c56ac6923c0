import type { CartView } from '../cart/index.ts';
import type { OrderView } from '../orders/index.ts';
import { formatMoney } from './format.ts';
import { html, type Html } from './html.ts';
import { page, type Chrome, type PageMeta } from './layout.ts';

/** Cart, checkout and order confirmation pages: never indexed, never stored by caches. */

const ERRORS: Readonly<Record<string, string>> = {
  insufficient_stock: 'Not enough stock for that quantity.',
  promotion_invalid: 'That code cannot be used for this cart.',
  payment_declined: 'The payment was declined. Try another card.',
  cart_changed: 'Your cart changed; please check it and pay again.',
  validation_failed: 'Some fields are missing or invalid.',
  not_found: 'Your cart has expired; please start again.',
  rate_limited: 'Too many attempts; wait a minute and try again.',
  empty: 'Your cart is empty.',
  payment_action_required: 'Your bank asks you to confirm this payment (3-D Secure). Please try again and finish the confirmation.',
  payment_mismatch: 'That payment does not belong to your cart; please pay again.',
  payment_missing: 'Choose a payment method first.',
};

const meta = (title: string, chrome: Chrome): PageMeta => ({
  title: `${title} | ${chrome.settings.name}`,
  description: title,
  robots: 'noindex,nofollow',
});

function errorNote(code: string | undefined): Html {
  const text = code ? (ERRORS[code] ?? 'Something went wrong; please try again.') : undefined;
  return text ? html`<p class="notice error" role="alert">${text}</p>` : html``;
}

function totals(
  cart: Pick<CartView, 'currency' | 'subtotal' | 'discountTotal' | 'shippingTotal' | 'taxTotal' | 'total' | 'taxInclusive'>,
): Html {
  const m = (amount: number) => formatMoney({ currency: cart.currency, amount });
  return html`<table class="totals" aria-label="Totals">
    <tr>
      <th scope="row">Subtotal</th>
      <td id="subtotal">${m(cart.subtotal)}</td>
    </tr>
    ${
      cart.discountTotal > 0
        ? html`<tr>
            <th scope="row">Discount</th>
            <td id="discount">−${m(cart.discountTotal)}</td>
          </tr>`
        : ''
    }
    <tr>
      <th scope="row">Shipping</th>
      <td id="shipping">${m(cart.shippingTotal)}</td>
    </tr>
    <tr>
      <th scope="row">${cart.taxInclusive ? 'Included tax' : 'Tax'}</th>
      <td id="tax">${m(cart.taxTotal)}</td>
    </tr>
    <tr>
      <th scope="row">Total</th>
      <td id="total" class="price">${m(cart.total)}</td>
    </tr>
  </table>`;
}

export function cartPage(chrome: Chrome, cart: CartView | undefined, csrf: string, error: string | undefined): string {
  if (!cart || cart.items.length === 0) {
    return page(
      meta('Your cart', chrome),
      chrome,
      html`<h1>Your cart</h1>
        ${errorNote(error)}
        <p>Your cart is empty. <a href="/">Continue shopping</a></p>`,
    );
  }
  const m = (amount: number) => formatMoney({ currency: cart.currency, amount });
  const main = html`<h1>Your cart</h1>
    ${errorNote(error)}
    <table>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Price</th>
          <th scope="col">Quantity</th>
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        ${cart.items.map(
          (item) =>
            html`<tr>
              <td>
                ${item.title}${item.variantTitle ? html` – ${item.variantTitle}` : ''}${item.isAvailable ? '' : html` <span class="error">(no longer available)</span>`}
              </td>
              <td>${m(item.unitPrice)}</td>
              <td>
                <form method="post" action="/cart/items/${item.id}" class="qty">
                  <input type="hidden" name="_csrf" value="${csrf}" />
                  <label for="q-${item.id}" class="visually-hidden">Quantity of ${item.title}</label>
                  <input id="q-${item.id}" type="number" name="quantity" min="0" max="100" value="${item.quantity}" inputmode="numeric" />
                  <button type="submit">Update</button>
                </form>
              </td>
              <td>${m(item.total)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <form method="post" action="/cart/promotion">
      <input type="hidden" name="_csrf" value="${csrf}" />
      <label for="promo">Promotion code</label>
      <input id="promo" name="code" autocomplete="off" maxlength="64" />
      <button type="submit">Apply</button>
      ${cart.promotions.length > 0 ? html`<p>Applied: ${cart.promotions.join(', ')}</p>` : ''}
    </form>
    ${totals(cart)}
    <p><a class="button" href="/checkout">Go to checkout</a></p>`;
  return page(meta('Your cart', chrome), chrome, main);
}

const PROVIDER_LABELS: Readonly<Record<string, string>> = {
  manual: 'Pay later (bank transfer)',
  test: 'Card (test payments)',
  stripe: 'Card and other methods (Stripe)',
};

export interface CheckoutData {
  cart: CartView;
  countries: readonly string[];
  shippingOptions: readonly { id: string; name: string; price: { currency: string; amount: number } }[];
  providers: readonly string[];
  csrf: string;
  /** The Idempotency-Key of this checkout: a retried or double-clicked "Pay" places one order. */
  checkoutKey: string;
  error: string | undefined;
}

export function checkoutPage(chrome: Chrome, data: CheckoutData): string {
  const { cart, csrf } = data;
  const address = cart.shippingAddress;
  const field = (name: string, label: string, value: string | null | undefined, type = 'text', autocomplete = '') =>
    html`<p>
      <label for="f-${name}">${label}</label><br /><input
        id="f-${name}"
        name="${name}"
        type="${type}"
        value="${value ?? ''}"
        required${autocomplete ? html` autocomplete="${autocomplete}"` : ''}
      />
    </p>`;
  const main = html`<h1>Checkout</h1>
    ${errorNote(data.error)}
    <section aria-labelledby="addr-h">
      <h2 id="addr-h">1. Address</h2>
      <form method="post" action="/checkout/address">
        <input type="hidden" name="_csrf" value="${csrf}" />
        ${field('email', 'Email', cart.email, 'email', 'email')}
        ${field('firstName', 'First name', address?.firstName, 'text', 'given-name')}
        ${field('lastName', 'Last name', address?.lastName, 'text', 'family-name')}
        ${field('address1', 'Street and number', address?.address1, 'text', 'address-line1')}
        ${field('postalCode', 'Postal code', address?.postalCode, 'text', 'postal-code')}
        ${field('city', 'City', address?.city, 'text', 'address-level2')}
        <p>
          <label for="f-country">Country</label><br /><select id="f-country" name="countryCode">
            ${data.countries.map((c) => html`<option value="${c}" ${address?.countryCode === c ? html` selected` : ''}>${c}</option>`)}
          </select>
        </p>
        <button type="submit">Save address</button>
      </form>
    </section>
    ${
      address
        ? html`<section aria-labelledby="ship-h">
            <h2 id="ship-h">2. Shipping</h2>
            <form method="post" action="/checkout/shipping">
              <input type="hidden" name="_csrf" value="${csrf}" />
              <fieldset>
                <legend>Shipping method</legend>
                ${data.shippingOptions.map(
                  (o) =>
                    html`<div class="variant">
                      <input
                        type="radio"
                        id="s-${o.id}"
                        name="shippingOptionId"
                        value="${o.id}"
                        ${cart.shippingMethod?.shippingOptionId === o.id ? html` checked` : ''}
                        required
                      />
                      <label for="s-${o.id}">${o.name} – ${formatMoney(o.price)}</label>
                    </div>`,
                )}
              </fieldset>
              <button type="submit">Choose shipping</button>
            </form>
          </section>`
        : ''
    }
    ${
      address && cart.shippingMethod
        ? html`<section aria-labelledby="pay-h">
            <h2 id="pay-h">3. Payment</h2>
            ${totals(cart)}
            <form method="post" action="/checkout/pay">
              <input type="hidden" name="_csrf" value="${csrf}" />
              <input type="hidden" name="key" value="${data.checkoutKey}" />
              <fieldset>
                <legend>Payment method</legend>
                ${data.providers.map(
                  (p, i) =>
                    html`<div class="variant">
                      <input type="radio" id="p-${p}" name="provider" value="${p}" ${i === 0 ? html` checked` : ''} />
                      <label for="p-${p}">${PROVIDER_LABELS[p] ?? p}</label>
                    </div>`,
                )}
              </fieldset>
              ${data.providers.includes('test') ? html`<p><label for="f-card">Card number (for card payments)</label><br /><input id="f-card" name="card" inputmode="numeric" autocomplete="cc-number" maxlength="19" /></p>` : ''}
              <button type="submit">Pay ${formatMoney({ currency: cart.currency, amount: cart.total })}</button>
            </form>
          </section>`
        : ''
    }`;
  return page(meta('Checkout', chrome), chrome, main);
}

export interface StripePaymentData {
  cart: CartView;
  publishableKey: string;
  clientSecret: string;
  /** Absolute: Stripe sends the browser there after `confirmPayment`. */
  returnUrl: string;
  scriptUrls: readonly string[];
  error: string | undefined;
}

/**
 * Stripe's Payment Element for the cart's payment session: a mount point carrying the publishable
 * key, the intent's client secret and the return URL (data- attributes read by our static script,
 * no inline script), the amount, and an alert where a decline or 3-D Secure failure is shown.
 */
export function stripePaymentPage(chrome: Chrome, data: StripePaymentData): string {
  const { cart } = data;
  const main = html`<h1>Payment</h1>
    ${errorNote(data.error)} ${totals(cart)}
    <form id="stripe-form" class="stripe-payment">
      <div
        id="payment-element"
        data-publishable-key="${data.publishableKey}"
        data-client-secret="${data.clientSecret}"
        data-return-url="${data.returnUrl}"
      ></div>
      <p id="stripe-error" class="notice error" role="alert" hidden></p>
      <noscript><p class="notice error">Card payments with Stripe need JavaScript.</p></noscript>
      <button type="submit">Pay ${formatMoney({ currency: cart.currency, amount: cart.total })}</button>
    </form>
    <p><a href="/checkout">Back to checkout</a></p>`;
  return page({ ...meta('Payment', chrome), scripts: data.scriptUrls }, chrome, main);
}

export function confirmationPage(chrome: Chrome, order: OrderView): string {
  const m = (amount: number) => formatMoney({ currency: order.currency, amount });
  const main = html`<h1>Thank you for your order</h1>
    <p class="notice" role="status">
      Order <strong id="order-number">${order.displayId}</strong> is placed. We sent a confirmation to ${order.email}.
    </p>
    <table>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Quantity</th>
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        ${order.items.map(
          (i) =>
            html`<tr>
              <td>${i.title}${i.variantTitle ? html` – ${i.variantTitle}` : ''}</td>
              <td>${i.quantity}</td>
              <td>${m(i.total)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${totals({ ...order, taxInclusive: order.taxInclusive })}
    <p><a href="/">Continue shopping</a></p>`;
  return page(meta(`Order ${order.displayId}`, chrome), chrome, main);
}
