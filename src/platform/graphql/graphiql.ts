import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

/** GraphiQL and React, pinned: the page loads them from this CDN, which only its own CSP allows. */
const CDN = 'https://unpkg.com';
const GRAPHIQL = `${CDN}/graphiql@3.8.3/graphiql.min`;
const REACT = `${CDN}/react@18.3.1/umd/react.production.min.js`;
const REACT_DOM = `${CDN}/react-dom@18.3.1/umd/react-dom.production.min.js`;

/**
 * The GraphiQL page's own policy, looser than the app's: scripts and styles from the CDN, inline
 * styles (the editor sets them), requests to this origin only. Every other page keeps the strict one.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  `script-src 'self' ${CDN}`,
  `style-src 'self' 'unsafe-inline' ${CDN}`,
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="robots" content="noindex">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>GraphiQL · Stockroom</title>
  <link rel="stylesheet" href="${GRAPHIQL}.css" crossorigin="anonymous">
  <link rel="stylesheet" href="/graphiql/app.css">
</head>
<body>
  <nav aria-label="GraphQL endpoint">
    <a href="/graphiql?api=store" id="api-store">Store API (/store/graphql)</a>
    <a href="/graphiql?api=admin" id="api-admin">Admin API (/admin/graphql)</a>
    <span>Development only. The admin API needs <code>{"Authorization": "Bearer …"}</code> under Headers.</span>
  </nav>
  <main id="graphiql">Loading GraphiQL…</main>
  <script src="${REACT}" crossorigin="anonymous"></script>
  <script src="${REACT_DOM}" crossorigin="anonymous"></script>
  <script src="${GRAPHIQL}.js" crossorigin="anonymous"></script>
  <script src="/graphiql/app.js"></script>
</body>
</html>
`;

const STYLE = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
nav { display: flex; gap: 1rem; align-items: center; padding: 0.4rem 1rem; font-size: 0.9rem; border-bottom: 1px solid #ccc; }
nav a[aria-current="page"] { font-weight: bold; }
#graphiql { flex: 1; min-height: 0; }
`;

const SCRIPT = `'use strict';
(function () {
  var api = new URLSearchParams(window.location.search).get('api') === 'admin' ? 'admin' : 'store';
  var current = document.getElementById('api-' + api);
  if (current) current.setAttribute('aria-current', 'page');
  var fetcher = GraphiQL.createFetcher({ url: '/' + api + '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, isHeadersEditorEnabled: true, shouldPersistHeaders: false })
  );
})();
`;

/**
 * GraphiQL at `/graphiql` in development only (NODE_ENV other than production); in production the
 * path does not exist (404). The page talks to `/store/graphql`, or `/admin/graphql` with `?api=admin`.
 */
export function installGraphiQL(app: FastifyInstance, config: Config): void {
  if (config.env === 'production') return;
  const hide = { hide: true };
  app.get('/graphiql', { schema: hide }, async (_request, reply) =>
    reply.header('content-security-policy', GRAPHIQL_CSP).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(PAGE),
  );
  app.get('/graphiql/app.js', { schema: hide }, async (_request, reply) =>
    reply.header('cache-control', 'no-store').type('text/javascript; charset=utf-8').send(SCRIPT),
  );
  app.get('/graphiql/app.css', { schema: hide }, async (_request, reply) =>
    reply.header('cache-control', 'no-store').type('text/css; charset=utf-8').send(STYLE),
  );
}
