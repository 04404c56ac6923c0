import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { withTransaction } from '../src/platform/db/index.ts';
import { createStaff, hashPassword, type Role } from '../src/modules/identity/index.ts';
import { EVENT_TYPE_NAMES } from '../src/modules/events/index.ts';
import { createRelay } from '../src/modules/events/runner.ts';
import { systemResolver } from '../src/modules/events/ssrf.ts';
import { startTestApp } from './support/app.ts';
import { createStaffToken, uniqueEmail } from './support/auth.ts';
import { browserSkipReason, launchBrowser, seriousAxeViolations } from './support/browser.ts';
import { createProduct } from './support/catalog.ts';
import { startReceiver } from './support/receiver.ts';

/**
 * The admin screens for regions, shipping options, promotions, webhooks and stock locations, end to
 * end in Debian's Chromium: each screen's main action is done through the page and its result
 * checked through the REST API (the store API where a shopper would see it). One browser, an owner's
 * page and a viewer's; every screen visited is checked with axe-core.
 */
const ACTION_MS = 60_000;
const screenshots = process.env.STOCKROOM_SCREENSHOTS === '1';

test('the webhook screen offers exactly the event types the server accepts', () => {
  const source = readFileSync(new URL('../src/modules/dashboard/ui/webhooks.js', import.meta.url), 'utf8');
  const block = /export const EVENT_TYPES = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const listed = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  assert.deepEqual(listed, [...EVENT_TYPE_NAMES]);
});

test(
  'admin web app, part B: regions, shipping options, promotions, stock locations, webhooks; viewer',
  // Skipped: the regions form's refused-country alert sometimes never appears (seen twice at the end
  // of 2026-12-08, once alone on PGlite), and every later step depends on that region. Issue 18.
  {
    skip: browserSkipReason() ?? 'flaky: the regions form sometimes shows no alert for a refused country (issue 18)',
    timeout: 15 * 60_000,
  },
  async (t) => {
    const app = await startTestApp({ STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true', STOCKROOM_EVENTS_RELAY: 'false' });
    // The relay runs when the test says so; a failed delivery waits an hour, so only a redelivery retries it.
    const relay = createRelay(app.database.db, { timeoutMs: 5000, retryBaseMs: 3_600_000, allowPrivate: true, resolve: systemResolver });
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`;
    const admin = await createStaffToken(app, 'owner');
    const account = async (role: Role) => {
      const email = uniqueEmail(`ui-b-${role}`);
      const password = `pw-${randomBytes(12).toString('hex')}`;
      const passwordHash = await hashPassword(password);
      await withTransaction(app.database.db, (tx) => createStaff(tx, undefined, { email, passwordHash, role }));
      return { email, password };
    };
    const owner = await account('owner');
    const viewer = await account('viewer');
    const call = async (method: string, url: string, payload?: object, headers: Record<string, string> = {}) =>
      app.app.inject({ method: method as 'GET', url, headers, ...(payload ? { payload } : {}) });
    const api = async <T>(method: string, url: string, payload?: object) => {
      const res = await call(method, url, payload, { authorization: `Bearer ${admin}` });
      assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.json<T>();
    };
    const store = async <T>(method: string, url: string, payload?: object, status = 200) => {
      const res = await call(method, url, payload);
      assert.equal(res.statusCode, status, `${method} ${url}: ${res.body}`);
      return res.json<T>();
    };

    const browser = await launchBrowser();
    const page = await browser.newPage();
    page.setDefaultTimeout(ACTION_MS);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const go = (hash: string, p: Page = page) => p.evaluate(`location.hash = ${JSON.stringify(hash)}`);
    const heading = (name: string | RegExp, p: Page = page) => p.getByRole('heading', { name, level: 1 }).waitFor();
    const idFromHash = () => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
    const axe = async (screen: string, p: Page = page) => {
      if (screenshots) {
        mkdirSync('docs/screenshots', { recursive: true });
        await p.screenshot({ path: `docs/screenshots/admin-${screen}.png`, fullPage: true });
      }
      assert.deepEqual(await seriousAxeViolations(p), [], `axe on ${screen}`);
    };
    const signIn = async (p: Page, who: { email: string; password: string }, hash = '') => {
      await p.goto(`${base}/admin/ui${hash}`);
      await p.getByLabel('Email', { exact: true }).fill(who.email);
      await p.getByLabel('Password', { exact: true }).fill(who.password);
      await p.getByRole('button', { name: 'Sign in' }).click();
    };

    const suffix = randomBytes(3).toString('hex');
    const product = await createProduct(app, admin);
    const variantId = product.variants[0]!.id;

    /** A store cart in `regionId` with one unit of the product, addressed to `country`. */
    const cartIn = async (regionId: string, country: string) => {
      const cart = await store<{ id: string }>('POST', '/store/carts', { regionId }, 201);
      await store('POST', `/store/carts/${cart.id}/items`, { variantId, quantity: 1 });
      await store('PATCH', `/store/carts/${cart.id}`, {
        email: `shopper-${suffix}@example.test`,
        shippingAddress: {
          firstName: 'Ada',
          lastName: 'Lovelace',
          address1: 'Dam 1',
          city: 'Amsterdam',
          postalCode: '1012',
          countryCode: country,
        },
      });
      return cart.id;
    };

    await t.test('sign in as owner', async () => {
      await signIn(page, owner, '#/regions');
      await heading('Regions');
      await axe('regions');
    });

    let regionId = '';
    const regionName = `Benelux ${suffix}`;
    await t.test('regions: a refused country is marked next to its field; the region is created and in the store API', async () => {
      await page.getByRole('link', { name: 'New region' }).click();
      await heading('New region');
      await page.getByLabel('Name', { exact: true }).fill(regionName);
      await page.getByLabel('Currency', { exact: true }).fill('EUR');
      await page.getByLabel('Countries (ISO codes, comma separated)', { exact: true }).fill('NL, BE, ZZ');
      await page.getByLabel('Tax rate (%)', { exact: true }).fill('21');
      await page.getByLabel('Per-country tax rates (e.g. AT 20, CH 7.7)', { exact: true }).fill('BE 6');
      await page.getByLabel('Prices in this region include tax').check();
      await page.getByRole('button', { name: 'Create region' }).click();
      await page.getByRole('alert').waitFor();
      const countries = page.getByLabel('Countries (ISO codes, comma separated)', { exact: true });
      assert.equal(await countries.getAttribute('aria-invalid'), 'true');
      // The third country is the refused entry; its message sits under the Countries field.
      await page.locator('.field-error', { hasText: /^entry 3: / }).waitFor();
      await axe('region-error');
      await countries.fill('NL, BE');
      await page.getByRole('button', { name: 'Create region' }).click();
      await heading(regionName);
      regionId = idFromHash();
      assert.match(regionId, /\S/);
      await axe('region');
      const { items } = await store<{
        items: { id: string; currency: string; countries: string[]; taxRateBps: number; taxInclusive: boolean; taxOverrides: unknown[] }[];
      }>('GET', '/store/regions?limit=100');
      const mine = items.find((r) => r.id === regionId);
      assert.ok(mine, 'the region is in the store API');
      assert.deepEqual(
        [mine.currency, mine.countries, mine.taxRateBps, mine.taxInclusive, mine.taxOverrides],
        ['EUR', ['NL', 'BE'], 2100, true, [{ country: 'BE', taxRateBps: 600 }]],
      );
    });

    await t.test('regions: an edit is saved with If-Match and shows in the API', async () => {
      await page.getByLabel('Tax rate (%)', { exact: true }).fill('20.5');
      await page.getByRole('button', { name: 'Save region' }).click();
      await page.getByText('Region saved.').waitFor();
      const region = await api<{ taxRateBps: number; version: number }>('GET', `/admin/regions/${regionId}`);
      assert.equal(region.taxRateBps, 2050);
      assert.equal(region.version, 2);
      // Someone else changes it meanwhile: the form's save is refused (412) and nothing is overwritten.
      await api('PATCH', `/admin/regions/${regionId}`, { name: `${regionName} (elsewhere)` });
      await page.getByLabel('Tax rate (%)', { exact: true }).fill('19');
      await page.getByRole('button', { name: 'Save region' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: /version|changed/ })
        .waitFor();
      const after = await api<{ name: string; taxRateBps: number }>('GET', `/admin/regions/${regionId}`);
      assert.deepEqual([after.name, after.taxRateBps], [`${regionName} (elsewhere)`, 2050]);
      await page.getByRole('button', { name: 'Load the latest version' }).click();
      await heading(`${regionName} (elsewhere)`);
      assert.equal(await page.getByRole('alert').count(), 0);
      await page.getByLabel('Name', { exact: true }).fill(regionName);
      await page.getByRole('button', { name: 'Save region' }).click();
      await page.getByText('Region saved.').waitFor();
      await heading(new RegExp(`^${regionName}$`));
      assert.equal(await page.getByLabel('Tax rate (%)', { exact: true }).inputValue(), '20.5');
    });

    let shippingId = '';
    const shippingName = `Post NL ${suffix}`;
    await t.test('shipping options: create one for the region; a cart in that region is offered it at its price', async () => {
      await go(`#/shipping?regionId=${regionId}`);
      await heading('Shipping options');
      await page.getByText('No shipping options here yet.').waitFor();
      await axe('shipping');
      await page.getByRole('link', { name: 'New shipping option' }).click();
      await heading('New shipping option');
      assert.equal(await page.getByLabel('Region', { exact: true }).inputValue(), regionId);
      await page.getByLabel('Name', { exact: true }).fill(shippingName);
      await page.getByLabel('Type', { exact: true }).selectOption('free_over');
      await page.getByLabel('Price (EUR)', { exact: true }).fill('4.90');
      // free_over needs its threshold: the server names the field.
      await page.getByRole('button', { name: 'Create shipping option' }).click();
      await page.getByRole('alert').waitFor();
      assert.equal(await page.getByLabel('Free from subtotal (EUR)', { exact: true }).getAttribute('aria-invalid'), 'true');
      await page.getByLabel('Free from subtotal (EUR)', { exact: true }).fill('100');
      await page.getByRole('button', { name: 'Create shipping option' }).click();
      await heading(shippingName);
      shippingId = idFromHash();
      await axe('shipping-option');
      const cartId = await cartIn(regionId, 'NL');
      const offered = await store<{ items: { id: string; name: string; price: { amount: number; currency: string } }[] }>(
        'GET',
        `/store/carts/${cartId}/shipping-options`,
      );
      const option = offered.items.find((o) => o.id === shippingId);
      assert.ok(option, JSON.stringify(offered));
      assert.deepEqual([option.name, option.price.amount, option.price.currency], [shippingName, 490, 'EUR']);
      await go(`#/shipping?regionId=${regionId}`);
      await page.getByRole('link', { name: shippingName }).waitFor();
    });

    await t.test('shipping options: switch to weight bands; bands out of order are marked at their field', async () => {
      await page.getByRole('link', { name: shippingName }).click();
      await heading(shippingName);
      await page.getByLabel('Type', { exact: true }).selectOption('weight_based');
      await page.getByLabel('Base fee (EUR)', { exact: true }).fill('1.00');
      const bands = page.getByLabel('Weight bands: grams up to, price (EUR), e.g. 500 4.90, 2000 9.90', { exact: true });
      await bands.fill('2000 9.90, 500 4.90');
      await page.getByRole('button', { name: 'Save shipping option' }).click();
      await page.getByRole('alert').waitFor();
      assert.equal(await bands.getAttribute('aria-invalid'), 'true');
      await bands.fill('500 4.90, 2000 9.90');
      await page.getByRole('button', { name: 'Save shipping option' }).click();
      await page.getByText('Shipping option saved.').waitFor();
      const option = await api<{ type: string; amount: number; freeOverAmount: number | null; weightBands: unknown[] }>(
        'GET',
        `/admin/shipping-options/${shippingId}`,
      );
      assert.deepEqual(
        [option.type, option.amount, option.freeOverAmount, option.weightBands],
        [
          'weight_based',
          100,
          null,
          [
            { maxGrams: 500, amount: 490 },
            { maxGrams: 2000, amount: 990 },
          ],
        ],
      );
    });

    let promotionId = '';
    const code = `TEN-${suffix.toUpperCase()}`;
    await t.test('promotions: create a 10 % code; a store cart takes it; "End now" stops it', async () => {
      await go('#/promotions');
      await heading('Promotions');
      await axe('promotions');
      await page.getByRole('link', { name: 'New promotion' }).click();
      await heading('New promotion');
      await page.getByLabel('Code', { exact: true }).fill(code);
      await page.getByLabel('Kind', { exact: true }).selectOption('percentage');
      await page.getByLabel('Percent off (1–100)', { exact: true }).fill('10');
      await page.getByLabel('Total uses allowed', { exact: true }).fill('50');
      await page.getByRole('button', { name: 'Create promotion' }).click();
      await heading(`Promotion ${code}`);
      promotionId = idFromHash();
      await page.locator('#promotion-state', { hasText: 'active' }).waitFor();
      await axe('promotion');
      const cartId = await cartIn(regionId, 'NL');
      const cart = await store<{ promotions: string[]; discountTotal: number; subtotal: number }>(
        'POST',
        `/store/carts/${cartId}/promotions`,
        { code },
      );
      assert.deepEqual(cart.promotions, [code]);
      assert.equal(cart.discountTotal, Math.round(cart.subtotal / 10));

      // An edit of the whole form keeps what was not touched.
      await page.getByLabel('Total uses allowed', { exact: true }).fill('60');
      await page.getByLabel('Uses per customer', { exact: true }).fill('2');
      await page.getByRole('button', { name: 'Save promotion' }).click();
      await page.getByText('Promotion saved.').waitFor();
      const edited = await api<{
        code: string;
        value: number;
        usageLimit: number;
        perCustomerLimit: number;
        endsAt: null;
        version: number;
      }>('GET', `/admin/promotions/${promotionId}`);
      assert.deepEqual(
        [edited.code, edited.value, edited.usageLimit, edited.perCustomerLimit, edited.endsAt, edited.version],
        [code, 10, 60, 2, null, 2],
      );

      await page.getByRole('button', { name: 'End now' }).click();
      await page.getByText('Promotion ended: its code no longer applies.').waitFor();
      await page.locator('#promotion-state', { hasText: 'ended' }).waitFor();
      const later = await cartIn(regionId, 'NL');
      const refused = await store<{ reason: string }>('POST', `/store/carts/${later}/promotions`, { code }, 422);
      assert.equal(refused.reason, 'expired');
      const stored = await api<{ usageLimit: number; value: number; type: string }>('GET', `/admin/promotions/${promotionId}`);
      assert.deepEqual([stored.type, stored.value, stored.usageLimit], ['percentage', 10, 60]);
    });

    await t.test('stock locations: create one, then rename it', async () => {
      await go('#/locations');
      await heading('Stock locations');
      await page.getByLabel('Location name', { exact: true }).fill(`Depot ${suffix}`);
      await page.getByLabel('Priority (lower is used first)', { exact: true }).fill('7');
      await page.getByRole('button', { name: 'Create location' }).click();
      await page.getByText('Location created.').waitFor();
      await page.getByLabel(`Name of Depot ${suffix}`, { exact: true }).fill(`Depot ${suffix} North`);
      await page.getByRole('button', { name: `Save Depot ${suffix}`, exact: true }).click();
      await page.getByLabel(`Name of Depot ${suffix} North`, { exact: true }).waitFor();
      await axe('locations');
      const all = await api<{ items: { name: string; priority: number; version: number }[] }>('GET', '/admin/stock-locations?limit=100');
      const depot = all.items.find((l) => l.name === `Depot ${suffix} North`);
      assert.ok(depot, JSON.stringify(all));
      assert.deepEqual([depot.priority, depot.version], [7, 2]);
      // A location that never held stock can be deleted.
      await page.getByLabel('Location name', { exact: true }).fill(`Spare ${suffix}`);
      await page.getByRole('button', { name: 'Create location' }).click();
      await page.getByRole('button', { name: `Delete Spare ${suffix}`, exact: true }).click();
      await page.getByRole('button', { name: `Delete Spare ${suffix} for good`, exact: true }).click();
      await page.getByRole('button', { name: `Save Spare ${suffix}`, exact: true }).waitFor({ state: 'detached' });
      const left = await api<{ items: { name: string }[] }>('GET', '/admin/stock-locations?limit=100');
      assert.equal(
        left.items.some((l) => l.name === `Spare ${suffix}`),
        false,
      );
    });

    const receiver = await startReceiver();
    await relay.drain(); // events from before the endpoint existed are fanned out (to no one) now
    let endpointId = '';
    let secret = '';
    await t.test('webhooks: register an endpoint; its secret is shown once, with a warning', async () => {
      await go('#/webhooks');
      await heading('Webhooks');
      await page.getByText('No endpoints yet.').waitFor();
      await axe('webhooks');
      await page.getByLabel('Endpoint URL', { exact: true }).fill(`${receiver.url}/hooks`);
      await page.getByLabel('Description', { exact: true }).fill('UI test receiver');
      await page.getByLabel('All events, including types added later').uncheck();
      await page.getByLabel('product.created', { exact: true }).check();
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await heading('Webhook endpoint');
      endpointId = idFromHash();
      await page.getByText('it is shown only this once').waitFor();
      secret = (await page.locator('#secret-value').textContent()) ?? '';
      assert.match(secret, /^whsec_/);
      await axe('webhook-secret');
      const endpoint = await api<Record<string, unknown>>('GET', `/admin/webhooks/${endpointId}`);
      assert.deepEqual(endpoint.events, ['product.created']);
      assert.equal(endpoint.url, `${receiver.url}/hooks`);
      assert.equal('secret' in endpoint, false);
      // Leaving the screen and coming back: the secret is not shown again.
      await go('#/webhooks');
      await page.getByRole('link', { name: `${receiver.url}/hooks` }).click();
      await heading('Webhook endpoint');
      await page.getByRole('heading', { name: 'Delivery log' }).waitFor();
      assert.equal(await page.locator('#webhook-secret').count(), 0);
      assert.equal(await page.getByText(secret).count(), 0);
    });

    let eventId = '';
    await t.test('webhooks: an event is delivered and logged; redelivering it sends the same Stockroom-Event-Id again', async () => {
      await createProduct(app, admin);
      await relay.drain();
      assert.equal(receiver.received.length, 1);
      eventId = receiver.received[0]!.eventId;
      assert.match(eventId, /\S/);
      await page.getByRole('button', { name: 'Refresh log' }).click();
      const row = page.locator('#delivery-log tbody tr', { hasText: eventId });
      await row.waitFor();
      const cells = await row.locator('td').allTextContents();
      assert.equal(cells[2], '1', 'attempt');
      assert.equal(cells[3], 'succeeded');
      assert.equal(cells[4], '200');
      assert.match(cells[5] ?? '', /^\d+ ms$/);
      assert.equal(cells[6], 'ok', 'the start of the response');
      await axe('webhook-log');
      await page.getByRole('button', { name: `Redeliver ${eventId}` }).click();
      await page.getByText(/1 delivery scheduled now/).waitFor();
      await relay.drain();
      assert.deepEqual(
        receiver.received.map((r) => r.eventId),
        [eventId, eventId],
      );
      await page.getByRole('button', { name: 'Refresh log' }).click();
      await page.locator('#delivery-log tbody tr', { hasText: eventId }).nth(1).waitFor();
    });

    await t.test('webhooks: "redeliver every failed since" retries a failed delivery', async () => {
      receiver.answer = () => ({ status: 503, body: 'down for maintenance' });
      await createProduct(app, admin);
      await relay.drain();
      const failedId = receiver.received.at(-1)!.eventId;
      assert.notEqual(failedId, eventId);
      await page.getByRole('button', { name: 'Refresh log' }).click();
      const failed = page.locator('#delivery-log tbody tr', { hasText: failedId });
      await failed.waitFor();
      const cells = await failed.locator('td').allTextContents();
      assert.equal(cells[3], 'failed');
      assert.equal(cells[4], '503');
      assert.match(cells[6] ?? '', /down for maintenance/);
      receiver.answer = () => ({ status: 200 });
      const before = receiver.received.length;
      // The default "since" is a day ago: the failure is in range.
      await page.getByRole('button', { name: 'Redeliver failed' }).click();
      await page.getByText(/Failed deliveries: 1 delivery scheduled now/).waitFor();
      await relay.drain();
      assert.deepEqual(
        receiver.received.slice(before).map((r) => r.eventId),
        [failedId],
      );
    });

    await t.test('webhooks: edit the filter and disable; rotate the secret (the new one shown once)', async () => {
      await page.getByLabel('product.updated', { exact: true }).check();
      await page.getByLabel('Enabled (enabling again clears the failure streak)').uncheck();
      await page.getByRole('button', { name: 'Save endpoint' }).click();
      await page.getByText('Endpoint saved.').waitFor();
      await page.locator('#webhook-state', { hasText: 'disabled' }).waitFor();
      const endpoint = await api<{ events: string[]; enabled: boolean }>('GET', `/admin/webhooks/${endpointId}`);
      assert.deepEqual([endpoint.events.sort(), endpoint.enabled], [['product.created', 'product.updated'], false]);
      await page.getByRole('button', { name: 'Rotate secret' }).click();
      await page.locator('#webhook-secret').waitFor();
      const rotated = (await page.locator('#secret-value').textContent()) ?? '';
      assert.match(rotated, /^whsec_/);
      assert.notEqual(rotated, secret);
      await page.getByText(/old secret signs until/).waitFor();
      await page.getByRole('button', { name: 'I have stored it' }).click();
      assert.equal(await page.locator('#webhook-secret').count(), 0);
    });

    await t.test('webhooks: the event feed lists events; one the endpoint never got is sent to it by id', async () => {
      await api('PATCH', `/admin/webhooks/${endpointId}`, { enabled: true });
      await go('#/webhooks');
      await heading('Webhooks');
      await page.getByLabel('Event type', { exact: true }).selectOption('product.created');
      // Oldest first: the product made before the endpoint existed, never delivered to it.
      const first = page.locator('#event-feed tbody tr').first().locator('code');
      await first.waitFor();
      const oldest = (await first.textContent()) ?? '';
      assert.ok(oldest && !receiver.received.some((r) => r.eventId === oldest), oldest);
      await axe('webhooks-feed');
      await page.getByRole('link', { name: `${receiver.url}/hooks` }).click();
      await heading('Webhook endpoint');
      await page.getByLabel('Send an event by id (from the event feed)', { exact: true }).fill(oldest);
      await page.getByRole('button', { name: 'Send event' }).click();
      await page.getByText(`Event ${oldest}: 1 delivery scheduled now`, { exact: false }).waitFor();
      await relay.drain();
      assert.equal(receiver.received.at(-1)?.eventId, oldest);
      // An id that names no event: the problem's detail is shown.
      await page.getByLabel('Send an event by id (from the event feed)', { exact: true }).fill('evt_nope');
      await page.getByRole('button', { name: 'Send event' }).click();
      await page.getByRole('alert').filter({ hasText: 'No such event' }).waitFor();
    });

    await t.test('webhooks: the delivery log pages with cursors', async () => {
      for (let i = 0; i < 18; i++) await createProduct(app, admin);
      await relay.drain();
      await page.getByRole('button', { name: 'Refresh log' }).click();
      const rows = page.locator('#delivery-log tbody tr');
      await page.locator('button:enabled', { hasText: 'Next page' }).waitFor();
      assert.equal(await rows.count(), 20);
      const newest = await rows.first().textContent();
      await page.getByRole('button', { name: 'Next page' }).click();
      await page.locator('button:enabled', { hasText: 'Previous page' }).waitFor();
      await page.locator('#delivery-log tbody tr', { hasText: eventId }).first().waitFor();
      assert.ok((await rows.count()) >= 2, 'the oldest attempts are on page 2');
      assert.notEqual(await rows.first().textContent(), newest);
      await page.getByRole('button', { name: 'Previous page' }).click();
      await page
        .locator('#delivery-log tbody tr')
        .first()
        .filter({ hasText: newest ?? '' })
        .waitFor();
    });

    await t.test('a viewer sees the pricing screens without write controls, no webhooks, and the server refuses writes', async () => {
      const context = await browser.newContext();
      const viewerPage = await context.newPage();
      viewerPage.setDefaultTimeout(ACTION_MS);
      viewerPage.on('pageerror', (e) => pageErrors.push(e.message));
      await signIn(viewerPage, viewer, `#/regions/${regionId}`);
      await heading(regionName, viewerPage);
      assert.equal(await viewerPage.getByLabel('Name', { exact: true }).isDisabled(), true);
      assert.equal(
        await viewerPage
          .getByRole('button')
          .filter({ hasText: /Save|Delete|Create/ })
          .count(),
        0,
      );
      await axe('viewer-region', viewerPage);
      await go('#/regions', viewerPage);
      await heading('Regions', viewerPage);
      await viewerPage.getByRole('link', { name: regionName }).waitFor();
      assert.equal(await viewerPage.getByRole('link', { name: 'New region' }).count(), 0);
      await go(`#/shipping/${shippingId}`, viewerPage);
      await heading(shippingName, viewerPage);
      assert.equal(
        await viewerPage
          .getByRole('button')
          .filter({ hasText: /Save|Delete|Create/ })
          .count(),
        0,
      );
      await go(`#/promotions/${promotionId}`, viewerPage);
      await heading(`Promotion ${code}`, viewerPage);
      assert.equal(
        await viewerPage
          .getByRole('button')
          .filter({ hasText: /Save|End now|Retire|Create/ })
          .count(),
        0,
      );
      await axe('viewer-promotion', viewerPage);
      await go('#/locations', viewerPage);
      await heading('Stock locations', viewerPage);
      await viewerPage.getByRole('cell', { name: `Depot ${suffix} North` }).waitFor();
      assert.equal(
        await viewerPage
          .getByRole('button')
          .filter({ hasText: /Save|Create/ })
          .count(),
        0,
      );
      assert.equal(await viewerPage.getByRole('link', { name: 'Webhooks' }).count(), 0, 'viewers cannot read webhooks');
      assert.equal(await viewerPage.getByRole('link', { name: 'Promotions' }).count(), 1);
      const statuses = await viewerPage.evaluate(async (id) => {
        const session = (await (await fetch('/auth/staff/session')).json()) as { csrfToken: string };
        const headers = { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
        const region = await fetch(`/admin/regions/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ name: 'viewer was here' }) });
        const hooks = await fetch('/admin/webhooks');
        return [region.status, hooks.status];
      }, regionId);
      assert.deepEqual(statuses, [403, 403]);
      await context.close();
    });

    await t.test('delete: the shipping option, then the region', async () => {
      await go(`#/shipping/${shippingId}`);
      await heading(shippingName);
      await page.getByRole('button', { name: 'Delete shipping option' }).click();
      await page.getByRole('button', { name: 'Delete it for good' }).click();
      await heading('Shipping options');
      assert.equal(
        (await call('GET', `/admin/shipping-options/${shippingId}`, undefined, { authorization: `Bearer ${admin}` })).statusCode,
        404,
      );
      await go(`#/regions/${regionId}`);
      await heading(regionName);
      await page.getByRole('button', { name: 'Delete region' }).click();
      await page.getByRole('button', { name: 'Delete region and its shipping options' }).click();
      await heading('Regions');
      assert.equal((await call('GET', `/admin/regions/${regionId}`, undefined, { authorization: `Bearer ${admin}` })).statusCode, 404);
    });

    assert.deepEqual(pageErrors, []);
  },
);
