import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { browserSkipReason, launchBrowser, seriousAxeViolations } from './support/browser.ts';
import { startDemoShop } from '../src/modules/storefront/storefront.test-support.ts';

// A shopper on real Chromium: browse, search, choose a variant with the keyboard, cart, WELCOME10,
// checkout with the test card, confirmation. Every page kind is checked with axe-core on the way,
// and nothing may go wrong in the browser: no console error (CSP violations are console errors),
// no page error, no failed request, no response >= 400 except the 404 page asked for on purpose.

const ACTION = { timeout: 60_000 };
const skip = browserSkipReason();

interface Totals {
  currency: string;
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  promotionCodes: string[];
  items: { quantity: number }[];
}

/** Collects everything that went wrong in the page; `expected404` paths may answer 404. */
function watch(page: Page, expected404: Set<string>): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && !expected404.has(path)) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

/** With STOREFRONT_SCREENSHOTS=1, the documentation's screenshots are taken on the way. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.STOREFRONT_SCREENSHOTS !== '1') return;
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/storefront-${name}.jpeg`, type: 'jpeg', quality: 70 });
}

async function assertAccessible(page: Page, kind: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  assert.deepEqual(violations, [], `${kind}: ${JSON.stringify(violations, null, 1)}`);
}

test(
  'a shopper buys on real Chromium; every page kind passes axe; no console error, CSP violation or failed request',
  { skip, timeout: 15 * 60_000 },
  async () => {
    const t = await startDemoShop({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    page.setDefaultTimeout(ACTION.timeout);
    page.setDefaultNavigationTimeout(ACTION.timeout);
    const expected404 = new Set(['/no-such-page']);
    const problems = watch(page, expected404);

    // Home → a top category → a subcategory → a product.
    await page.goto('/');
    await assertAccessible(page, 'home');
    await screenshot(page, 'home');
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Apparel' }).click();
    await page.waitForURL('**/categories/apparel');
    await assertAccessible(page, 'category');
    await screenshot(page, 'category');
    await page.getByRole('navigation', { name: 'Subcategories' }).getByRole('link', { name: 'Hoodies' }).click();
    await page.waitForURL('**/categories/hoodies');
    const fromCategory = await page.locator('ul.grid a').first().getAttribute('href');
    assert.match(fromCategory ?? '', /^\/products\//);

    // A collection from the home page.
    await page.goto('/');
    await page.locator('main section h2 a').first().click();
    await page.waitForURL('**/collections/**');
    await assertAccessible(page, 'collection');

    // Search with the header form finds the same kind of product.
    await page.getByRole('searchbox', { name: 'Search products' }).fill('hoodie');
    await page.getByRole('searchbox', { name: 'Search products' }).press('Enter');
    await page.waitForURL('**/search?q=hoodie');
    await assertAccessible(page, 'search');
    const results = await Promise.all((await page.locator('ul.grid a').all()).map((a) => a.getAttribute('href')));
    assert.ok(results.includes(fromCategory), `search finds ${fromCategory}`);
    await page.locator(`ul.grid a[href="${fromCategory}"]`).click();
    await page.waitForURL(`**${fromCategory}`);
    await assertAccessible(page, 'product');
    await screenshot(page, 'product');

    // Choose a variant with the keyboard only: focus the checked radio, arrow to the next enabled one.
    const radios = page.locator('input[name="variantId"][type="radio"]');
    assert.ok((await radios.count()) > 1, 'the product has variants to choose');
    const before = await page.locator('input[name="variantId"]:checked').getAttribute('value');
    await page.locator('input[name="variantId"]:checked').focus();
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('input[name="variantId"]:checked').getAttribute('value');
    assert.notEqual(chosen, before, 'the arrow key chose another variant');
    const chosenLabel = ((await page.locator(`label[for="v-${chosen}"]`).textContent()) ?? '').split('–')[0]?.trim() ?? '';
    await page.keyboard.press('Tab'); // the quantity field
    await page.keyboard.press('Tab'); // the button
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cart');
    await assertAccessible(page, 'cart');
    assert.match(
      (await page.locator('main table:not(.totals) tbody').textContent()) ?? '',
      new RegExp(chosenLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );

    // Change the quantity and apply WELCOME10.
    await page.locator('main tbody input[type="number"]').fill('2');
    await page.locator('main table:not(.totals) tbody').getByRole('button', { name: 'Update' }).click();
    await page.waitForLoadState('load');
    assert.equal(await page.locator('main tbody input[type="number"]').inputValue(), '2');
    await page.getByLabel('Promotion code').fill('WELCOME10');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Applied: WELCOME10').waitFor();
    assert.equal(await page.locator('#discount').count(), 1, 'a discount line');
    await screenshot(page, 'cart');

    // Checkout: address, shipping, test card.
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.waitForURL('**/checkout');
    await assertAccessible(page, 'checkout');
    await page.getByLabel('Email').fill('ada@example.test');
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Lovelace');
    await page.getByLabel('Street and number').fill('Hauptstr. 1');
    await page.getByLabel('Postal code').fill('50667');
    await page.getByLabel('City').fill('Köln');
    await page.getByLabel('Country').selectOption('DE');
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.getByRole('heading', { name: '2. Shipping' }).waitFor();
    await page.locator('input[name="shippingOptionId"]').first().check();
    await page.getByRole('button', { name: 'Choose shipping' }).click();
    await page.getByRole('heading', { name: '3. Payment' }).waitFor();
    await assertAccessible(page, 'checkout payment step');
    await page.getByLabel('Card (test payments)').check();
    await page.getByLabel('Card number (for card payments)').fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL('**/orders/ord_*');
    await page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();
    await assertAccessible(page, 'confirmation');
    await screenshot(page, 'confirmation');

    // The confirmation shows the order's totals as the admin API has them.
    const orderId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const res = await t.app.inject({ method: 'GET', url: `/admin/orders/${orderId}`, headers: { authorization: `Bearer ${t.admin}` } });
    assert.equal(res.statusCode, 200);
    const order = res.json<Totals>();
    assert.deepEqual(order.promotionCodes, ['WELCOME10']);
    assert.equal(order.items[0]?.quantity, 2);
    const money = (amount: number) => new Intl.NumberFormat('en', { style: 'currency', currency: order.currency }).format(amount / 100);
    const shown = async (id: string) => ((await page.locator(`#${id}`).textContent()) ?? '').trim();
    assert.equal(await shown('subtotal'), money(order.subtotal));
    assert.equal(await shown('discount'), `−${money(order.discountTotal)}`);
    assert.equal(await shown('shipping'), money(order.shippingTotal));
    assert.equal(await shown('tax'), money(order.taxTotal));
    assert.equal(await shown('total'), money(order.total));

    // Account sign-in and a 404 page: HTML for a browser, with the shop around it.
    await page.goto('/account');
    await assertAccessible(page, 'account sign-in');
    const missing = await page.goto('/no-such-page');
    assert.equal(missing?.status(), 404);
    assert.match(missing?.headers()['content-type'] ?? '', /^text\/html/);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await assertAccessible(page, '404');

    assert.deepEqual(problems, []);
  },
);
