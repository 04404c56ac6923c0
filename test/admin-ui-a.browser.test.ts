import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { withTransaction } from '../src/platform/db/index.ts';
import { createStaff, hashPassword, type Role } from '../src/modules/identity/index.ts';
import { startTestApp } from './support/app.ts';
import { createStaffToken, uniqueEmail } from './support/auth.ts';
import { browserSkipReason, launchBrowser, seriousAxeViolations } from './support/browser.ts';

/**
 * The admin web app's catalog and shop screens end to end in Debian's Chromium: categories (tree,
 * create, rename, move, the server's cycle error, delete), collections, the product form's images,
 * categories and collections, staff and roles, API keys (secret once, used, revoked) and shop
 * settings. Every result is checked through the REST API, every screen with axe-core, and a viewer
 * sees none of the write controls. `STOCKROOM_SCREENSHOTS=1` also writes docs/screenshots/admin-*.png.
 */
const ACTION_MS = 60_000;
const screenshots = process.env.STOCKROOM_SCREENSHOTS === '1';
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

interface Category {
  id: string;
  name: string;
  parentId: string | null;
  version: number;
}

test(
  'admin web app, part A: categories, collections, product media and taxonomy, staff, API keys, settings; viewer',
  { skip: browserSkipReason(), timeout: 15 * 60_000 },
  async (t) => {
    const app = await startTestApp();
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`;
    const admin = await createStaffToken(app, 'owner');
    const account = async (role: Role) => {
      const email = uniqueEmail(`ui-a-${role}`);
      const password = `pw-${randomBytes(12).toString('hex')}`;
      const passwordHash = await hashPassword(password);
      await withTransaction(app.database.db, (tx) => createStaff(tx, undefined, { email, passwordHash, role }));
      return { email, password };
    };
    const owner = await account('owner');
    const viewer = await account('viewer');
    const clerk = await account('staff');
    const request = (method: string, url: string, token = admin, payload?: object) =>
      app.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
    const api = async <T>(method: string, url: string, payload?: object) => {
      const res = await request(method, url, admin, payload);
      assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.json<T>();
    };
    const categoryNamed = async (name: string) => {
      let cursor: string | null = null;
      do {
        const page: { items: Category[]; nextCursor: string | null } = await api(
          'GET',
          `/admin/categories?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        );
        const found = page.items.find((c) => c.name === name);
        if (found) return found;
        cursor = page.nextCursor;
      } while (cursor);
      throw new Error(`no category named ${name}`);
    };

    const browser = await launchBrowser();
    const page = await browser.newPage();
    page.setDefaultTimeout(ACTION_MS);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => void d.accept());
    // Browser-side code is written as strings: this project's TypeScript has no DOM library.
    const go = (hash: string, p: Page = page) => p.evaluate(`location.hash = ${JSON.stringify(hash)}`);
    const heading = (name: string | RegExp, p: Page = page) => p.getByRole('heading', { name, level: 1 }).waitFor();
    const label = (text: string, p: Page = page) => p.getByLabel(text, { exact: true });
    const button = (name: string, p: Page = page) => p.getByRole('button', { name, exact: true });
    const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).first().waitFor();
    const axe = async (screen: string, p: Page = page) => {
      if (screenshots) {
        mkdirSync('docs/screenshots', { recursive: true });
        await p.screenshot({ path: `docs/screenshots/admin-${screen}.png`, fullPage: true });
      }
      assert.deepEqual(await seriousAxeViolations(p), [], `axe on ${screen}`);
    };
    const signIn = async (p: Page, who: { email: string; password: string }, hash: string) => {
      await p.goto(`${base}/admin/ui${hash}`);
      await label('Email', p).fill(who.email);
      await label('Password', p).fill(who.password);
      await button('Sign in', p).click();
      await p.locator('#who').waitFor();
    };

    const suffix = randomBytes(3).toString('hex').toUpperCase();
    const tag = suffix.toLowerCase();

    await t.test('sign in as owner: the new screens are in the navigation', async () => {
      await signIn(page, owner, '#/categories');
      await heading('Categories');
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Categories', 'Collections', 'Staff and roles', 'API keys', 'Shop settings'])
        await nav.getByRole('link', { name, exact: true }).waitFor();
    });

    let apparel: Category, shirts: Category, sale: Category;
    await t.test('categories: create a tree, move one under another, rename, the cycle refused next to the field, delete', async () => {
      const create = async (name: string, parent?: Category) => {
        await label('New category name').fill(name);
        await label('New category handle (optional)').fill(name.toLowerCase().replace(/ /g, '-'));
        await label('Parent').selectOption(parent ? parent.id : '');
        await button('Create category').click();
        await page
          .getByRole('cell', { name, exact: true })
          .or(page.getByRole('cell', { name: `└ ${name}`, exact: true }))
          .waitFor();
        return categoryNamed(name);
      };
      apparel = await create(`Apparel ${suffix}`);
      shirts = await create(`Shirts ${suffix}`, apparel);
      assert.equal(shirts.parentId, apparel.id);
      sale = await create(`Sale ${suffix}`);
      assert.equal(sale.parentId, null);

      // Re-parent: Sale goes under Shirts (two levels down), and is renamed on the way.
      await button(`Edit Sale ${suffix}`).click();
      await label('Move under…').selectOption(shirts.id);
      await label('Name').fill(`Clearance ${suffix}`);
      await button('Save category').click();
      await status('Category saved.');
      const moved = await api<Category>('GET', `/admin/categories/${sale.id}`);
      assert.equal(moved.parentId, shirts.id);
      assert.equal(moved.name, `Clearance ${suffix}`);
      // The tree shows it indented under Shirts (once it has reloaded after the save).
      await page.locator('#category-tree tbody tr', { hasText: `Clearance ${suffix}` }).waitFor();
      const rows = await page.locator('#category-tree tbody tr').allTextContents();
      const at = (text: string) => rows.findIndex((r) => r.includes(text));
      assert.ok(at(`Apparel ${suffix}`) < at(`Shirts ${suffix}`) && at(`Shirts ${suffix}`) < at(`Clearance ${suffix}`), rows.join(' | '));
      assert.equal(await page.locator('#category-tree tr', { hasText: `Clearance ${suffix}` }).getAttribute('data-depth'), '2');

      // A cycle: Apparel under its own grandchild. The server refuses; its message sits next to the select.
      await button(`Edit Apparel ${suffix}`).click();
      await label('Move under…').selectOption(sale.id);
      await button('Save category').click();
      const move = label('Move under…');
      await page.locator('#edit-category .field-error', { hasText: 'would make the category its own ancestor' }).waitFor();
      assert.equal(await move.getAttribute('aria-invalid'), 'true');
      const describedBy = (await move.getAttribute('aria-describedby')) ?? '';
      assert.match((await page.locator(`[id="${describedBy}"]`).textContent()) ?? '', /own ancestor/);
      assert.equal((await api<Category>('GET', `/admin/categories/${apparel.id}`)).parentId, null, 'nothing moved');
      await axe('categories');

      // Delete: a category with children is refused with the server's detail; a leaf goes.
      await button('Delete category').click();
      await page.getByRole('alert').filter({ hasText: 'Move or delete its child categories first.' }).waitFor();
      const temp = await create(`Temp ${suffix}`);
      await button(`Edit Temp ${suffix}`).click();
      await button('Delete category').click();
      await status(`Category "Temp ${suffix}" deleted.`);
      assert.equal((await request('GET', `/admin/categories/${temp.id}`)).statusCode, 404);
    });

    const product = async (title: string) =>
      api<{ id: string }>('POST', '/admin/products', {
        title,
        status: 'published',
        variants: [{ sku: `${title.replace(/\W+/g, '-').toUpperCase()}-1`, prices: [{ currency: 'EUR', amount: 1000 }] }],
      });
    let collectionId = '';
    let boots: { id: string }, socks: { id: string };
    await t.test('collections: create one with products found by search, reorder them, rename', async () => {
      boots = await product(`Trail Boots ${suffix}`);
      socks = await product(`Wool Socks ${suffix}`);
      await go('#/collections');
      await heading('Collections');
      await page.getByRole('link', { name: 'New collection' }).click();
      await heading('New collection');
      await label('Title').fill(`Winter ${suffix}`);
      await label('Handle').fill(`winter-${tag}`);
      await label('Description').fill('Warm things.');
      await label('Find a product to add').fill(`Boots ${suffix}`);
      await button(`Add Trail Boots ${suffix}`).click();
      await label('Find a product to add').fill(`Socks ${suffix}`);
      await button(`Add Wool Socks ${suffix}`).click();
      await button('Save collection').click();
      await heading(`Winter ${suffix}`);
      collectionId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
      let saved = await api<{ title: string; handle: string; productIds: string[] }>('GET', `/admin/collections/${collectionId}`);
      assert.equal(saved.handle, `winter-${tag}`);
      assert.deepEqual(saved.productIds, [boots.id, socks.id]);

      await button(`Move Wool Socks ${suffix} up`).click();
      await label('Title').fill(`Winter picks ${suffix}`);
      await button('Save collection').click();
      // The heading follows the title field as it is typed, so wait for the save itself.
      for (const until = Date.now() + 60_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
        saved = await api('GET', `/admin/collections/${collectionId}`);
        if (saved.title === `Winter picks ${suffix}` || Date.now() > until) break;
      }
      assert.deepEqual(saved.productIds, [socks.id, boots.id]);
      assert.equal(saved.title, `Winter picks ${suffix}`);

      // A refused field is marked next to it.
      await label('Handle').fill('Not A Handle');
      await button('Save collection').click();
      await page.locator('#collection-form .field-error').first().waitFor();
      assert.equal(await label('Handle').getAttribute('aria-invalid'), 'true');
      await axe('collection');
      await go('#/collections');
      await page.getByRole('link', { name: `Winter picks ${suffix}` }).waitFor();
      await axe('collections');
    });

    await t.test('product form: images by URL (add, reorder, alt text, preview), categories and collections', async () => {
      await go(`#/products/${boots.id}`);
      await heading(`Trail Boots ${suffix}`);
      await label('New image URL').fill(PNG);
      await label('New image alt text').fill('Boots from the side');
      await button('Add image').click();
      await label('New image URL').fill(GIF);
      await label('New image alt text').fill('Boots sole');
      await button('Add image').click();
      await label('New image URL').fill(PNG);
      await button('Add image').click();
      await page.getByRole('img', { name: 'Boots sole' }).waitFor();
      await button('Move image 2 up').click();
      await button('Remove image 3').click();
      await label('Image 2 alt text').fill('Boots, left side');
      await page.locator('#product-categories').getByLabel(`Shirts ${suffix}`, { exact: true }).check();
      await page.locator('#product-categories').getByLabel(`Clearance ${suffix}`, { exact: true }).check();
      await page.locator('#product-collections').getByLabel(`Winter picks ${suffix}`, { exact: true }).uncheck();
      await button('Save product').click();
      await status('Saved.');
      const saved = await api<{ images: { url: string; alt?: string }[]; categoryIds: string[]; collectionIds: string[] }>(
        'GET',
        `/admin/products/${boots.id}`,
      );
      assert.deepEqual(saved.images, [
        { url: GIF, alt: 'Boots sole' },
        { url: PNG, alt: 'Boots, left side' },
      ]);
      assert.deepEqual([...saved.categoryIds].sort(), [shirts.id, sale.id].sort());
      assert.deepEqual(saved.collectionIds, []);
      const collection = await api<{ productIds: string[] }>('GET', `/admin/collections/${collectionId}`);
      assert.deepEqual(collection.productIds, [socks.id]);
      // And back into the collection from the product form; an image URL the server refuses is named.
      await page.locator('#product-collections').getByLabel(`Winter picks ${suffix}`, { exact: true }).check();
      await label('Image 1 URL').fill('ftp://example.com/boots.png');
      await button('Save product').click();
      await page.locator('#product-images .field-error').first().waitFor();
      assert.equal(await label('Image 1 URL').getAttribute('aria-invalid'), 'true');
      await label('Image 1 URL').fill(GIF);
      await button('Save product').click();
      await status('Saved.');
      assert.deepEqual(
        (await api<{ productIds: string[] }>('GET', `/admin/collections/${collectionId}`)).productIds.sort(),
        [socks.id, boots.id].sort(),
      );
      await axe('product-media');
    });

    let memberId = '';
    await t.test('staff: add a member with a role, change the role, disable, remove', async () => {
      const email = uniqueEmail(`added-${tag}`);
      await go('#/staff');
      await heading('Staff and roles');
      await label('Email').fill(email);
      await label('Name (optional)').fill(`Sam ${suffix}`);
      await label('First password').fill('short');
      await label('Role').selectOption('staff');
      await button('Add staff member').click();
      await page.locator('#add-staff .field-error').first().waitFor();
      assert.equal(await label('First password').getAttribute('aria-invalid'), 'true');
      await label('First password').fill(`pw-${randomBytes(12).toString('hex')}`);
      await button('Add staff member').click();
      await page.getByRole('cell', { name: email, exact: true }).waitFor();
      const list = await api<{ items: { id: string; email: string; role: string; isDisabled: boolean }[] }>(
        'GET',
        '/admin/staff?limit=100',
      );
      const member = list.items.find((m) => m.email === email)!;
      assert.equal(member.role, 'staff');
      memberId = member.id;

      await label(`Role of ${email}`).selectOption('viewer');
      await button(`Change role of ${email}`).click();
      await status(`${email} is now viewer.`);
      assert.equal((await api<{ role: string }>('GET', `/admin/staff/${memberId}`)).role, 'viewer');
      await button(`Disable ${email}`).click();
      await status(`${email} is disabled.`);
      assert.equal((await api<{ isDisabled: boolean }>('GET', `/admin/staff/${memberId}`)).isDisabled, true);
      await axe('staff');
      await button(`Remove ${email}`).click();
      await status(`${email} was removed.`);
      assert.equal((await request('GET', `/admin/staff/${memberId}`)).statusCode, 404);
    });

    await t.test('API keys: the secret is shown once with a copy button, works as a bearer token, and stops at revoke', async () => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      await go('#/api-keys');
      await heading('API keys');
      await label('Key name').fill(`Feed ${suffix}`);
      await button('Create key').click();
      await page.locator('#create-key .field-error').waitFor(); // no permission ticked: the server names the field
      await page.getByRole('checkbox', { name: 'products:read', exact: true }).check();
      await button('Create key').click();
      await page.locator('#secret-panel').waitFor();
      const secret = (await page.locator('#new-secret').textContent()) ?? '';
      assert.match(secret, /^sk_/);
      assert.match((await page.locator('#secret-panel').textContent()) ?? '', /shown only this once/);
      await button('Copy secret').click();
      await status('Copied to the clipboard.');
      assert.equal(await page.evaluate<string>('navigator.clipboard.readText()'), secret);
      await axe('api-keys');

      // The key works for what it was given, and only that.
      assert.equal((await request('GET', '/admin/products?limit=1', secret)).statusCode, 200);
      assert.equal((await request('GET', '/admin/orders?limit=1', secret)).statusCode, 403);
      const keys = await api<{ items: { id: string; name: string; prefix: string }[] }>('GET', '/admin/api-keys?limit=100');
      const key = keys.items.find((k) => k.name === `Feed ${suffix}`)!;
      assert.ok(secret.startsWith(key.prefix));

      // Never shown again: not after dismissing, not after coming back to the screen.
      await button('I have stored the secret').click();
      await page.locator('#secret-panel').waitFor({ state: 'detached' });
      await go('#/staff');
      await heading('Staff and roles');
      await go('#/api-keys');
      await page.getByRole('cell', { name: `Feed ${suffix}`, exact: true }).waitFor();
      assert.ok(!(await page.content()).includes(secret), 'the secret is not on the page any more');

      await button(`Revoke Feed ${suffix}`).click();
      await status(`The key "Feed ${suffix}" was revoked.`);
      await page
        .getByRole('cell', { name: /^revoked / })
        .first()
        .waitFor();
      assert.equal((await request('GET', '/admin/products?limit=1', secret)).statusCode, 401);
    });

    await t.test('shop settings: edit and save; a refused value is named next to its field', async () => {
      await go('#/settings');
      await heading('Shop settings');
      await label('Shop name').fill(`Stockroom ${suffix}`);
      await label('Return window (days, 0 = no returns)').fill('45');
      await page.getByRole('checkbox', { name: 'Returns are free' }).check();
      await label('Shipping summary (shown on product pages)').fill('Ships in 1–2 days');
      await label('Handling days, from').fill('1');
      await label('Handling days, to').fill('2');
      await label('Logo URL (https://… or /path)').fill('ftp://example.com/logo.svg');
      await button('Save settings').click();
      await page.locator('#settings-form .field-error').first().waitFor();
      assert.equal(await label('Logo URL (https://… or /path)').getAttribute('aria-invalid'), 'true');
      assert.equal((await api<{ logoUrl: string | null }>('GET', '/admin/settings')).logoUrl, null, 'nothing saved');
      await label('Logo URL (https://… or /path)').fill('/logo.svg');
      await label('Transit days, from').fill('2');
      await label('Transit days, to').fill('5');
      await button('Save settings').click();
      await status('Settings saved.');
      const settings = await api<{
        name: string;
        logoUrl: string | null;
        returnPolicy: { days: number; isFree: boolean };
        shipping: { summary: string; handlingDays: { min: number; max: number }; transitDays: { min: number; max: number } };
      }>('GET', '/admin/settings');
      assert.equal(settings.name, `Stockroom ${suffix}`);
      assert.equal(settings.logoUrl, '/logo.svg');
      assert.deepEqual(settings.returnPolicy, { days: 45, isFree: true });
      assert.deepEqual(settings.shipping, {
        summary: 'Ships in 1–2 days',
        handlingDays: { min: 1, max: 2 },
        transitDays: { min: 2, max: 5 },
      });
      await axe('settings');

      // Someone else saves meanwhile: nothing is overwritten, and the latest settings are offered.
      const current = await app.app.inject({ method: 'GET', url: '/admin/settings', headers: { authorization: `Bearer ${admin}` } });
      const elsewhere = await app.app.inject({
        method: 'PATCH',
        url: '/admin/settings',
        headers: { authorization: `Bearer ${admin}`, 'if-match': String(current.headers.etag) },
        payload: { name: `Renamed elsewhere ${suffix}` },
      });
      assert.equal(elsewhere.statusCode, 200, elsewhere.body);
      await label('Shop name').fill(`Mine ${suffix}`);
      await button('Save settings').click();
      await page.locator('#conflict').waitFor();
      assert.equal((await api<{ name: string }>('GET', '/admin/settings')).name, `Renamed elsewhere ${suffix}`);
      await button('Load the latest settings').click();
      await page.locator('#conflict').waitFor({ state: 'detached' });
      assert.equal(await label('Shop name').inputValue(), `Renamed elsewhere ${suffix}`);
    });

    await t.test('a staff-role member: catalog screens writable, staff and settings read-only, no API keys', async () => {
      const context = await browser.newContext();
      const c = await context.newPage();
      c.setDefaultTimeout(ACTION_MS);
      c.on('pageerror', (e) => pageErrors.push(e.message));
      await signIn(c, clerk, '#/categories');
      await heading('Categories', c);
      await button('Create category', c).waitFor();
      const nav = c.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Staff and roles' }).waitFor();
      assert.equal(await nav.getByRole('link', { name: 'API keys' }).count(), 0);
      await go('#/staff', c);
      await heading('Staff and roles', c);
      await c.getByRole('cell', { name: clerk.email }).first().waitFor();
      assert.equal(await button('Add staff member', c).count(), 0);
      assert.equal(await c.getByRole('button', { name: /^(Change role of|Disable|Remove) / }).count(), 0);
      await go('#/settings', c);
      await heading('Shop settings', c);
      assert.equal(await button('Save settings', c).count(), 0);
      assert.equal(await label('Shop name', c).isDisabled(), true);
      await context.close();
    });

    await t.test('a viewer sees these screens without write controls, and the server refuses the writes', async () => {
      const context = await browser.newContext();
      const v = await context.newPage();
      v.setDefaultTimeout(ACTION_MS);
      v.on('pageerror', (e) => pageErrors.push(e.message));
      await signIn(v, viewer, '#/categories');
      await heading('Categories', v);
      await v.getByRole('cell', { name: `Apparel ${suffix}`, exact: true }).waitFor();
      const nav = v.getByRole('navigation', { name: 'Main' });
      assert.equal(await nav.getByRole('link', { name: 'API keys' }).count(), 0, 'no API keys screen for a viewer');
      const noWrites = async (screen: string) => {
        const buttons = await v.getByRole('button').allTextContents();
        assert.deepEqual(
          buttons.filter((b) => b !== 'Sign out' && !/^(Previous|Next) page$/.test(b)),
          [],
          `${screen}: only navigation buttons`,
        );
        assert.equal(await v.locator('main :is(input, textarea, select):enabled').count(), 0, `${screen}: no editable field`);
      };
      await noWrites('categories');
      await axe('viewer-categories', v);

      await go('#/collections', v);
      await v.getByRole('link', { name: `Winter picks ${suffix}` }).waitFor();
      assert.equal(await v.getByRole('link', { name: 'New collection' }).count(), 0);
      await noWrites('collections');
      await v.getByRole('link', { name: `Winter picks ${suffix}` }).click();
      await heading(`Winter picks ${suffix}`, v);
      await noWrites('collection');

      await go(`#/products/${boots.id}`, v);
      await heading(`Trail Boots ${suffix}`, v);
      await v.getByRole('img', { name: 'Boots sole' }).waitFor();
      await v.locator('#product-categories').getByLabel(`Shirts ${suffix}`, { exact: true }).waitFor();
      assert.equal(await v.locator('#product-categories').getByLabel(`Shirts ${suffix}`, { exact: true }).isDisabled(), true);
      await noWrites('product');

      await go('#/staff', v);
      await heading('Staff and roles', v);
      await v.getByRole('cell', { name: viewer.email }).first().waitFor();
      await noWrites('staff');
      await axe('viewer-staff', v);

      await go('#/settings', v);
      await heading('Shop settings', v);
      assert.equal(await label('Shop name', v).inputValue(), `Renamed elsewhere ${suffix}`);
      await noWrites('settings');

      // Typed by hand, the API keys screen shows the server's refusal and no form.
      await go('#/api-keys', v);
      await heading('API keys', v);
      await v.getByRole('alert').waitFor();
      assert.equal(await v.getByRole('button', { name: 'Create key' }).count(), 0);

      // (No named functions inside: tsx would wrap them in a helper the page does not have.)
      const statuses = await v.evaluate(
        async (writes) => {
          const session = (await (await fetch('/auth/staff/session')).json()) as { csrfToken: string };
          const out: number[] = [];
          for (const [method, url, body] of writes) {
            const res = await fetch(url, {
              method,
              headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
              body: JSON.stringify(body),
            });
            out.push(res.status);
          }
          return out;
        },
        [
          ['POST', '/admin/categories', { name: 'viewer was here' }],
          ['PATCH', `/admin/categories/${apparel.id}`, { name: 'viewer was here' }],
          ['POST', '/admin/collections', { title: 'viewer was here' }],
          ['POST', '/admin/staff', { email: 'v@example.com', password: 'long enough password 1', role: 'owner' }],
          ['POST', '/admin/api-keys', { name: 'viewer', permissions: ['products:read'] }],
          ['PATCH', '/admin/settings', { name: 'viewer was here' }],
        ] as [string, string, object][],
      );
      assert.deepEqual(statuses, [403, 403, 403, 403, 403, 403]);
      await context.close();
    });

    assert.deepEqual(pageErrors, []);
  },
);
