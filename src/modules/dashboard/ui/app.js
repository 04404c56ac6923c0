// The admin shell: sign-in, navigation, and the screens by hash route (#/products/…).
import { html, render, useState, useEffect } from './preact-htm.js';
import { api, get, qs, money, setCsrfToken, ApiError } from './api.js';
import { Field, Problem, Loading, useLoad, useAction, useCursor, Notice } from './ui.js';
import { ProductList, ProductEdit } from './products.js';
import { OrderList, OrderDetail } from './orders.js';
import { Inventory } from './inventory.js';
import { Transfer } from './transfer.js';
import { Categories } from './categories.js';
import { CollectionList, CollectionEdit } from './collections.js';
import { Staff } from './staff.js';
import { ApiKeys } from './apikeys.js';
import { Settings } from './settings.js';
import { RegionList, RegionEdit } from './regions.js';
import { ShippingList, ShippingEdit } from './shipping.js';
import { PromotionList, PromotionEdit } from './promotions.js';
import { WebhookList, WebhookDetail } from './webhooks.js';
import { Locations } from './locations.js';

function SignIn({ onSignedIn }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  const submit = async (e) => {
    e.preventDefault();
    const session = await action.run(() => api('POST', '/auth/staff/session', { email, password }));
    if (session) onSignedIn(session.data);
  };
  return html`<main class="signin">
    <h1>Sign in to Stockroom</h1>
    <form onSubmit=${submit} id="signin-form">
      <${Field} label="Email" type="email" path="/email" errors=${action.errors} value=${email} onInput=${setEmail} autocomplete="username" required />
      <${Field} label="Password" type="password" path="/password" errors=${action.errors} value=${password} onInput=${setPassword} autocomplete="current-password" required />
      <${Problem} error=${action.error} />
      <button type="submit" disabled=${action.busy}>Sign in</button>
    </form>
  </main>`;
}

function Dashboard() {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const today = useLoad(async () => {
    const orders = [];
    let cursor;
    for (let i = 0; i < 10; i++) {
      const page = await get(`/admin/orders${qs({ createdAfter: start.toISOString(), limit: 100, cursor })}`);
      orders.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return orders;
  }, []);
  const low = useLoad(() => get('/admin/inventory/low-stock?limit=10'), []);
  const revenue = {};
  for (const o of today.data || []) if (o.status !== 'canceled') revenue[o.currency] = (revenue[o.currency] || 0) + o.total;
  return html`<h1>Dashboard</h1>
    ${today.data === undefined
      ? html`<${Loading} error=${today.error} />`
      : html`<div class="cards">
          <div class="card"><div class="muted">Orders today</div><div class="big" id="orders-today">${today.data.length}</div></div>
          <div class="card">
            <div class="muted">Revenue today</div>
            <div class="big">${Object.keys(revenue).length === 0 ? '—' : Object.entries(revenue).map(([c, a]) => html`<div>${money(a, c)}</div>`)}</div>
          </div>
        </div>`}
    <h2>Low stock</h2>
    ${low.data === undefined
      ? html`<${Loading} error=${low.error} />`
      : low.data.items.length === 0
        ? html`<p class="muted">Nothing is running low.</p>`
        : html`<table>
            <thead><tr><th scope="col">SKU</th><th scope="col">Location</th><th scope="col">Available</th><th scope="col">Threshold</th></tr></thead>
            <tbody>${low.data.items.map((l) => html`<tr><td><a href="#/inventory/${encodeURIComponent(l.sku)}">${l.sku}</a></td><td>${l.locationName}</td><td>${l.available}</td><td>${l.lowStockThreshold}</td></tr>`)}</tbody>
          </table>`}`;
}

function Customers() {
  const [email, setEmail] = useState('');
  const [filter, setFilter] = useState('');
  const { cursor, Pager } = useCursor(filter);
  const list = useLoad(() => get(`/admin/customers${qs({ email: filter, cursor, limit: 25 })}`), [filter, cursor]);
  return html`<h1>Customers</h1>
    <form class="row" onSubmit=${(e) => (e.preventDefault(), setFilter(email.trim()))}>
      <${Field} label="Email" type="email" value=${email} onInput=${setEmail} />
      <div><button type="submit">Find</button></div>
    </form>
    ${list.data === undefined
      ? html`<${Loading} error=${list.error} />`
      : html`<table>
            <thead><tr><th scope="col">Email</th><th scope="col">Name</th><th scope="col">Since</th></tr></thead>
            <tbody>${list.data.items.map((c) => html`<tr><td><a href="#/orders?email=${encodeURIComponent(c.email)}">${c.email}</a></td><td>${[c.firstName, c.lastName].filter(Boolean).join(' ')}</td><td>${new Date(c.createdAt).toLocaleDateString()}</td></tr>`)}</tbody>
          </table>
          <${Pager} nextCursor=${list.data.nextCursor} />`}`;
}

function Account({ session }) {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const action = useAction();
  const submit = async (e) => {
    e.preventDefault();
    await action.run(() => api('POST', '/admin/me/password', { currentPassword, newPassword }), 'Password changed; your other sessions were signed out.');
    setCurrent('');
    setNew('');
  };
  return html`<h1>Your account</h1>
    <p>${session.staff.email} · role <strong>${session.staff.role}</strong></p>
    ${session.permissions.includes('me:write') &&
    html`<form onSubmit=${submit}>
      <h2>Change password</h2>
      <${Field} label="Current password" type="password" path="/currentPassword" errors=${action.errors} value=${currentPassword} onInput=${setCurrent} autocomplete="current-password" />
      <${Field} label="New password" type="password" path="/newPassword" errors=${action.errors} value=${newPassword} onInput=${setNew} autocomplete="new-password" />
      <${Problem} error=${action.error} />
      <${Notice} text=${action.notice} />
      <p><button type="submit" disabled=${action.busy}>Change password</button></p>
    </form>`}`;
}

const NAV = [
  ['dashboard', 'Dashboard', 'orders:read'],
  ['orders', 'Orders', 'orders:read'],
  ['products', 'Products', 'products:read'],
  ['categories', 'Categories', 'products:read'],
  ['collections', 'Collections', 'products:read'],
  ['inventory', 'Inventory', 'inventory:read'],
  ['locations', 'Stock locations', 'inventory:read'],
  ['customers', 'Customers', 'customers:read'],
  ['promotions', 'Promotions', 'pricing:read'],
  ['regions', 'Regions', 'pricing:read'],
  ['shipping', 'Shipping options', 'pricing:read'],
  ['webhooks', 'Webhooks', 'webhooks:read'],
  ['import', 'Import and export', 'products:read'],
  ['staff', 'Staff and roles', 'staff:read'],
  ['api-keys', 'API keys', 'api_keys:read'],
  ['settings', 'Shop settings', 'settings:read'],
  ['account', 'Account', 'me:read'],
];

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts: parts.length ? parts : ['dashboard'], query: new URLSearchParams(query) };
}

function Screen({ route, session }) {
  const can = (p) => session.permissions.includes(p);
  const [section, id] = route.parts;
  // A list screen, or one record's form (`new` for a blank one).
  const edit = (List, Edit) =>
    id ? html`<${Edit} id=${id === 'new' ? undefined : id} query=${route.query} can=${can} />` : html`<${List} query=${route.query} can=${can} />`;
  switch (section) {
    case 'regions':
      return edit(RegionList, RegionEdit);
    case 'shipping':
      return edit(ShippingList, ShippingEdit);
    case 'promotions':
      return edit(PromotionList, PromotionEdit);
    case 'webhooks':
      return id ? html`<${WebhookDetail} id=${id} can=${can} />` : html`<${WebhookList} can=${can} />`;
    case 'locations':
      return html`<${Locations} can=${can} />`;
    case 'products':
      return id ? html`<${ProductEdit} id=${id === 'new' ? undefined : id} can=${can} />` : html`<${ProductList} can=${can} />`;
    case 'inventory':
      return html`<${Inventory} sku=${id} can=${can} />`;
    case 'orders':
      return id ? html`<${OrderDetail} id=${id} can=${can} />` : html`<${OrderList} query=${route.query} />`;
    case 'customers':
      return html`<${Customers} />`;
    case 'import':
      return html`<${Transfer} can=${can} />`;
    case 'account':
      return html`<${Account} session=${session} />`;
    case 'categories':
      return html`<${Categories} can=${can} />`;
    case 'collections':
      return id ? html`<${CollectionEdit} key=${id} id=${id === 'new' ? undefined : id} can=${can} />` : html`<${CollectionList} can=${can} />`;
    case 'staff':
      return html`<${Staff} can=${can} session=${session} />`;
    case 'api-keys':
      return html`<${ApiKeys} can=${can} session=${session} />`;
    case 'settings':
      return html`<${Settings} can=${can} />`;
    default:
      return html`<${Dashboard} />`;
  }
}

function App() {
  const [session, setSession] = useState(undefined);
  const [route, setRoute] = useState(parseHash());
  useEffect(() => {
    const onHash = () => setRoute(parseHash());
    addEventListener('hashchange', onHash);
    get('/auth/staff/session').then(
      (s) => (setCsrfToken(s.csrfToken), setSession(s)),
      (e) => setSession(e instanceof ApiError && e.status === 401 ? null : { failed: e }),
    );
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const title = NAV.find(([key]) => key === route.parts[0])?.[1] || 'Dashboard';
    document.title = `${title} · Stockroom admin`;
  }, [route]);
  if (session === undefined) return html`<p class="loading">Loading…</p>`;
  if (session === null) return html`<${SignIn} onSignedIn=${(s) => (setCsrfToken(s.csrfToken), setSession(s))} />`;
  if (session.failed) return html`<main><${Problem} error=${session.failed} /></main>`;
  const signOut = async () => {
    await api('DELETE', '/auth/staff/session').catch(() => undefined);
    setCsrfToken('');
    setSession(null);
  };
  return html`<div class="shell">
    <nav aria-label="Main">
      <p class="brand">Stockroom</p>
      <ul>
        ${NAV.filter(([, , p]) => session.permissions.includes(p)).map(
          ([key, label]) => html`<li><a href="#/${key}" aria-current=${route.parts[0] === key ? 'page' : undefined}>${label}</a></li>`,
        )}
      </ul>
      <p class="who">Signed in as <span id="who">${session.staff.email}</span> (<span id="role">${session.staff.role}</span>)</p>
      <button class="secondary" onClick=${signOut}>Sign out</button>
    </nav>
    <main id="main"><${Screen} route=${route} session=${session} /></main>
  </div>`;
}

render(html`<${App} />`, document.getElementById('root'));
