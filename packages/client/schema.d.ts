// Generated from the Stockroom OpenAPI document by `npm run client`. Do not edit by hand.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Home page: featured collections and category links */
        get: operations["get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/ucp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * UCP: the business profile (discovery)
         * @description Services, capabilities, payment handlers and signing keys, as UCP discovery defines them.
         */
        get: operations["getWellKnownUcp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in, or the signed-in customer’s orders */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page a password-reset email links to: a form for the new password */
        get: operations["getAccountResetPassword"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acp/checkout_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ACP: create a checkout session
         * @description Opens a session on a new cart: one `line_items` entry per unit of a variant id, in `currency`; buyer and address optional.
         */
        post: operations["postAcpCheckoutSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acp/checkout_sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ACP: the checkout session as it is now */
        get: operations["getAcpCheckoutSessionsById"];
        put?: never;
        /**
         * ACP: update a checkout session
         * @description `line_items` replaces the whole list; `selected_fulfillment_options` picks one shipping option for every item.
         */
        post: operations["postAcpCheckoutSessionsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acp/checkout_sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ACP: cancel a checkout session
         * @description A completed or canceled session answers 405.
         */
        post: operations["postAcpCheckoutSessionsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acp/checkout_sessions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ACP: complete a checkout session (pay and place the order)
         * @description Completes through the same three phases as `POST /store/carts/:id/complete`: reserve, authorize, place; exactly once per session whatever the agent retries. Payment handler `stockroom_test_card` takes a test card number as the credential token; `card_tokenized` (offered when Stripe is configured) takes a Stripe shared payment token (`spt_…`, credential type `spt`). Out of stock and declined payments answer 200 with the session and an error in `messages[]`; nothing is held or charged.
         */
        post: operations["postAcpCheckoutSessionsByIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registered agents, newest first
         * @description Requires permission `agents:read`.
         *
         *     Requires permission `agents:read`.
         */
        get: operations["getAdminAgents"];
        put?: never;
        /**
         * Register an AI shopping agent
         * @description Without public keys the agent gets a bearer key (`agk_…`), shown here once and stored only hashed.
         *
         *     Requires permission `agents:write`.
         */
        post: operations["postAdminAgents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One agent
         * @description Requires permission `agents:read`.
         *
         *     Requires permission `agents:read`.
         */
        get: operations["getAdminAgentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an agent's name, protocols, keys or rate limit, or disable it
         * @description Requires permission `agents:write`.
         */
        patch: operations["patchAdminAgentsById"];
        trace?: never;
    };
    "/admin/agents/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An agent's checkout sessions (with their orders), newest first
         * @description Requires permission `agents:read`.
         *
         *     Requires permission `agents:read`.
         */
        get: operations["getAdminAgentsByIdSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/agents/{id}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's order webhook of a format
         * @description Requires permission `agents:read`.
         *
         *     Requires permission `agents:read`.
         */
        get: operations["getAdminAgentsByIdWebhook"];
        /**
         * Set the agent's order webhook (ACP order_create / order_update, or UCP order events)
         * @description Creates or replaces the webhook of `format`. With `acp`, orders the agent places through ACP are sent to `url` as ACP webhook events, signed with `secret` (`Merchant-Signature: t=…,v1=…`). With `ucp`, orders it places through UCP are sent as UCP order events (the full order), signed per RFC 9421 with the shop’s key from `/.well-known/ucp`. Either is retried with backoff until the receiver answers 2xx.
         *
         *     Requires permission `agents:write`.
         */
        put: operations["putAdminAgentsByIdWebhook"];
        post?: never;
        /**
         * Remove the agent's order webhook of a format (and its pending deliveries)
         * @description Requires permission `agents:write`.
         */
        delete: operations["deleteAdminAgentsByIdWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/agents/feed.jsonl.gz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The product feed for agent platforms
         * @description gzip-compressed JSON Lines, one object per variant priced in the currency: `id` (the variant id checkout accepts), `item_group_id`, `title`, `description` (plain text), `link`, `image_link`, `sku`, `price` (minor units), `currency`, `availability`, `brand`, `gtin` and `mpn` (when known), `seller_name`, `seller_url`, `seller_privacy_policy`, `seller_tos`, `return_policy` (when set in the shop settings), `return_window` (days), `target_countries`, `is_eligible_search`, `is_eligible_checkout`. Served from the stored feed the job runner rebuilds on a schedule (STOCKROOM_AGENT_FEED_INTERVAL_MINUTES) with its SHA-256 as a strong `ETag` (`If-None-Match` → 304); before the first rebuild, built and streamed live a page of variants at a time.
         *
         *     Requires permission `agents:read`.
         *
         *     Requires permission `agents:read`.
         */
        get: operations["getAdminAgentsFeedJsonlGz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/agents/feed/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild the stored product feed now (a background job)
         * @description Queues a rebuild of every currency’s stored feed on the job runner; follow it at `GET /admin/jobs/:jobId`.
         *
         *     Requires permission `agents:write`.
         */
        post: operations["postAdminAgentsFeedRegenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API keys (never their secrets)
         * @description Requires permission `api_keys:read`.
         *
         *     Requires permission `api_keys:read`.
         */
        get: operations["getAdminApiKeys"];
        put?: never;
        /**
         * Create a secret key with a subset of your permissions; the secret is shown only here
         * @description Requires permission `api_keys:write`.
         */
        post: operations["postAdminApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One API key
         * @description Requires permission `api_keys:read`.
         *
         *     Requires permission `api_keys:read`.
         */
        get: operations["getAdminApiKeysById"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key at once
         * @description Requires permission `api_keys:write`.
         */
        delete: operations["deleteAdminApiKeysById"];
        options?: never;
        head?: never;
        /**
         * Rename an API key
         * @description Requires permission `api_keys:write`.
         */
        patch: operations["patchAdminApiKeysById"];
        trace?: never;
    };
    "/admin/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List categories
         * @description Requires permission `products:read`.
         *
         *     Requires permission `products:read`.
         */
        get: operations["getAdminCategories"];
        put?: never;
        /**
         * Create a category (optionally under `parentId`)
         * @description Requires permission `products:write`.
         */
        post: operations["postAdminCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One category
         * @description Requires permission `products:read`.
         *
         *     Requires permission `products:read`.
         */
        get: operations["getAdminCategoriesById"];
        put?: never;
        post?: never;
        /**
         * Delete a category that has no children
         * @description Requires permission `products:write`.
         */
        delete: operations["deleteAdminCategoriesById"];
        options?: never;
        head?: never;
        /**
         * Update or move a category (no cycles)
         * @description Requires permission `products:write`.
         */
        patch: operations["patchAdminCategoriesById"];
        trace?: never;
    };
    "/admin/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List collections
         * @description Requires permission `products:read`.
         *
         *     Requires permission `products:read`.
         */
        get: operations["getAdminCollections"];
        put?: never;
        /**
         * Create a curated collection
         * @description Requires permission `products:write`.
         */
        post: operations["postAdminCollections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/collections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One collection with its products in order
         * @description Requires permission `products:read`.
         *
         *     Requires permission `products:read`.
         */
        get: operations["getAdminCollectionsById"];
        put?: never;
        post?: never;
        /**
         * Delete a collection (its products stay)
         * @description Requires permission `products:write`.
         */
        delete: operations["deleteAdminCollectionsById"];
        options?: never;
        head?: never;
        /**
         * Update a collection; `productIds` replaces the curated order
         * @description Requires permission `products:write`.
         */
        patch: operations["patchAdminCollectionsById"];
        trace?: never;
    };
    "/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers, newest first
         * @description Requires permission `customers:read`.
         *
         *     Requires permission `customers:read`.
         */
        get: operations["getAdminCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One customer
         * @description Requires permission `customers:read`.
         *
         *     Requires permission `customers:read`.
         */
        get: operations["getAdminCustomersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Emails kept because no SMTP server is configured (owners only; spent reset codes are struck out)
         * @description Requires permission `emails:read`.
         *
         *     Requires permission `emails:read`.
         */
        get: operations["getAdminEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event feed in commit order, for receivers that reconcile after an outage
         * @description Requires permission `events:read`.
         *
         *     Requires permission `events:read`.
         */
        get: operations["getAdminEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/graphql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The admin GraphQL API over GET (queries only; cacheable, with persisted queries)
         * @description Requires permission `me:read`.
         *
         *     Requires permission `me:read`.
         */
        get: operations["getAdminGraphql"];
        put?: never;
        /**
         * The admin GraphQL API (queries and mutations)
         * @description Errors carry the REST problem code in `extensions.code`; limits: depth 10, a cost budget, 20 aliases per field, 16 KB per query.
         *
         *     Requires permission `me:read`.
         */
        post: operations["postAdminGraphql"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock of one variant per location (by variantId, or sku)
         * @description Requires permission `inventory:read`.
         *
         *     Requires permission `inventory:read`.
         */
        get: operations["getAdminInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or remove on-hand stock; 409 insufficient_stock if it would go below what is reserved
         * @description Requires permission `inventory:write`.
         */
        post: operations["postAdminInventoryAdjustments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/inventory/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock movements, newest first
         * @description Requires permission `inventory:read`.
         *
         *     Requires permission `inventory:read`.
         */
        get: operations["getAdminInventoryLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/inventory/levels/{variantId}/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set the low-stock threshold of a level (null: never low)
         * @description Requires permission `inventory:write`.
         */
        patch: operations["patchAdminInventoryLevelsByVariantIdByLocationId"];
        trace?: never;
    };
    "/admin/inventory/low-stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Levels whose available stock is below their threshold
         * @description Requires permission `inventory:read`.
         *
         *     Requires permission `inventory:read`.
         */
        get: operations["getAdminInventoryLowStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A background job: status, progress and per-row errors
         * @description Requires permission `jobs:read`.
         *
         *     Requires permission `jobs:read`.
         */
        get: operations["getAdminJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in staff member, or the API key making the request
         * @description Requires permission `me:read`.
         *
         *     Requires permission `me:read`.
         */
        get: operations["getAdminMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password (not a commonly breached one); your other sessions are revoked, this one stays
         * @description Requires permission `me:write`.
         */
        post: operations["postAdminMePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders, newest first
         * @description Filters: `status`, `paymentStatus`, `fulfillmentStatus` (derived, as on the order), `email` (exact, any case), `createdAfter` (inclusive) / `createdBefore` (exclusive). Keyset-paged.
         *
         *     Requires permission `orders:read`.
         *
         *     Requires permission `orders:read`.
         */
        get: operations["getAdminOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One order with its timeline
         * @description Requires permission `orders:read`.
         *
         *     Requires permission `orders:read`.
         */
        get: operations["getAdminOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel every unit not yet fulfilled
         * @description Releases their stock; voids the authorization (nothing captured or shipped) or refunds what was captured for them. 409 `order_not_cancelable` when nothing is left to cancel. Honours `If-Match` (the order's ETag): 412 when the order changed since it was read.
         *
         *     Requires permission `orders:write`.
         */
        post: operations["postAdminOrdersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{id}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture an authorized payment, in full or in part
         * @description 409 `nothing_to_capture` when the amount exceeds what is authorized and not yet captured. Honours `If-Match` (the order's ETag): 412 when the order changed since it was read.
         *
         *     Requires permission `orders:write`.
         */
        post: operations["postAdminOrdersByIdCapture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{id}/fulfillments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ship units (partial allowed), from a location, with a tracking number
         * @description Stock leaves on hand and reserved through the inventory ledger with the order's id. 409 `fulfillment_exceeds_order` for more than is left. Honours `If-Match` (the order's ETag): 412 when the order changed since it was read.
         *
         *     Requires permission `orders:write`.
         */
        post: operations["postAdminOrdersByIdFulfillments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a staff note to the timeline
         * @description Honours `If-Match` (the order's ETag): 412 when the order changed since it was read.
         *
         *     Requires permission `orders:write`.
         */
        post: operations["postAdminOrdersByIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund part or all of what was captured
         * @description 409 `refund_exceeds_captured` above captured minus refunded. Honours `If-Match` (the order's ETag): 412 when the order changed since it was read.
         *
         *     Requires permission `orders:write`.
         */
        post: operations["postAdminOrdersByIdRefunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders/{id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive returned units; optionally restock them and refund
         * @description 409 `return_exceeds_fulfilled` for more than was shipped. With `restock`, units go back on hand through the inventory ledger. Honours `If-Match` (the order's ETag): 412 when the order changed since it was read.
         *
         *     Requires permission `orders:write`.
         */
        post: operations["postAdminOrdersByIdReturns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products (drafts too), newest first
         * @description Requires permission `products:read`.
         *
         *     Requires permission `products:read`.
         */
        get: operations["getAdminProducts"];
        put?: never;
        /**
         * Create a product with its options, variants, prices and images
         * @description Requires permission `products:write`.
         */
        post: operations["postAdminProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One product with its version (ETag)
         * @description Requires permission `products:read`.
         *
         *     Requires permission `products:read`.
         */
        get: operations["getAdminProductsById"];
        put?: never;
        post?: never;
        /**
         * Delete a product (it leaves the store at once; orders keep their snapshots)
         * @description Requires permission `products:write`.
         */
        delete: operations["deleteAdminProductsById"];
        options?: never;
        head?: never;
        /**
         * Update a product; `variants`, when sent, is the full list (with `id` = update, without = create, left out = delete)
         * @description Send `If-Match` with the ETag you read: a stale one answers 412. A changed handle keeps the old one as a 301.
         *
         *     Requires permission `products:write`.
         */
        patch: operations["patchAdminProductsById"];
        trace?: never;
    };
    "/admin/products/{id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a variant; answers with the whole product
         * @description Requires permission `products:write`.
         */
        post: operations["postAdminProductsByIdVariants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/products/{id}/variants/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a variant; answers with the whole product
         * @description Requires permission `products:write`.
         */
        delete: operations["deleteAdminProductsByIdVariantsByVariantId"];
        options?: never;
        head?: never;
        /**
         * Change a variant; answers with the whole product
         * @description Only the fields sent change. `prices`, when sent, replaces the variant’s whole price list: a currency left out is deleted. To set or delete one currency’s price and keep the others, use `PUT`/`DELETE /admin/products/{id}/variants/{variantId}/prices/{currency}`.
         *
         *     Requires permission `products:write`.
         */
        patch: operations["patchAdminProductsByIdVariantsByVariantId"];
        trace?: never;
    };
    "/admin/products/{id}/variants/{variantId}/prices/{currency}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set one currency’s price of a variant; its other prices stay
         * @description Creates or replaces the price in `currency` (minor units). Honours `If-Match` like the other product writes.
         *
         *     Requires permission `products:write`.
         */
        put: operations["putAdminProductsByIdVariantsByVariantIdPricesByCurrency"];
        post?: never;
        /**
         * Delete one currency’s price of a variant; its other prices stay
         * @description 404 when the variant has no price in `currency`. The variant can no longer be added to carts in that currency.
         *
         *     Requires permission `products:write`.
         */
        delete: operations["deleteAdminProductsByIdVariantsByVariantIdPricesByCurrency"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/products/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream the whole catalog as CSV or NDJSON, in the format import accepts
         * @description Requires permission `products:read`.
         *
         *     Requires permission `products:read`.
         */
        get: operations["getAdminProductsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/products/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import products from CSV or NDJSON (one row per variant); applied by a background job
         * @description Send `Content-Type: text/csv` or `application/x-ndjson`, at most STOCKROOM_IMPORT_MAX_BYTES (50 MiB by default; larger: 413), lines of at most 64 KiB (longer: a row error). Columns (CSV) or keys (NDJSON) left out leave fields unchanged; an empty cell or `null` clears a field. Export escapes cells starting with `=`, `+`, `-`, `@`, tab or CR with a leading `'`; import removes that one quote. Follow progress and per-row errors at `GET /admin/jobs/:jobId`.
         *
         *     Requires permission `products:write`.
         */
        post: operations["postAdminProductsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List promotions
         * @description Requires permission `pricing:read`.
         *
         *     Requires permission `pricing:read`.
         */
        get: operations["getAdminPromotions"];
        put?: never;
        /**
         * Create a promotion (codes are case-insensitive and unique)
         * @description Requires permission `pricing:write`.
         */
        post: operations["postAdminPromotions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/promotions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a promotion
         * @description Requires permission `pricing:read`.
         *
         *     Requires permission `pricing:read`.
         */
        get: operations["getAdminPromotionsById"];
        put?: never;
        post?: never;
        /**
         * Retire a promotion (its code can be reused)
         * @description Requires permission `pricing:write`.
         */
        delete: operations["deleteAdminPromotionsById"];
        options?: never;
        head?: never;
        /**
         * Change a promotion (If-Match honoured)
         * @description Requires permission `pricing:write`.
         */
        patch: operations["patchAdminPromotionsById"];
        trace?: never;
    };
    "/admin/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regions
         * @description Requires permission `pricing:read`.
         *
         *     Requires permission `pricing:read`.
         */
        get: operations["getAdminRegions"];
        put?: never;
        /**
         * Create a region
         * @description Requires permission `pricing:write`.
         */
        post: operations["postAdminRegions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a region
         * @description Requires permission `pricing:read`.
         *
         *     Requires permission `pricing:read`.
         */
        get: operations["getAdminRegionsById"];
        put?: never;
        post?: never;
        /**
         * Delete a region and its shipping options
         * @description Requires permission `pricing:write`.
         */
        delete: operations["deleteAdminRegionsById"];
        options?: never;
        head?: never;
        /**
         * Change a region (If-Match honoured)
         * @description Requires permission `pricing:write`.
         */
        patch: operations["patchAdminRegionsById"];
        trace?: never;
    };
    "/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The shop settings used by the storefront and its structured data
         * @description Requires permission `settings:read`.
         *
         *     Requires permission `settings:read`.
         */
        get: operations["getAdminSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change shop settings (If-Match honoured)
         * @description Fields left out keep their value; `logoUrl` and `defaultRegionId` may be set to null.
         *
         *     Requires permission `settings:write`.
         */
        patch: operations["patchAdminSettings"];
        trace?: never;
    };
    "/admin/shipping-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List shipping options
         * @description Requires permission `pricing:read`.
         *
         *     Requires permission `pricing:read`.
         */
        get: operations["getAdminShippingOptions"];
        put?: never;
        /**
         * Create a shipping option
         * @description Requires permission `pricing:write`.
         */
        post: operations["postAdminShippingOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/shipping-options/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a shipping option
         * @description Requires permission `pricing:read`.
         *
         *     Requires permission `pricing:read`.
         */
        get: operations["getAdminShippingOptionsById"];
        put?: never;
        post?: never;
        /**
         * Delete a shipping option
         * @description Requires permission `pricing:write`.
         */
        delete: operations["deleteAdminShippingOptionsById"];
        options?: never;
        head?: never;
        /**
         * Change a shipping option (If-Match honoured)
         * @description Requires permission `pricing:write`.
         */
        patch: operations["patchAdminShippingOptionsById"];
        trace?: never;
    };
    "/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff members
         * @description Requires permission `staff:read`.
         *
         *     Requires permission `staff:read`.
         */
        get: operations["getAdminStaff"];
        put?: never;
        /**
         * Add a staff member (only an owner may add an owner)
         * @description Requires permission `staff:write`.
         */
        post: operations["postAdminStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One staff member
         * @description Requires permission `staff:read`.
         *
         *     Requires permission `staff:read`.
         */
        get: operations["getAdminStaffById"];
        put?: never;
        post?: never;
        /**
         * Remove a staff member (never the last owner)
         * @description Requires permission `staff:write`.
         */
        delete: operations["deleteAdminStaffById"];
        options?: never;
        head?: never;
        /**
         * Change role, name, password (owners only, never your own) or disable; the last active owner stays an owner
         * @description Requires permission `staff:write`.
         */
        patch: operations["patchAdminStaffById"];
        trace?: never;
    };
    "/admin/stock-locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stock locations in allocation order
         * @description Requires permission `inventory:read`.
         *
         *     Requires permission `inventory:read`.
         */
        get: operations["getAdminStockLocations"];
        put?: never;
        /**
         * Create a stock location
         * @description Requires permission `inventory:write`.
         */
        post: operations["postAdminStockLocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/stock-locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a stock location
         * @description Requires permission `inventory:read`.
         *
         *     Requires permission `inventory:read`.
         */
        get: operations["getAdminStockLocationsById"];
        put?: never;
        post?: never;
        /**
         * Delete an empty stock location (409 while it holds or held reserved stock)
         * @description Requires permission `inventory:write`.
         */
        delete: operations["deleteAdminStockLocationsById"];
        options?: never;
        head?: never;
        /**
         * Rename or re-prioritise a location (If-Match honoured)
         * @description Requires permission `inventory:write`.
         */
        patch: operations["patchAdminStockLocationsById"];
        trace?: never;
    };
    "/admin/ui": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The admin web app (sign-in screen included); the API it calls checks permissions as usual */
        get: operations["getAdminUi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/ui/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the web app's ES modules or its stylesheet (gzip, ETag) */
        get: operations["getAdminUiByFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Requires permission `webhooks:read`.
         *
         *     Requires permission `webhooks:read`.
         */
        get: operations["getAdminWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint; the answer shows its signing secret, once
         * @description 422 `webhook_url_forbidden` for a URL that is not https or reaches a private address (unless allowed by configuration).
         *
         *     Requires permission `webhooks:write`.
         */
        post: operations["postAdminWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description Requires permission `webhooks:read`.
         *
         *     Requires permission `webhooks:read`.
         */
        get: operations["getAdminWebhooksById"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint and its deliveries
         * @description Requires permission `webhooks:write`.
         */
        delete: operations["deleteAdminWebhooksById"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint (URL, events, description, enabled); enabling again clears its failure streak
         * @description Requires permission `webhooks:write`.
         */
        patch: operations["patchAdminWebhooksById"];
        trace?: never;
    };
    "/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log: every attempt with its outcome, response code, latency and the first 1 KB of the answer
         * @description Requires permission `webhooks:read`.
         *
         *     Requires permission `webhooks:read`.
         */
        get: operations["getAdminWebhooksByIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver one event again, or every failed delivery since a time
         * @description Requires permission `webhooks:write`.
         */
        post: operations["postAdminWebhooksByIdRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret; the old one keeps signing (a second v1) during the overlap
         * @description Requires permission `webhooks:write`.
         */
        post: operations["postAdminWebhooksByIdRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/continue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hand an agent’s open checkout to the buyer’s browser
         * @description Sets the storefront cart cookie to the session’s cart and redirects (303) to `/checkout`.
         */
        get: operations["getAgentsContinueById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/feed.jsonl.gz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The product feed for agent platforms (agent key)
         * @description gzip-compressed JSON Lines, one object per variant priced in the currency: `id` (the variant id checkout accepts), `item_group_id`, `title`, `description` (plain text), `link`, `image_link`, `sku`, `price` (minor units), `currency`, `availability`, `brand`, `gtin` and `mpn` (when known), `seller_name`, `seller_url`, `seller_privacy_policy`, `seller_tos`, `return_policy` (when set in the shop settings), `return_window` (days), `target_countries`, `is_eligible_search`, `is_eligible_checkout`. Served from the stored feed the job runner rebuilds on a schedule (STOCKROOM_AGENT_FEED_INTERVAL_MINUTES) with its SHA-256 as a strong `ETag` (`If-None-Match` → 304); before the first rebuild, built and streamed live a page of variants at a time.
         */
        get: operations["getAgentsFeedJsonlGz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/storefront.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The storefront stylesheet */
        get: operations["getAssetsStorefrontCss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/storefront.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The storefront’s small enhancing script */
        get: operations["getAssetsStorefrontJs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/stripe-payment.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The script that mounts Stripe’s Payment Element on the Stripe payment page */
        get: operations["getAssetsStripePaymentJs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/customers/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a customer in; same answer for an unknown email and a wrong password */
        post: operations["postAuthCustomersLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/customers/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password reset token; 202 whether or not the account exists */
        post: operations["postAuthCustomersPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/customers/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset token; every session of the account is revoked */
        post: operations["postAuthCustomersPasswordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/customers/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a customer account and sign in */
        post: operations["postAuthCustomersRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the presented session token */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/staff/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a staff member in */
        post: operations["postAuthStaffLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/staff/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff member signed in with the session cookie, with the CSRF token for changes; 401 without one */
        get: operations["getAuthStaffSession"];
        put?: never;
        /** Sign a staff member in with a session cookie (the admin web app); the token never reaches script */
        post: operations["postAuthStaffSession"];
        /** Sign out of the cookie session: the session is revoked and the cookie cleared (needs X-CSRF-Token) */
        delete: operations["deleteAuthStaffSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cart page */
        get: operations["getCart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Category page: its products (with its subcategories’), paged with ?page= */
        get: operations["getCategoriesByHandle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checkout page */
        get: operations["getCheckout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pay the cart’s Stripe payment session with Stripe’s Payment Element */
        get: operations["getCheckoutStripe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/stripe/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where Stripe sends the shopper after confirming: completes the cart and shows the order */
        get: operations["getCheckoutStripeReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/collections/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Collection page: its products in curated order, paged with ?page= */
        get: operations["getCollectionsByHandle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/favicon.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop’s icon */
        get: operations["getFaviconSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is running */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers; 503 otherwise */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** MCP: no server-sent event stream (405) */
        get: operations["getMcp"];
        put?: never;
        /**
         * MCP: one JSON-RPC message (or batch) to the shop’s MCP server
         * @description Model Context Protocol over Streamable HTTP, stateless. Authenticate with the agent’s bearer key. Tools: `search_catalog`, `get_product`, `create_cart`, `update_cart`, `create_checkout`, `update_checkout`, `complete_checkout`, `get_order`. Send `Accept: application/json, text/event-stream`.
         */
        post: operations["postMcp"];
        /** MCP: no session to end (405) */
        delete: operations["deleteMcp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics in text exposition format */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Order confirmation (for the browser that placed it) */
        get: operations["getOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Product page; an old handle answers one 301 to the current page, a deleted product 410 */
        get: operations["getProductsByHandle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/robots.txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Crawling rules and the sitemap’s address */
        get: operations["getRobotsTxt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search results (noindex,follow) */
        get: operations["getSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sitemap index: one child sitemap per kind and slice */
        get: operations["getSitemapXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemaps/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One child sitemap, e.g. products-1.xml */
        get: operations["getSitemapsByFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a cart; bound to the customer when signed in
         * @description Send `currency` or `regionId`. A guest cart is reachable by anyone holding its id; a customer's cart only by that customer (404 otherwise, as for expired carts). An untouched cart expires after the configured idle time (default 30 days).
         */
        post: operations["postStoreCarts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cart with totals recomputed from current prices
         * @description A guest cart is reachable by anyone holding its id; a customer's cart only by that customer (404 otherwise, as for expired carts). Lines are priced at the current catalog price; promotions or a shipping method that no longer apply are left out (and removed by the next change).
         */
        get: operations["getStoreCartsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change email, addresses or region
         * @description A shipping country the cart's region does not serve moves the cart to a region of its currency that does. 409 `cart_already_completed` after checkout.
         */
        patch: operations["patchStoreCartsById"];
        trace?: never;
    };
    "/store/carts/{id}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a guest cart to the signed-in customer
         * @description After signing in, a shopper takes their guest cart over. Another customer's cart is 404. Nothing is merged: the customer's other carts stay as they are.
         */
        post: operations["postStoreCartsByIdAdopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the cart: reserve stock, authorize the payment, place the order
         * @description Three phases: reserve (one transaction: re-price, refuse unavailable lines with 409 `cart_changed`, reserve every line or 409 `insufficient_stock` listing the short lines, take promotion uses, record the attempt); authorize (the provider call, outside any transaction, with a provider idempotency key derived from the attempt); place (one transaction: the order, its payment record, the completed cart, `order.placed`, the confirmation email). A decline releases everything (402 `payment_declined`; the cart stays usable). With an `Idempotency-Key`, a retry after a failure resumes where the first request stopped; without one, the recovery sweep undoes what it left. A cart whose priced state differs from its payment session answers 409 `cart_changed`; a completed cart 409 `cart_already_completed`. Completions are rate limited per IP and per customer (429 `rate_limited` with Retry-After); an order holds at most the configured number of units (422 `order_quantity_exceeded`).
         */
        post: operations["postStoreCartsByIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a variant to a cart; the unit price always comes from the catalog
         * @description Adding a variant already in the cart adds to its line; a line holds at most 999 (400 beyond). 404 for a variant that does not exist or is not published; 422 `price_missing` when it has no price in the cart currency. Carts never hold stock.
         */
        post: operations["postStoreCartsByIdItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a line */
        delete: operations["deleteStoreCartsByIdItemsByItemId"];
        options?: never;
        head?: never;
        /** Set a line's quantity (1..999) */
        patch: operations["patchStoreCartsByIdItemsByItemId"];
        trace?: never;
    };
    "/store/carts/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the payment session for the cart's current total
         * @description Binds the provider to the cart as it is priced now (lines, prices, address, shipping, promotions, total). If the cart changes afterwards, completion answers 409 `cart_changed` until a new session is created. Test cards (`test` provider, `data.card`): 4242424242424242 succeeds, 4000000000000002 is declined, 4000000000009995 insufficient funds, 4000000000000119 processing error (402), 4000000000000051 stalls 10 s (timeout). `stripe`: creates a PaymentIntent for the total and answers its `clientSecret` (confirm it with Stripe.js), or takes `data.paymentMethod` (`pm_…`) for the server to confirm at completion.
         */
        post: operations["postStoreCartsByIdPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{id}/payment-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The payment providers offered for the cart
         * @description `manual` (pay later; staff capture) and `test` (test cards) are offered in every region; `stripe` when the server has Stripe keys.
         */
        get: operations["getStoreCartsByIdPaymentProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{id}/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a promotion code
         * @description 422 `promotion_invalid` with `reason` (not_found, not_started, expired, usage_limit_reached, per_customer_limit_reached, min_subtotal_not_met, not_applicable, already_applied). Every change re-validates the cart's codes; one that no longer applies is removed.
         */
        post: operations["postStoreCartsByIdPromotions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{id}/promotions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a promotion code */
        delete: operations["deleteStoreCartsByIdPromotionsByCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{id}/shipping-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose one of the cart's shipping options */
        post: operations["postStoreCartsByIdShippingMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/carts/{id}/shipping-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shipping options valid for the cart's address and contents, with their prices
         * @description Without a shipping address: 409 `shipping_address_required` (`missing: ["shippingAddress"]`). With one: the options of the cart’s region for that country and contents (empty when none serves it).
         */
        get: operations["getStoreCartsByIdShippingOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree */
        get: operations["getStoreCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/categories/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category with breadcrumbs, children and its products link */
        get: operations["getStoreCategoriesByHandle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every collection, paged
         * @description In creation order. Each links to its published products, in curated order.
         */
        get: operations["getStoreCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/collections/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A collection and its products link */
        get: operations["getStoreCollectionsByHandle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/graphql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store GraphQL API over GET (queries only; cacheable, with persisted queries) */
        get: operations["getStoreGraphql"];
        put?: never;
        /**
         * The store GraphQL API (queries and mutations)
         * @description Errors carry the REST problem code in `extensions.code`; limits: depth 10, a cost budget, 20 aliases per field, 16 KB per query.
         */
        post: operations["postStoreGraphql"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer */
        get: operations["getStoreMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update your name or phone */
        patch: operations["patchStoreMe"];
        trace?: never;
    };
    "/store/me/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your addresses, newest first */
        get: operations["getStoreMeAddresses"];
        put?: never;
        /** Add an address */
        post: operations["postStoreMeAddresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your addresses (404 for anyone else's) */
        get: operations["getStoreMeAddressesById"];
        put?: never;
        post?: never;
        /** Delete one of your addresses */
        delete: operations["deleteStoreMeAddressesById"];
        options?: never;
        head?: never;
        /** Change one of your addresses */
        patch: operations["patchStoreMeAddressesById"];
        trace?: never;
    };
    "/store/me/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in customer's open carts, newest first
         * @description Carts not yet checked out and not expired, bound to this customer (created while signed in, or adopted). A summary each; `GET /store/carts/{id}` answers one with its totals.
         */
        get: operations["getStoreMeCarts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (not a commonly breached one); every other session of yours is revoked */
        post: operations["postStoreMePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer's orders, newest first */
        get: operations["getStoreOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One order: to its customer, or with a guest order's access token (`X-Order-Token`)
         * @description Anyone else gets 404, as for an order that does not exist.
         */
        get: operations["getStoreOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search, filter, sort and page published products; facets and counts on request
         * @description `q` is full-text with prefix matching; `category` includes its descendants; price filters and sorts need `currency` and are in minor units. Items are compact cards (`view=card`, the default) or full products (`view=full`). `facets=true` adds `total` and `facets` for the current filters. Option filters: `option.<Name>=<value>`, repeatable; OR within an option, AND across options, matched on one variant. A `currency` nothing is priced in is a 400 naming `/query/currency`.
         */
        get: operations["getStoreProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/products/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published product by handle; an old handle answers 301 to the current one */
        get: operations["getStoreProductsByHandle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The regions the shop sells to: countries, currency and tax display
         * @description Anonymous. Create a cart with a region’s `id` (or its `currency`); show prices in its currency, with tax included when `taxInclusive`.
         */
        get: operations["getStoreRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ucp/catalog/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * UCP: look up products by product or variant id
         * @description Each variant names the request ids that resolved to it in `inputs` (`exact` for a variant id, `featured` for a product id).
         */
        post: operations["postUcpCatalogLookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ucp/catalog/product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * UCP: one product in full
         * @description By product id or variant id. An id of nothing for sale answers `not_found` (`ucp.status` = `error`).
         */
        post: operations["postUcpCatalogProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ucp/catalog/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * UCP: search the catalog
         * @description Full-text search over published products (`query`), optionally in one category (`filters.categories`); pages of up to 50.
         */
        post: operations["postUcpCatalogSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ucp/checkout-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * UCP: create a checkout session
         * @description Opens a session on a new cart with `line_items` (variant ids and quantities); buyer and a shipping destination optional. The currency is `context.currency`, else that of a region shipping to the destination (or `context.address_country`), else the first region’s.
         */
        post: operations["postUcpCheckoutSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ucp/checkout-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UCP: the checkout session as it is now */
        get: operations["getUcpCheckoutSessionsById"];
        /**
         * UCP: update a checkout session (full replacement)
         * @description `line_items` replaces the whole list; a destination in `fulfillment.methods[0]` sets the shipping address; `fulfillment.methods[0].groups[0].selected_option_id` picks the shipping option.
         */
        put: operations["putUcpCheckoutSessionsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ucp/checkout-sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * UCP: cancel a checkout session
         * @description A completed or canceled session answers 409 `checkout_not_cancelable`.
         */
        post: operations["postUcpCheckoutSessionsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ucp/checkout-sessions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * UCP: complete a checkout session (pay and place the order)
         * @description Completes through the same three phases as `POST /store/carts/:id/complete`: reserve, authorize, place; exactly once per session whatever the agent retries. Handler `stockroom_test_card` takes a test card number as `credential.token`. Out of stock and declined payments answer 200 with the session and an error in `messages[]`; nothing is held or charged.
         */
        post: operations["postUcpCheckoutSessionsByIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ucp/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * UCP: an order this agent placed
         * @description Only the agent whose checkout session placed the order sees it; any other order answers `not_found`.
         */
        get: operations["getUcpOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/payments/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a payment provider event (Stripe)
         * @description Verified against the endpoint secret on the raw body (unsigned, altered, stale or future-dated → 400, nothing applied). Each event id is applied once; a duplicate is acknowledged with 200 and ignored. Events move order payment state forward only, whatever their order of arrival.
         */
        post: operations["postWebhooksPaymentsByProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "customer.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer account was created
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_customer_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inventory.level_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A stock level's on-hand or reserved quantity changed
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_inventory_level_changed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inventory.low_stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A level's available quantity fell to or below its low-stock threshold
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_inventory_low_stock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The unfulfilled units of the order were canceled (`whole`: nothing had shipped)
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_order_canceled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.fulfilled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Units of the order were shipped (one event per fulfilment)
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_order_fulfilled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.payment_captured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Money was captured for the order (at checkout with auto-capture, or by an admin's capture)
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_order_payment_captured"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.placed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A cart was checked out and the order exists
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_order_placed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Money was refunded to the customer
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_order_refunded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Shipped units came back
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_order_returned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "product.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A product was created (admin or import)
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_product_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "product.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A product was deleted
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_product_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "product.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A product or its variants changed (admin or import)
         * @description Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.
         */
        post: operations["webhook_product_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** Problem */
        Problem: {
            /** @description payment_action_required: the provider's client secret to do it with */
            clientSecret?: string | null;
            /** @description Stable snake_case machine code */
            code: string;
            detail: string;
            errors?: {
                message: string;
                path: string;
            }[];
            lines?: {
                [key: string]: unknown;
            }[];
            /** @description What the resource lacks before this can work (e.g. `shippingAddress`) */
            missing?: string[];
            /** @description payment_action_required: what the shopper must do with the provider */
            nextAction?: string;
            reason?: string;
            status: number;
            title: string;
            type: string;
        };
        StoreCategoryNode: {
            children: components["schemas"]["StoreCategoryNode"][];
            description: string;
            handle: string;
            id: string;
            name: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getWellKnownUcp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The business profile of UCP discovery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signing_keys: {
                            alg?: string;
                            crv?: string;
                            kid: string;
                            kty: string;
                            use?: string;
                            x?: string;
                            y?: string;
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: {
                /** @description A notice to show (set by the form that redirected here) */
                message?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getAccountResetPassword: {
        parameters: {
            query?: {
                /** @description A notice to show (set by the form that redirected here) */
                message?: string;
                /** @description The reset token from the emailed link */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    postAcpCheckoutSessions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ACP version the agent speaks; supported: 2026-04-17 */
                "api-version"?: string;
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    affiliate_attribution?: {
                        [key: string]: unknown;
                    };
                    /** AcpBuyer */
                    buyer?: {
                        /** Format: email */
                        email: string;
                        first_name?: string;
                        full_name?: string;
                        last_name?: string;
                        phone_number?: string;
                    };
                    capabilities: {
                        [key: string]: unknown;
                    };
                    currency: string;
                    /** AcpFulfillmentDetails */
                    fulfillment_details?: {
                        /** AcpAddress */
                        address?: {
                            city: string;
                            company?: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string;
                            line_one: string;
                            line_two?: string;
                            name: string;
                            postal_code: string;
                            state: string;
                        };
                        /** Format: email */
                        email?: string;
                        name?: string;
                        phone_number?: string;
                    };
                    line_items: {
                        id: string;
                        name?: string;
                        /** @description Ignored: the price always comes from the catalog */
                        unit_amount?: number;
                    }[];
                    locale?: string;
                    metadata?: {
                        [key: string]: unknown;
                    };
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description An ACP error object (`type`, `code`, `message`, `param`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description An ACP error object (`processing_error` or `service_unavailable`) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description The session, priced by the shop */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buyer?: {
                            email: string;
                            first_name?: string;
                            full_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        capabilities: {
                            payment: {
                                handlers: {
                                    config: {
                                        [key: string]: unknown;
                                    };
                                    config_schema: string;
                                    display_name: string;
                                    id: string;
                                    instrument_schemas: string[];
                                    name: string;
                                    psp: string;
                                    requires_delegate_payment: boolean;
                                    requires_pci_compliance: boolean;
                                    spec: string;
                                    version: string;
                                }[];
                            };
                        };
                        continue_url?: string;
                        created_at: string;
                        currency: string;
                        fulfillment_details?: {
                            address?: {
                                city: string;
                                company?: string;
                                country: string;
                                line_one: string;
                                line_two?: string;
                                name: string;
                                postal_code: string;
                                state: string;
                            };
                            email?: string;
                            name?: string;
                            phone_number?: string;
                        };
                        fulfillment_options: {
                            id: string;
                            title: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        id: string;
                        line_items: {
                            id: string;
                            images?: string[];
                            item: {
                                id: string;
                            };
                            name: string;
                            product_id: string;
                            quantity: number;
                            sku: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            unit_amount: number;
                            variant_id: string;
                        }[];
                        links: {
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code?: string;
                            content: string;
                            /** @enum {string} */
                            content_type: "plain";
                            param?: string;
                            resolution?: string;
                            severity?: string;
                            type: "error" | "info";
                        }[];
                        order?: {
                            checkout_session_id: string;
                            id: string;
                            order_number: string;
                            permalink_url: string;
                            status: string;
                            /** @enum {string} */
                            type: "order";
                        };
                        protocol: {
                            version: string;
                        };
                        selected_fulfillment_options: {
                            item_ids: string[];
                            option_id: string;
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        status: "not_ready_for_payment" | "ready_for_payment" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text: string;
                            type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                        }[];
                        updated_at: string;
                    };
                };
            };
        };
    };
    getAcpCheckoutSessionsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ACP version the agent speaks; supported: 2026-04-17 */
                "api-version"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An ACP error object (`type`, `code`, `message`, `param`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description An ACP error object (`processing_error` or `service_unavailable`) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description The session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buyer?: {
                            email: string;
                            first_name?: string;
                            full_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        capabilities: {
                            payment: {
                                handlers: {
                                    config: {
                                        [key: string]: unknown;
                                    };
                                    config_schema: string;
                                    display_name: string;
                                    id: string;
                                    instrument_schemas: string[];
                                    name: string;
                                    psp: string;
                                    requires_delegate_payment: boolean;
                                    requires_pci_compliance: boolean;
                                    spec: string;
                                    version: string;
                                }[];
                            };
                        };
                        continue_url?: string;
                        created_at: string;
                        currency: string;
                        fulfillment_details?: {
                            address?: {
                                city: string;
                                company?: string;
                                country: string;
                                line_one: string;
                                line_two?: string;
                                name: string;
                                postal_code: string;
                                state: string;
                            };
                            email?: string;
                            name?: string;
                            phone_number?: string;
                        };
                        fulfillment_options: {
                            id: string;
                            title: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        id: string;
                        line_items: {
                            id: string;
                            images?: string[];
                            item: {
                                id: string;
                            };
                            name: string;
                            product_id: string;
                            quantity: number;
                            sku: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            unit_amount: number;
                            variant_id: string;
                        }[];
                        links: {
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code?: string;
                            content: string;
                            /** @enum {string} */
                            content_type: "plain";
                            param?: string;
                            resolution?: string;
                            severity?: string;
                            type: "error" | "info";
                        }[];
                        order?: {
                            checkout_session_id: string;
                            id: string;
                            order_number: string;
                            permalink_url: string;
                            status: string;
                            /** @enum {string} */
                            type: "order";
                        };
                        protocol: {
                            version: string;
                        };
                        selected_fulfillment_options: {
                            item_ids: string[];
                            option_id: string;
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        status: "not_ready_for_payment" | "ready_for_payment" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text: string;
                            type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                        }[];
                        updated_at: string;
                    };
                };
            };
        };
    };
    postAcpCheckoutSessionsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ACP version the agent speaks; supported: 2026-04-17 */
                "api-version"?: string;
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** AcpBuyer */
                    buyer?: {
                        /** Format: email */
                        email: string;
                        first_name?: string;
                        full_name?: string;
                        last_name?: string;
                        phone_number?: string;
                    };
                    /** AcpFulfillmentDetails */
                    fulfillment_details?: {
                        /** AcpAddress */
                        address?: {
                            city: string;
                            company?: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string;
                            line_one: string;
                            line_two?: string;
                            name: string;
                            postal_code: string;
                            state: string;
                        };
                        /** Format: email */
                        email?: string;
                        name?: string;
                        phone_number?: string;
                    };
                    line_items?: {
                        id: string;
                        name?: string;
                        /** @description Ignored: the price always comes from the catalog */
                        unit_amount?: number;
                    }[];
                    selected_fulfillment_options?: {
                        item_ids: string[];
                        option_id: string;
                        /** @enum {string} */
                        type: "shipping";
                    }[];
                };
            };
        };
        responses: {
            /** @description An ACP error object (`type`, `code`, `message`, `param`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description An ACP error object (`processing_error` or `service_unavailable`) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description The updated session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buyer?: {
                            email: string;
                            first_name?: string;
                            full_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        capabilities: {
                            payment: {
                                handlers: {
                                    config: {
                                        [key: string]: unknown;
                                    };
                                    config_schema: string;
                                    display_name: string;
                                    id: string;
                                    instrument_schemas: string[];
                                    name: string;
                                    psp: string;
                                    requires_delegate_payment: boolean;
                                    requires_pci_compliance: boolean;
                                    spec: string;
                                    version: string;
                                }[];
                            };
                        };
                        continue_url?: string;
                        created_at: string;
                        currency: string;
                        fulfillment_details?: {
                            address?: {
                                city: string;
                                company?: string;
                                country: string;
                                line_one: string;
                                line_two?: string;
                                name: string;
                                postal_code: string;
                                state: string;
                            };
                            email?: string;
                            name?: string;
                            phone_number?: string;
                        };
                        fulfillment_options: {
                            id: string;
                            title: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        id: string;
                        line_items: {
                            id: string;
                            images?: string[];
                            item: {
                                id: string;
                            };
                            name: string;
                            product_id: string;
                            quantity: number;
                            sku: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            unit_amount: number;
                            variant_id: string;
                        }[];
                        links: {
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code?: string;
                            content: string;
                            /** @enum {string} */
                            content_type: "plain";
                            param?: string;
                            resolution?: string;
                            severity?: string;
                            type: "error" | "info";
                        }[];
                        order?: {
                            checkout_session_id: string;
                            id: string;
                            order_number: string;
                            permalink_url: string;
                            status: string;
                            /** @enum {string} */
                            type: "order";
                        };
                        protocol: {
                            version: string;
                        };
                        selected_fulfillment_options: {
                            item_ids: string[];
                            option_id: string;
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        status: "not_ready_for_payment" | "ready_for_payment" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text: string;
                            type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                        }[];
                        updated_at: string;
                    };
                };
            };
        };
    };
    postAcpCheckoutSessionsByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ACP version the agent speaks; supported: 2026-04-17 */
                "api-version"?: string;
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    intent_trace?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description An ACP error object (`type`, `code`, `message`, `param`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description An ACP error object (`processing_error` or `service_unavailable`) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description The canceled session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buyer?: {
                            email: string;
                            first_name?: string;
                            full_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        capabilities: {
                            payment: {
                                handlers: {
                                    config: {
                                        [key: string]: unknown;
                                    };
                                    config_schema: string;
                                    display_name: string;
                                    id: string;
                                    instrument_schemas: string[];
                                    name: string;
                                    psp: string;
                                    requires_delegate_payment: boolean;
                                    requires_pci_compliance: boolean;
                                    spec: string;
                                    version: string;
                                }[];
                            };
                        };
                        continue_url?: string;
                        created_at: string;
                        currency: string;
                        fulfillment_details?: {
                            address?: {
                                city: string;
                                company?: string;
                                country: string;
                                line_one: string;
                                line_two?: string;
                                name: string;
                                postal_code: string;
                                state: string;
                            };
                            email?: string;
                            name?: string;
                            phone_number?: string;
                        };
                        fulfillment_options: {
                            id: string;
                            title: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        id: string;
                        line_items: {
                            id: string;
                            images?: string[];
                            item: {
                                id: string;
                            };
                            name: string;
                            product_id: string;
                            quantity: number;
                            sku: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            unit_amount: number;
                            variant_id: string;
                        }[];
                        links: {
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code?: string;
                            content: string;
                            /** @enum {string} */
                            content_type: "plain";
                            param?: string;
                            resolution?: string;
                            severity?: string;
                            type: "error" | "info";
                        }[];
                        order?: {
                            checkout_session_id: string;
                            id: string;
                            order_number: string;
                            permalink_url: string;
                            status: string;
                            /** @enum {string} */
                            type: "order";
                        };
                        protocol: {
                            version: string;
                        };
                        selected_fulfillment_options: {
                            item_ids: string[];
                            option_id: string;
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        status: "not_ready_for_payment" | "ready_for_payment" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text: string;
                            type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                        }[];
                        updated_at: string;
                    };
                };
            };
        };
    };
    postAcpCheckoutSessionsByIdComplete: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ACP version the agent speaks; supported: 2026-04-17 */
                "api-version"?: string;
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    affiliate_attribution?: {
                        [key: string]: unknown;
                    };
                    /** AcpBuyer */
                    buyer?: {
                        /** Format: email */
                        email: string;
                        first_name?: string;
                        full_name?: string;
                        last_name?: string;
                        phone_number?: string;
                    };
                    /** AcpPaymentData */
                    payment_data: {
                        /** AcpAddress */
                        billing_address?: {
                            city: string;
                            company?: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string;
                            line_one: string;
                            line_two?: string;
                            name: string;
                            postal_code: string;
                            state: string;
                        };
                        handler_id: string;
                        instrument: {
                            credential: {
                                token: string;
                                type: string;
                            };
                            type: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description An ACP error object (`type`, `code`, `message`, `param`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description An ACP error object (`processing_error` or `service_unavailable`) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        message: string;
                        param?: string;
                        supported_versions?: string[];
                        type: "invalid_request" | "processing_error" | "service_unavailable";
                    };
                };
            };
            /** @description The completed session with its order, or the open session with messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buyer?: {
                            email: string;
                            first_name?: string;
                            full_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        capabilities: {
                            payment: {
                                handlers: {
                                    config: {
                                        [key: string]: unknown;
                                    };
                                    config_schema: string;
                                    display_name: string;
                                    id: string;
                                    instrument_schemas: string[];
                                    name: string;
                                    psp: string;
                                    requires_delegate_payment: boolean;
                                    requires_pci_compliance: boolean;
                                    spec: string;
                                    version: string;
                                }[];
                            };
                        };
                        continue_url?: string;
                        created_at: string;
                        currency: string;
                        fulfillment_details?: {
                            address?: {
                                city: string;
                                company?: string;
                                country: string;
                                line_one: string;
                                line_two?: string;
                                name: string;
                                postal_code: string;
                                state: string;
                            };
                            email?: string;
                            name?: string;
                            phone_number?: string;
                        };
                        fulfillment_options: {
                            id: string;
                            title: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        id: string;
                        line_items: {
                            id: string;
                            images?: string[];
                            item: {
                                id: string;
                            };
                            name: string;
                            product_id: string;
                            quantity: number;
                            sku: string;
                            totals: {
                                amount: number;
                                display_text: string;
                                type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                            }[];
                            unit_amount: number;
                            variant_id: string;
                        }[];
                        links: {
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code?: string;
                            content: string;
                            /** @enum {string} */
                            content_type: "plain";
                            param?: string;
                            resolution?: string;
                            severity?: string;
                            type: "error" | "info";
                        }[];
                        order?: {
                            checkout_session_id: string;
                            id: string;
                            order_number: string;
                            permalink_url: string;
                            status: string;
                            /** @enum {string} */
                            type: "order";
                        };
                        protocol: {
                            version: string;
                        };
                        selected_fulfillment_options: {
                            item_ids: string[];
                            option_id: string;
                            /** @enum {string} */
                            type: "shipping";
                        }[];
                        status: "not_ready_for_payment" | "ready_for_payment" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text: string;
                            type: "items_base_amount" | "items_discount" | "subtotal" | "discount" | "fulfillment" | "tax" | "total";
                        }[];
                        updated_at: string;
                    };
                };
            };
        };
    };
    getAdminAgents: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A page of agents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            hasBearerKey: boolean;
                            id: string;
                            name: string;
                            protocols: ("acp" | "ucp" | "mcp")[];
                            publicKeys: {
                                /** @enum {string} */
                                alg?: "ES256";
                                /** @enum {string} */
                                crv: "P-256";
                                kid: string;
                                /** @enum {string} */
                                kty: "EC";
                                /** @enum {string} */
                                use?: "sig";
                                x: string;
                                y: string;
                            }[];
                            rateLimitPerMinute: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminAgents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Also issue a bearer key to an agent with public keys (one without keys always gets one) */
                    issueBearerKey?: boolean;
                    name: string;
                    /** @description What the agent may speak */
                    protocols: ("acp" | "ucp" | "mcp")[];
                    publicKeys?: {
                        /** @enum {string} */
                        alg?: "ES256";
                        /** @enum {string} */
                        crv: "P-256";
                        kid: string;
                        /** @enum {string} */
                        kty: "EC";
                        /** @enum {string} */
                        use?: "sig";
                        x: string;
                        y: string;
                    }[];
                    /** @default 120 */
                    rateLimitPerMinute?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The agent, and its bearer key (shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Agent */
                        agent: {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            hasBearerKey: boolean;
                            id: string;
                            name: string;
                            protocols: ("acp" | "ucp" | "mcp")[];
                            publicKeys: {
                                /** @enum {string} */
                                alg?: "ES256";
                                /** @enum {string} */
                                crv: "P-256";
                                kid: string;
                                /** @enum {string} */
                                kty: "EC";
                                /** @enum {string} */
                                use?: "sig";
                                x: string;
                                y: string;
                            }[];
                            rateLimitPerMinute: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        bearerKey: string | null;
                    };
                };
            };
        };
    };
    getAdminAgentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The agent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        disabled: boolean;
                        hasBearerKey: boolean;
                        id: string;
                        name: string;
                        protocols: ("acp" | "ucp" | "mcp")[];
                        publicKeys: {
                            /** @enum {string} */
                            alg?: "ES256";
                            /** @enum {string} */
                            crv: "P-256";
                            kid: string;
                            /** @enum {string} */
                            kty: "EC";
                            /** @enum {string} */
                            use?: "sig";
                            x: string;
                            y: string;
                        }[];
                        rateLimitPerMinute: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
        };
    };
    patchAdminAgentsById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description true refuses every later request of the agent at once */
                    disabled?: boolean;
                    name?: string;
                    protocols?: ("acp" | "ucp" | "mcp")[];
                    publicKeys?: {
                        /** @enum {string} */
                        alg?: "ES256";
                        /** @enum {string} */
                        crv: "P-256";
                        kid: string;
                        /** @enum {string} */
                        kty: "EC";
                        /** @enum {string} */
                        use?: "sig";
                        x: string;
                        y: string;
                    }[];
                    rateLimitPerMinute?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The changed agent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        disabled: boolean;
                        hasBearerKey: boolean;
                        id: string;
                        name: string;
                        protocols: ("acp" | "ucp" | "mcp")[];
                        publicKeys: {
                            /** @enum {string} */
                            alg?: "ES256";
                            /** @enum {string} */
                            crv: "P-256";
                            kid: string;
                            /** @enum {string} */
                            kty: "EC";
                            /** @enum {string} */
                            use?: "sig";
                            x: string;
                            y: string;
                        }[];
                        rateLimitPerMinute: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
        };
    };
    getAdminAgentsByIdSessions: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A page of sessions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cartId: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            orderId: string | null;
                            protocol: "acp" | "ucp" | "mcp";
                            status: "open" | "completed" | "canceled";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getAdminAgentsByIdWebhook: {
        parameters: {
            query?: {
                /** @description The wire format: `acp` sends ACP order webhooks (`order_create`, `order_update`); `ucp` sends UCP order events (the full order, signed with the shop’s key). Default `acp`. */
                format?: "acp" | "ucp";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The webhook (without its secret) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false after every delivery failed for a day; setting the webhook again re-enables it */
                        enabled: boolean;
                        /** @description The outbox events delivered: agents.acp.order_create, agents.acp.order_update (acp); agents.ucp.order_create, agents.ucp.order_update (ucp) */
                        events: string[];
                        failingSince: string | null;
                        /** @description The wire format: `acp` sends ACP order webhooks (`order_create`, `order_update`); `ucp` sends UCP order events (the full order, signed with the shop’s key). Default `acp`. */
                        format: "acp" | "ucp";
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
        };
    };
    putAdminAgentsByIdWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The wire format: `acp` sends ACP order webhooks (`order_create`, `order_update`); `ucp` sends UCP order events (the full order, signed with the shop’s key). Default `acp`. */
                    format?: "acp" | "ucp";
                    /** @description ACP (required there): the signing secret the agent’s platform shared; `Merchant-Signature` is an HMAC-SHA256 keyed with it. Never shown again. UCP: not used (the shop signs with its own key, published at `/.well-known/ucp`). */
                    secret?: string;
                    /** @description Where the agent’s platform receives order events (https in production) */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The webhook (without its secret) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false after every delivery failed for a day; setting the webhook again re-enables it */
                        enabled: boolean;
                        /** @description The outbox events delivered: agents.acp.order_create, agents.acp.order_update (acp); agents.ucp.order_create, agents.ucp.order_update (ucp) */
                        events: string[];
                        failingSince: string | null;
                        /** @description The wire format: `acp` sends ACP order webhooks (`order_create`, `order_update`); `ucp` sends UCP order events (the full order, signed with the shop’s key). Default `acp`. */
                        format: "acp" | "ucp";
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
        };
    };
    deleteAdminAgentsByIdWebhook: {
        parameters: {
            query?: {
                /** @description The wire format: `acp` sends ACP order webhooks (`order_create`, `order_update`); `ucp` sends UCP order events (the full order, signed with the shop’s key). Default `acp`. */
                format?: "acp" | "ucp";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAdminAgentsFeedJsonlGz: {
        parameters: {
            query?: {
                /** @description The currency of the prices (ISO 4217); default: the first region’s */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": components["schemas"]["Problem"];
                };
            };
            /** @description The feed (`feed.jsonl.gz`), streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": unknown;
                };
            };
            /** @description The agent platform already has this feed (its `ETag` matched `If-None-Match`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postAdminAgentsFeedRegenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The queued rebuild */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                    };
                };
            };
        };
    };
    getAdminApiKeys: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: API keys (never their secrets) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            permissions: string[];
                            /** @description The first characters of the secret, to tell keys apart */
                            prefix: string;
                            revokedAt: string | null;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    permissions: ("products:read" | "products:write" | "inventory:read" | "inventory:write" | "pricing:read" | "pricing:write" | "orders:read" | "orders:write" | "customers:read" | "customers:write" | "staff:read" | "staff:write" | "api_keys:read" | "api_keys:write" | "agents:read" | "agents:write" | "jobs:read" | "emails:read" | "webhooks:read" | "webhooks:write" | "events:read" | "settings:read" | "settings:write" | "me:read" | "me:write")[];
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create a secret key with a subset of your permissions; the secret is shown only here */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** ApiKey */
                        apiKey: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            permissions: string[];
                            /** @description The first characters of the secret, to tell keys apart */
                            prefix: string;
                            revokedAt: string | null;
                            version: number;
                        };
                        /** @description Shown once; store it now */
                        secret: string;
                    };
                };
            };
        };
    };
    getAdminApiKeysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: one API key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        permissions: string[];
                        /** @description The first characters of the secret, to tell keys apart */
                        prefix: string;
                        revokedAt: string | null;
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminApiKeysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content: done (revoke an API key at once) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminApiKeysById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: rename an API key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string | null;
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        permissions: string[];
                        /** @description The first characters of the secret, to tell keys apart */
                        prefix: string;
                        revokedAt: string | null;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminCategories: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: list categories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            handle: string;
                            id: string;
                            name: string;
                            parentId: string | null;
                            position: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminCategories: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description URL slug: lower-case letters, digits and single hyphens */
                    handle?: string;
                    name: string;
                    parentId?: string | null;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create a category (optionally under `parentId`) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        name: string;
                        parentId: string | null;
                        position: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: one category */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        name: string;
                        parentId: string | null;
                        position: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminCategoriesById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description URL slug: lower-case letters, digits and single hyphens */
                    handle?: string;
                    name?: string;
                    parentId?: string | null;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: update or move a category (no cycles) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        name: string;
                        parentId: string | null;
                        position: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminCollections: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: list collections */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            handle: string;
                            id: string;
                            /** @description In curated order */
                            productIds: string[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminCollections: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description URL slug: lower-case letters, digits and single hyphens */
                    handle?: string;
                    productIds?: string[];
                    title: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create a curated collection */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        /** @description In curated order */
                        productIds: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminCollectionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: one collection with its products in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        /** @description In curated order */
                        productIds: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminCollectionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminCollectionsById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description URL slug: lower-case letters, digits and single hyphens */
                    handle?: string;
                    productIds?: string[];
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: update a collection; `productIds` replaces the curated order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        /** @description In curated order */
                        productIds: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminCustomers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Only the customer with this email */
                email?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: customers, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            firstName: string | null;
                            id: string;
                            lastName: string | null;
                            phone: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getAdminCustomersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: one customer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        firstName: string | null;
                        id: string;
                        lastName: string | null;
                        phone: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminEmails: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: emails kept because no SMTP server is configured (owners only; spent reset codes are struck out) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            subject: string;
                            text: string;
                            to: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getAdminEvents: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
                /** @description Only events of this type */
                type?: "order.placed" | "order.payment_captured" | "order.fulfilled" | "order.canceled" | "order.refunded" | "order.returned" | "product.created" | "product.updated" | "product.deleted" | "inventory.level_changed" | "inventory.low_stock" | "customer.created";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Events in commit order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            type: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getAdminGraphql: {
        parameters: {
            query?: {
                /** @description JSON: `{"persistedQuery":{"version":1,"sha256Hash":"…"}}` */
                extensions?: string;
                /** @description Which operation of the document to run */
                operationName?: string;
                /** @description The GraphQL document, a query only (omit to use a persisted query by its hash) */
                query?: string;
                /** @description JSON object */
                variables?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The result (field errors, if any, in `errors`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: unknown;
                        errors?: {
                            extensions: {
                                /** @description The REST problem code */
                                code: string;
                                errors?: {
                                    message: string;
                                    path: string;
                                }[];
                            };
                            locations?: {
                                column: number;
                                line: number;
                            }[];
                            message: string;
                            path?: (string | number)[];
                        }[];
                    };
                };
            };
            /** @description The query was refused before it ran (GraphQL errors), or the request itself is malformed (a problem document) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"] | {
                        data?: unknown;
                        errors?: {
                            extensions: {
                                /** @description The REST problem code */
                                code: string;
                                errors?: {
                                    message: string;
                                    path: string;
                                }[];
                            };
                            locations?: {
                                column: number;
                                line: number;
                            }[];
                            message: string;
                            path?: (string | number)[];
                        }[];
                    };
                };
            };
        };
    };
    postAdminGraphql: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One GraphQL request; an array of requests (batching) is refused */
        requestBody: {
            content: {
                "application/json": {
                    extensions?: {
                        persistedQuery?: {
                            sha256Hash: string;
                            /** @enum {number} */
                            version: 1;
                        };
                    };
                    operationName?: string | null;
                    /** @description The GraphQL document (omit to use a persisted query by its hash) */
                    query?: string;
                    variables?: {
                        [key: string]: unknown;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The result (field errors, if any, in `errors`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: unknown;
                        errors?: {
                            extensions: {
                                /** @description The REST problem code */
                                code: string;
                                errors?: {
                                    message: string;
                                    path: string;
                                }[];
                            };
                            locations?: {
                                column: number;
                                line: number;
                            }[];
                            message: string;
                            path?: (string | number)[];
                        }[];
                    };
                };
            };
            /** @description The query was refused before it ran (GraphQL errors), or the request itself is malformed (a problem document) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"] | {
                        data?: unknown;
                        errors?: {
                            extensions: {
                                /** @description The REST problem code */
                                code: string;
                                errors?: {
                                    message: string;
                                    path: string;
                                }[];
                            };
                            locations?: {
                                column: number;
                                line: number;
                            }[];
                            message: string;
                            path?: (string | number)[];
                        }[];
                    };
                };
            };
        };
    };
    getAdminInventory: {
        parameters: {
            query?: {
                /** @description The variant with this SKU */
                sku?: string;
                /** @description The variant with this id */
                variantId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: stock of one variant per location (by variantId, or sku) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowBackorder: boolean;
                        /** @description Sum over locations */
                        available: number;
                        /** @description Every location, in allocation order */
                        locations: {
                            allowBackorder: boolean;
                            /** @description onHand − reserved (negative only for backorders) */
                            available: number;
                            locationId: string;
                            locationName: string;
                            lowStockThreshold: number | null;
                            onHand: number;
                            reserved: number;
                            sku: string;
                            updatedAt: string | null;
                            variantId: string;
                        }[];
                        manageInventory: boolean;
                        /** @description Sum over locations */
                        onHand: number;
                        /** @description Sum over locations */
                        reserved: number;
                        sku: string;
                        variantId: string;
                    };
                };
            };
        };
    };
    postAdminInventoryAdjustments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Units added (positive) or removed (negative); never 0 */
                    delta: number;
                    locationId: string;
                    note?: string;
                    /** @description Why on-hand stock changes (reservations, releases and fulfilments are recorded by the system) */
                    reason: "adjustment" | "correction" | "import" | "return";
                    variantId: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: add or remove on-hand stock; 409 insufficient_stock if it would go below what is reserved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actor: string;
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        locationId: string;
                        note: string | null;
                        onHandDelta: number;
                        orderId: string | null;
                        reason: string;
                        reservedDelta: number;
                        variantId: string;
                    };
                };
            };
        };
    };
    getAdminInventoryLedger: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
                /** @description Only entries at this stock location */
                locationId?: string;
                /** @description Only entries of this variant */
                variantId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: stock movements, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actor: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            locationId: string;
                            note: string | null;
                            onHandDelta: number;
                            orderId: string | null;
                            reason: string;
                            reservedDelta: number;
                            variantId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    patchAdminInventoryLevelsByVariantIdByLocationId: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                locationId: string;
                variantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lowStockThreshold: number | null;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: set the low-stock threshold of a level (null: never low) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowBackorder: boolean;
                        /** @description onHand − reserved (negative only for backorders) */
                        available: number;
                        locationId: string;
                        locationName: string;
                        lowStockThreshold: number | null;
                        onHand: number;
                        reserved: number;
                        sku: string;
                        updatedAt: string | null;
                        variantId: string;
                    };
                };
            };
        };
    };
    getAdminInventoryLowStock: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: levels whose available stock is below their threshold */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            allowBackorder: boolean;
                            /** @description onHand − reserved (negative only for backorders) */
                            available: number;
                            locationId: string;
                            locationName: string;
                            lowStockThreshold: number | null;
                            onHand: number;
                            reserved: number;
                            sku: string;
                            updatedAt: string | null;
                            variantId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getAdminJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: A background job: status, progress and per-row errors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        lastError: string | null;
                        name: string;
                        progress: {
                            [key: string]: unknown;
                        };
                        result: {
                            [key: string]: unknown;
                        } | null;
                        status: "queued" | "running" | "succeeded" | "failed" | "dead";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
        };
    };
    getAdminMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The signed-in staff member, or the API key making the request, with its effective permissions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "staff";
                        permissions: string[];
                        /** Staff */
                        staff: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            id: string;
                            isDisabled: boolean;
                            name: string | null;
                            role: "owner" | "admin" | "staff" | "viewer";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    } | {
                        /** ApiKey */
                        apiKey: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            permissions: string[];
                            /** @description The first characters of the secret, to tell keys apart */
                            prefix: string;
                            revokedAt: string | null;
                            version: number;
                        };
                        /** @enum {string} */
                        kind: "api_key";
                        permissions: string[];
                    };
                };
            };
        };
    };
    postAdminMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content: done (change your own password (not a commonly breached one); your other sessions are revoked, this one stays) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAdminOrders: {
        parameters: {
            query?: {
                /** @description Inclusive */
                createdAfter?: string;
                /** @description Exclusive */
                createdBefore?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Only orders with this customer's email */
                email?: string;
                /** @description Only orders with this fulfillment status */
                fulfillmentStatus?: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                /** @description Page size, 1..100 */
                limit?: number;
                /** @description Only orders with this payment status */
                paymentStatus?: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                /** @description Only orders in this status */
                status?: "pending" | "completed" | "canceled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: list orders, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            billingAddress: {
                                [key: string]: string | null;
                            } | null;
                            canceledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            customerId: string | null;
                            discountTotal: number;
                            /** @description Sequential order number (1001, 1002, …) */
                            displayId: number;
                            email: string;
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                            id: string;
                            items: {
                                canceledQuantity: number;
                                discountTotal: number;
                                fulfilledQuantity: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                quantity: number;
                                returnedQuantity: number;
                                sku: string;
                                subtotal: number;
                                taxTotal: number;
                                title: string;
                                total: number;
                                unitPrice: number;
                                variantId: string;
                                variantTitle: string;
                            }[];
                            /**
                             * OrderPayment
                             * @description Sums of the payment ledger; paymentStatus is derived from them
                             */
                            payment: {
                                authorized: number;
                                captured: number;
                                provider: string;
                                refunded: number;
                                voided: number;
                            };
                            paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                            promotionCodes: string[];
                            regionId: string | null;
                            shippingAddress: {
                                [key: string]: string | null;
                            } | null;
                            shippingMethod: {
                                amount: number;
                                name: string;
                                shippingOptionId: string;
                            } | null;
                            shippingTotal: number;
                            status: "pending" | "completed" | "canceled";
                            subtotal: number;
                            taxInclusive: boolean;
                            taxTotal: number;
                            total: number;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getAdminOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: one order with its timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingAddress: {
                            [key: string]: string | null;
                        } | null;
                        canceledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        /** @description Sequential order number (1001, 1002, …) */
                        displayId: number;
                        email: string;
                        fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                        id: string;
                        items: {
                            canceledQuantity: number;
                            discountTotal: number;
                            fulfilledQuantity: number;
                            id: string;
                            options: {
                                [key: string]: string;
                            };
                            productId: string;
                            quantity: number;
                            returnedQuantity: number;
                            sku: string;
                            subtotal: number;
                            taxTotal: number;
                            title: string;
                            total: number;
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string;
                        }[];
                        /**
                         * OrderPayment
                         * @description Sums of the payment ledger; paymentStatus is derived from them
                         */
                        payment: {
                            authorized: number;
                            captured: number;
                            provider: string;
                            refunded: number;
                            voided: number;
                        };
                        paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                        promotionCodes: string[];
                        regionId: string | null;
                        shippingAddress: {
                            [key: string]: string | null;
                        } | null;
                        shippingMethod: {
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        shippingTotal: number;
                        status: "pending" | "completed" | "canceled";
                        subtotal: number;
                        taxInclusive: boolean;
                        taxTotal: number;
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description placed, payment_authorized, payment_captured, payment_voided, payment_refunded, fulfilled, shipped, canceled, returned, note */
                            type: string;
                        }[];
                        total: number;
                        version: number;
                    };
                };
            };
        };
    };
    postAdminOrdersByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: cancel every unit not yet fulfilled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingAddress: {
                            [key: string]: string | null;
                        } | null;
                        canceledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        /** @description Sequential order number (1001, 1002, …) */
                        displayId: number;
                        email: string;
                        fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                        id: string;
                        items: {
                            canceledQuantity: number;
                            discountTotal: number;
                            fulfilledQuantity: number;
                            id: string;
                            options: {
                                [key: string]: string;
                            };
                            productId: string;
                            quantity: number;
                            returnedQuantity: number;
                            sku: string;
                            subtotal: number;
                            taxTotal: number;
                            title: string;
                            total: number;
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string;
                        }[];
                        /**
                         * OrderPayment
                         * @description Sums of the payment ledger; paymentStatus is derived from them
                         */
                        payment: {
                            authorized: number;
                            captured: number;
                            provider: string;
                            refunded: number;
                            voided: number;
                        };
                        paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                        promotionCodes: string[];
                        regionId: string | null;
                        shippingAddress: {
                            [key: string]: string | null;
                        } | null;
                        shippingMethod: {
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        shippingTotal: number;
                        status: "pending" | "completed" | "canceled";
                        subtotal: number;
                        taxInclusive: boolean;
                        taxTotal: number;
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description placed, payment_authorized, payment_captured, payment_voided, payment_refunded, fulfilled, shipped, canceled, returned, note */
                            type: string;
                        }[];
                        total: number;
                        version: number;
                    };
                };
            };
        };
    };
    postAdminOrdersByIdCapture: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Without `amount`, everything still authorized is captured */
        requestBody: {
            content: {
                "application/json": {
                    amount?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: capture an authorized payment, in full or in part */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingAddress: {
                            [key: string]: string | null;
                        } | null;
                        canceledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        /** @description Sequential order number (1001, 1002, …) */
                        displayId: number;
                        email: string;
                        fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                        id: string;
                        items: {
                            canceledQuantity: number;
                            discountTotal: number;
                            fulfilledQuantity: number;
                            id: string;
                            options: {
                                [key: string]: string;
                            };
                            productId: string;
                            quantity: number;
                            returnedQuantity: number;
                            sku: string;
                            subtotal: number;
                            taxTotal: number;
                            title: string;
                            total: number;
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string;
                        }[];
                        /**
                         * OrderPayment
                         * @description Sums of the payment ledger; paymentStatus is derived from them
                         */
                        payment: {
                            authorized: number;
                            captured: number;
                            provider: string;
                            refunded: number;
                            voided: number;
                        };
                        paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                        promotionCodes: string[];
                        regionId: string | null;
                        shippingAddress: {
                            [key: string]: string | null;
                        } | null;
                        shippingMethod: {
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        shippingTotal: number;
                        status: "pending" | "completed" | "canceled";
                        subtotal: number;
                        taxInclusive: boolean;
                        taxTotal: number;
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description placed, payment_authorized, payment_captured, payment_voided, payment_refunded, fulfilled, shipped, canceled, returned, note */
                            type: string;
                        }[];
                        total: number;
                        version: number;
                    };
                };
            };
        };
    };
    postAdminOrdersByIdFulfillments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        lineItemId: string;
                        quantity: number;
                    }[];
                    locationId?: string;
                    trackingNumber?: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: ship units (partial allowed), from a location, with a tracking number */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingAddress: {
                            [key: string]: string | null;
                        } | null;
                        canceledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        /** @description Sequential order number (1001, 1002, …) */
                        displayId: number;
                        email: string;
                        fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                        id: string;
                        items: {
                            canceledQuantity: number;
                            discountTotal: number;
                            fulfilledQuantity: number;
                            id: string;
                            options: {
                                [key: string]: string;
                            };
                            productId: string;
                            quantity: number;
                            returnedQuantity: number;
                            sku: string;
                            subtotal: number;
                            taxTotal: number;
                            title: string;
                            total: number;
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string;
                        }[];
                        /**
                         * OrderPayment
                         * @description Sums of the payment ledger; paymentStatus is derived from them
                         */
                        payment: {
                            authorized: number;
                            captured: number;
                            provider: string;
                            refunded: number;
                            voided: number;
                        };
                        paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                        promotionCodes: string[];
                        regionId: string | null;
                        shippingAddress: {
                            [key: string]: string | null;
                        } | null;
                        shippingMethod: {
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        shippingTotal: number;
                        status: "pending" | "completed" | "canceled";
                        subtotal: number;
                        taxInclusive: boolean;
                        taxTotal: number;
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description placed, payment_authorized, payment_captured, payment_voided, payment_refunded, fulfilled, shipped, canceled, returned, note */
                            type: string;
                        }[];
                        total: number;
                        version: number;
                    };
                };
            };
        };
    };
    postAdminOrdersByIdNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: add a staff note to the timeline */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingAddress: {
                            [key: string]: string | null;
                        } | null;
                        canceledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        /** @description Sequential order number (1001, 1002, …) */
                        displayId: number;
                        email: string;
                        fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                        id: string;
                        items: {
                            canceledQuantity: number;
                            discountTotal: number;
                            fulfilledQuantity: number;
                            id: string;
                            options: {
                                [key: string]: string;
                            };
                            productId: string;
                            quantity: number;
                            returnedQuantity: number;
                            sku: string;
                            subtotal: number;
                            taxTotal: number;
                            title: string;
                            total: number;
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string;
                        }[];
                        /**
                         * OrderPayment
                         * @description Sums of the payment ledger; paymentStatus is derived from them
                         */
                        payment: {
                            authorized: number;
                            captured: number;
                            provider: string;
                            refunded: number;
                            voided: number;
                        };
                        paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                        promotionCodes: string[];
                        regionId: string | null;
                        shippingAddress: {
                            [key: string]: string | null;
                        } | null;
                        shippingMethod: {
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        shippingTotal: number;
                        status: "pending" | "completed" | "canceled";
                        subtotal: number;
                        taxInclusive: boolean;
                        taxTotal: number;
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description placed, payment_authorized, payment_captured, payment_voided, payment_refunded, fulfilled, shipped, canceled, returned, note */
                            type: string;
                        }[];
                        total: number;
                        version: number;
                    };
                };
            };
        };
    };
    postAdminOrdersByIdRefunds: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: refund part or all of what was captured */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingAddress: {
                            [key: string]: string | null;
                        } | null;
                        canceledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        /** @description Sequential order number (1001, 1002, …) */
                        displayId: number;
                        email: string;
                        fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                        id: string;
                        items: {
                            canceledQuantity: number;
                            discountTotal: number;
                            fulfilledQuantity: number;
                            id: string;
                            options: {
                                [key: string]: string;
                            };
                            productId: string;
                            quantity: number;
                            returnedQuantity: number;
                            sku: string;
                            subtotal: number;
                            taxTotal: number;
                            title: string;
                            total: number;
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string;
                        }[];
                        /**
                         * OrderPayment
                         * @description Sums of the payment ledger; paymentStatus is derived from them
                         */
                        payment: {
                            authorized: number;
                            captured: number;
                            provider: string;
                            refunded: number;
                            voided: number;
                        };
                        paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                        promotionCodes: string[];
                        regionId: string | null;
                        shippingAddress: {
                            [key: string]: string | null;
                        } | null;
                        shippingMethod: {
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        shippingTotal: number;
                        status: "pending" | "completed" | "canceled";
                        subtotal: number;
                        taxInclusive: boolean;
                        taxTotal: number;
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description placed, payment_authorized, payment_captured, payment_voided, payment_refunded, fulfilled, shipped, canceled, returned, note */
                            type: string;
                        }[];
                        total: number;
                        version: number;
                    };
                };
            };
        };
    };
    postAdminOrdersByIdReturns: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        lineItemId: string;
                        quantity: number;
                    }[];
                    refundAmount?: number;
                    restock: boolean;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: receive returned units; optionally restock them and refund */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingAddress: {
                            [key: string]: string | null;
                        } | null;
                        canceledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        /** @description Sequential order number (1001, 1002, …) */
                        displayId: number;
                        email: string;
                        fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                        id: string;
                        items: {
                            canceledQuantity: number;
                            discountTotal: number;
                            fulfilledQuantity: number;
                            id: string;
                            options: {
                                [key: string]: string;
                            };
                            productId: string;
                            quantity: number;
                            returnedQuantity: number;
                            sku: string;
                            subtotal: number;
                            taxTotal: number;
                            title: string;
                            total: number;
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string;
                        }[];
                        /**
                         * OrderPayment
                         * @description Sums of the payment ledger; paymentStatus is derived from them
                         */
                        payment: {
                            authorized: number;
                            captured: number;
                            provider: string;
                            refunded: number;
                            voided: number;
                        };
                        paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                        promotionCodes: string[];
                        regionId: string | null;
                        shippingAddress: {
                            [key: string]: string | null;
                        } | null;
                        shippingMethod: {
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        shippingTotal: number;
                        status: "pending" | "completed" | "canceled";
                        subtotal: number;
                        taxInclusive: boolean;
                        taxTotal: number;
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description placed, payment_authorized, payment_captured, payment_voided, payment_refunded, fulfilled, shipped, canceled, returned, note */
                            type: string;
                        }[];
                        total: number;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminProducts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
                /** @description Search words, matched against titles and descriptions */
                q?: string;
                /** @description Only products in this status */
                status?: "draft" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: list products (drafts too), newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            categories: {
                                handle: string;
                                id: string;
                                name: string;
                            }[];
                            categoryIds: string[];
                            collectionIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            handle: string;
                            id: string;
                            images: {
                                alt?: string;
                                /** @description http(s) URL or data:image/ URI */
                                url: string;
                            }[];
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            seo: {
                                description: string | null;
                                title: string | null;
                            };
                            status: "draft" | "published";
                            tags: string[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            variants: {
                                allowBackorder: boolean;
                                /** @description GTIN (EAN/UPC/ISBN), when known */
                                gtin?: string;
                                id: string;
                                inStock: boolean;
                                manageInventory: boolean;
                                /** @description Manufacturer part number, when known */
                                mpn?: string;
                                options: {
                                    [key: string]: string;
                                };
                                prices: {
                                    /** @description Minor units, e.g. cents */
                                    amount: number;
                                    /**
                                     * @description ISO 4217 code
                                     * @example EUR
                                     */
                                    currency: string;
                                }[];
                                sku: string;
                                title: string;
                                weightGrams: number;
                            }[];
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminProducts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categoryIds?: string[];
                    collectionIds?: string[];
                    description?: string;
                    /** @description URL slug: lower-case letters, digits and single hyphens */
                    handle?: string;
                    images?: {
                        alt?: string;
                        /** @description http(s) URL or data:image/ URI */
                        url: string;
                    }[];
                    options?: {
                        name: string;
                        values: string[];
                    }[];
                    seo?: {
                        description?: string | null;
                        title?: string | null;
                    };
                    status?: "draft" | "published";
                    tags?: string[];
                    title: string;
                    variants?: {
                        /** @default false */
                        allowBackorder?: boolean;
                        gtin?: string | null;
                        /** @default true */
                        manageInventory?: boolean;
                        mpn?: string | null;
                        /** @description Option name → value; every product option set once */
                        options?: {
                            [key: string]: string;
                        };
                        /** @description The whole price list, one per currency, minor units; on a change it replaces every price (currencies left out are deleted) */
                        prices?: {
                            /** @description Minor units, e.g. cents */
                            amount: number;
                            /**
                             * @description ISO 4217 code
                             * @example EUR
                             */
                            currency: string;
                        }[];
                        /** @description Stock keeping unit, unique across the catalog */
                        sku: string;
                        title?: string;
                        weightGrams?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create a product with its options, variants, prices and images */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        categoryIds: string[];
                        collectionIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        images: {
                            alt?: string;
                            /** @description http(s) URL or data:image/ URI */
                            url: string;
                        }[];
                        options: {
                            name: string;
                            values: string[];
                        }[];
                        seo: {
                            description: string | null;
                            title: string | null;
                        };
                        status: "draft" | "published";
                        tags: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            allowBackorder: boolean;
                            /** @description GTIN (EAN/UPC/ISBN), when known */
                            gtin?: string;
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
                            /** @description Manufacturer part number, when known */
                            mpn?: string;
                            options: {
                                [key: string]: string;
                            };
                            prices: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            }[];
                            sku: string;
                            title: string;
                            weightGrams: number;
                        }[];
                        version: number;
                    };
                };
            };
        };
    };
    getAdminProductsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: one product with its version (ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        categoryIds: string[];
                        collectionIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        images: {
                            alt?: string;
                            /** @description http(s) URL or data:image/ URI */
                            url: string;
                        }[];
                        options: {
                            name: string;
                            values: string[];
                        }[];
                        seo: {
                            description: string | null;
                            title: string | null;
                        };
                        status: "draft" | "published";
                        tags: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            allowBackorder: boolean;
                            /** @description GTIN (EAN/UPC/ISBN), when known */
                            gtin?: string;
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
                            /** @description Manufacturer part number, when known */
                            mpn?: string;
                            options: {
                                [key: string]: string;
                            };
                            prices: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            }[];
                            sku: string;
                            title: string;
                            weightGrams: number;
                        }[];
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminProductsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminProductsById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categoryIds?: string[];
                    collectionIds?: string[];
                    description?: string;
                    /** @description URL slug: lower-case letters, digits and single hyphens */
                    handle?: string;
                    images?: {
                        alt?: string;
                        /** @description http(s) URL or data:image/ URI */
                        url: string;
                    }[];
                    options?: {
                        name: string;
                        values: string[];
                    }[];
                    seo?: {
                        description?: string | null;
                        title?: string | null;
                    };
                    status?: "draft" | "published";
                    tags?: string[];
                    title?: string;
                    variants?: {
                        /** @default false */
                        allowBackorder?: boolean;
                        gtin?: string | null;
                        id?: string;
                        /** @default true */
                        manageInventory?: boolean;
                        mpn?: string | null;
                        /** @description Option name → value; every product option set once */
                        options?: {
                            [key: string]: string;
                        };
                        /** @description The whole price list, one per currency, minor units; on a change it replaces every price (currencies left out are deleted) */
                        prices?: {
                            /** @description Minor units, e.g. cents */
                            amount: number;
                            /**
                             * @description ISO 4217 code
                             * @example EUR
                             */
                            currency: string;
                        }[];
                        /** @description Stock keeping unit, unique across the catalog */
                        sku: string;
                        title?: string;
                        weightGrams?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: update a product; `variants`, when sent, is the full list (with `id` = update, without = create, left out = delete) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        categoryIds: string[];
                        collectionIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        images: {
                            alt?: string;
                            /** @description http(s) URL or data:image/ URI */
                            url: string;
                        }[];
                        options: {
                            name: string;
                            values: string[];
                        }[];
                        seo: {
                            description: string | null;
                            title: string | null;
                        };
                        status: "draft" | "published";
                        tags: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            allowBackorder: boolean;
                            /** @description GTIN (EAN/UPC/ISBN), when known */
                            gtin?: string;
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
                            /** @description Manufacturer part number, when known */
                            mpn?: string;
                            options: {
                                [key: string]: string;
                            };
                            prices: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            }[];
                            sku: string;
                            title: string;
                            weightGrams: number;
                        }[];
                        version: number;
                    };
                };
            };
        };
    };
    postAdminProductsByIdVariants: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    allowBackorder?: boolean;
                    gtin?: string | null;
                    /** @default true */
                    manageInventory?: boolean;
                    mpn?: string | null;
                    /** @description Option name → value; every product option set once */
                    options?: {
                        [key: string]: string;
                    };
                    /** @description The whole price list, one per currency, minor units; on a change it replaces every price (currencies left out are deleted) */
                    prices?: {
                        /** @description Minor units, e.g. cents */
                        amount: number;
                        /**
                         * @description ISO 4217 code
                         * @example EUR
                         */
                        currency: string;
                    }[];
                    /** @description Stock keeping unit, unique across the catalog */
                    sku: string;
                    title?: string;
                    weightGrams?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: add a variant; answers with the whole product */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        categoryIds: string[];
                        collectionIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        images: {
                            alt?: string;
                            /** @description http(s) URL or data:image/ URI */
                            url: string;
                        }[];
                        options: {
                            name: string;
                            values: string[];
                        }[];
                        seo: {
                            description: string | null;
                            title: string | null;
                        };
                        status: "draft" | "published";
                        tags: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            allowBackorder: boolean;
                            /** @description GTIN (EAN/UPC/ISBN), when known */
                            gtin?: string;
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
                            /** @description Manufacturer part number, when known */
                            mpn?: string;
                            options: {
                                [key: string]: string;
                            };
                            prices: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            }[];
                            sku: string;
                            title: string;
                            weightGrams: number;
                        }[];
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminProductsByIdVariantsByVariantId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                variantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: delete a variant; answers with the whole product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        categoryIds: string[];
                        collectionIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        images: {
                            alt?: string;
                            /** @description http(s) URL or data:image/ URI */
                            url: string;
                        }[];
                        options: {
                            name: string;
                            values: string[];
                        }[];
                        seo: {
                            description: string | null;
                            title: string | null;
                        };
                        status: "draft" | "published";
                        tags: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            allowBackorder: boolean;
                            /** @description GTIN (EAN/UPC/ISBN), when known */
                            gtin?: string;
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
                            /** @description Manufacturer part number, when known */
                            mpn?: string;
                            options: {
                                [key: string]: string;
                            };
                            prices: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            }[];
                            sku: string;
                            title: string;
                            weightGrams: number;
                        }[];
                        version: number;
                    };
                };
            };
        };
    };
    patchAdminProductsByIdVariantsByVariantId: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                variantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    allowBackorder?: boolean;
                    gtin?: string | null;
                    /** @default true */
                    manageInventory?: boolean;
                    mpn?: string | null;
                    /** @description Option name → value; every product option set once */
                    options?: {
                        [key: string]: string;
                    };
                    /** @description The whole price list, one per currency, minor units; on a change it replaces every price (currencies left out are deleted) */
                    prices?: {
                        /** @description Minor units, e.g. cents */
                        amount: number;
                        /**
                         * @description ISO 4217 code
                         * @example EUR
                         */
                        currency: string;
                    }[];
                    /** @description Stock keeping unit, unique across the catalog */
                    sku?: string;
                    title?: string;
                    weightGrams?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The whole product after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        categoryIds: string[];
                        collectionIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        images: {
                            alt?: string;
                            /** @description http(s) URL or data:image/ URI */
                            url: string;
                        }[];
                        options: {
                            name: string;
                            values: string[];
                        }[];
                        seo: {
                            description: string | null;
                            title: string | null;
                        };
                        status: "draft" | "published";
                        tags: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            allowBackorder: boolean;
                            /** @description GTIN (EAN/UPC/ISBN), when known */
                            gtin?: string;
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
                            /** @description Manufacturer part number, when known */
                            mpn?: string;
                            options: {
                                [key: string]: string;
                            };
                            prices: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            }[];
                            sku: string;
                            title: string;
                            weightGrams: number;
                        }[];
                        version: number;
                    };
                };
            };
        };
    };
    putAdminProductsByIdVariantsByVariantIdPricesByCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ISO 4217 code
                 * @example EUR
                 */
                currency: string;
                id: string;
                variantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The price in minor units of the currency (cents: 1999 is 19.99) */
                    amount: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The whole product after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        categoryIds: string[];
                        collectionIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        images: {
                            alt?: string;
                            /** @description http(s) URL or data:image/ URI */
                            url: string;
                        }[];
                        options: {
                            name: string;
                            values: string[];
                        }[];
                        seo: {
                            description: string | null;
                            title: string | null;
                        };
                        status: "draft" | "published";
                        tags: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            allowBackorder: boolean;
                            /** @description GTIN (EAN/UPC/ISBN), when known */
                            gtin?: string;
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
                            /** @description Manufacturer part number, when known */
                            mpn?: string;
                            options: {
                                [key: string]: string;
                            };
                            prices: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            }[];
                            sku: string;
                            title: string;
                            weightGrams: number;
                        }[];
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminProductsByIdVariantsByVariantIdPricesByCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ISO 4217 code
                 * @example EUR
                 */
                currency: string;
                id: string;
                variantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The whole product after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        categoryIds: string[];
                        collectionIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        images: {
                            alt?: string;
                            /** @description http(s) URL or data:image/ URI */
                            url: string;
                        }[];
                        options: {
                            name: string;
                            values: string[];
                        }[];
                        seo: {
                            description: string | null;
                            title: string | null;
                        };
                        status: "draft" | "published";
                        tags: string[];
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        variants: {
                            allowBackorder: boolean;
                            /** @description GTIN (EAN/UPC/ISBN), when known */
                            gtin?: string;
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
                            /** @description Manufacturer part number, when known */
                            mpn?: string;
                            options: {
                                [key: string]: string;
                            };
                            prices: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            }[];
                            sku: string;
                            title: string;
                            weightGrams: number;
                        }[];
                        version: number;
                    };
                };
            };
        };
    };
    getAdminProductsExport: {
        parameters: {
            query?: {
                /** @description csv (default) or ndjson, one product per line */
                format?: "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description CSV with a header row, or one JSON object per line (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": unknown;
                    "text/csv": unknown;
                };
            };
        };
    };
    postAdminProductsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Accepted: import products from CSV or NDJSON (one row per variant); applied by a background job */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                    };
                };
            };
        };
    };
    getAdminPromotions: {
        parameters: {
            query?: {
                /** @description Only the promotion with this code */
                code?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: list promotions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            categoryIds: string[];
                            /** @description Case-insensitive and unique */
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string | null;
                            endsAt: string | null;
                            id: string;
                            minSubtotal: number | null;
                            perCustomerLimit: number | null;
                            productIds: string[];
                            startsAt: string | null;
                            type: "percentage" | "fixed" | "free_shipping";
                            /** Format: date-time */
                            updatedAt: string;
                            usageLimit: number | null;
                            /** @description Redemptions so far */
                            used: number;
                            /** @description percentage: whole percent 1..100; fixed: minor units of `currency`; free_shipping: 0 */
                            value: number;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminPromotions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categoryIds?: string[];
                    /** @description Case-insensitive and unique */
                    code: string;
                    currency?: string | null;
                    endsAt?: string | null;
                    minSubtotal?: number | null;
                    perCustomerLimit?: number | null;
                    productIds?: string[];
                    startsAt?: string | null;
                    type: "percentage" | "fixed" | "free_shipping";
                    usageLimit?: number | null;
                    /** @description percentage: whole percent 1..100; fixed: minor units of `currency`; free_shipping: 0 */
                    value?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create a promotion (codes are case-insensitive and unique) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categoryIds: string[];
                        /** @description Case-insensitive and unique */
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string | null;
                        endsAt: string | null;
                        id: string;
                        minSubtotal: number | null;
                        perCustomerLimit: number | null;
                        productIds: string[];
                        startsAt: string | null;
                        type: "percentage" | "fixed" | "free_shipping";
                        /** Format: date-time */
                        updatedAt: string;
                        usageLimit: number | null;
                        /** @description Redemptions so far */
                        used: number;
                        /** @description percentage: whole percent 1..100; fixed: minor units of `currency`; free_shipping: 0 */
                        value: number;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminPromotionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: get a promotion */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categoryIds: string[];
                        /** @description Case-insensitive and unique */
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string | null;
                        endsAt: string | null;
                        id: string;
                        minSubtotal: number | null;
                        perCustomerLimit: number | null;
                        productIds: string[];
                        startsAt: string | null;
                        type: "percentage" | "fixed" | "free_shipping";
                        /** Format: date-time */
                        updatedAt: string;
                        usageLimit: number | null;
                        /** @description Redemptions so far */
                        used: number;
                        /** @description percentage: whole percent 1..100; fixed: minor units of `currency`; free_shipping: 0 */
                        value: number;
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminPromotionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminPromotionsById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categoryIds?: string[];
                    /** @description Case-insensitive and unique */
                    code?: string;
                    currency?: string | null;
                    endsAt?: string | null;
                    minSubtotal?: number | null;
                    perCustomerLimit?: number | null;
                    productIds?: string[];
                    startsAt?: string | null;
                    type?: "percentage" | "fixed" | "free_shipping";
                    usageLimit?: number | null;
                    /** @description percentage: whole percent 1..100; fixed: minor units of `currency`; free_shipping: 0 */
                    value?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: change a promotion (If-Match honoured) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categoryIds: string[];
                        /** @description Case-insensitive and unique */
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string | null;
                        endsAt: string | null;
                        id: string;
                        minSubtotal: number | null;
                        perCustomerLimit: number | null;
                        productIds: string[];
                        startsAt: string | null;
                        type: "percentage" | "fixed" | "free_shipping";
                        /** Format: date-time */
                        updatedAt: string;
                        usageLimit: number | null;
                        /** @description Redemptions so far */
                        used: number;
                        /** @description percentage: whole percent 1..100; fixed: minor units of `currency`; free_shipping: 0 */
                        value: number;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminRegions: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: list regions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            countries: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description ISO 4217 code
                             * @example EUR
                             */
                            currency: string;
                            id: string;
                            /** @description Whether shipping is taxed at the region rate (default true) */
                            isShippingTaxed: boolean;
                            name: string;
                            /** @description Prices in this region include tax */
                            taxInclusive: boolean;
                            /** @description Per-country rates; the country must be in `countries` */
                            taxOverrides: {
                                /**
                                 * @description An assigned ISO 3166-1 alpha-2 code, upper case (checked against the list)
                                 * @example DE
                                 */
                                country: string;
                                /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                                taxRateBps: number;
                            }[];
                            /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                            taxRateBps: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminRegions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    countries: string[];
                    /**
                     * @description ISO 4217 code
                     * @example EUR
                     */
                    currency: string;
                    /** @description Whether shipping is taxed at the region rate (default true) */
                    isShippingTaxed?: boolean;
                    name: string;
                    /** @description Prices in this region include tax */
                    taxInclusive?: boolean;
                    /** @description Per-country rates; the country must be in `countries` */
                    taxOverrides?: {
                        /**
                         * @description An assigned ISO 3166-1 alpha-2 code, upper case (checked against the list)
                         * @example DE
                         */
                        country: string;
                        /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                        taxRateBps: number;
                    }[];
                    /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                    taxRateBps: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create a region */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        countries: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * @description ISO 4217 code
                         * @example EUR
                         */
                        currency: string;
                        id: string;
                        /** @description Whether shipping is taxed at the region rate (default true) */
                        isShippingTaxed: boolean;
                        name: string;
                        /** @description Prices in this region include tax */
                        taxInclusive: boolean;
                        /** @description Per-country rates; the country must be in `countries` */
                        taxOverrides: {
                            /**
                             * @description An assigned ISO 3166-1 alpha-2 code, upper case (checked against the list)
                             * @example DE
                             */
                            country: string;
                            /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                            taxRateBps: number;
                        }[];
                        /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                        taxRateBps: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminRegionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: get a region */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        countries: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * @description ISO 4217 code
                         * @example EUR
                         */
                        currency: string;
                        id: string;
                        /** @description Whether shipping is taxed at the region rate (default true) */
                        isShippingTaxed: boolean;
                        name: string;
                        /** @description Prices in this region include tax */
                        taxInclusive: boolean;
                        /** @description Per-country rates; the country must be in `countries` */
                        taxOverrides: {
                            /**
                             * @description An assigned ISO 3166-1 alpha-2 code, upper case (checked against the list)
                             * @example DE
                             */
                            country: string;
                            /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                            taxRateBps: number;
                        }[];
                        /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                        taxRateBps: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminRegionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminRegionsById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    countries?: string[];
                    /**
                     * @description ISO 4217 code
                     * @example EUR
                     */
                    currency?: string;
                    /** @description Whether shipping is taxed at the region rate (default true) */
                    isShippingTaxed?: boolean;
                    name?: string;
                    /** @description Prices in this region include tax */
                    taxInclusive?: boolean;
                    /** @description Per-country rates; the country must be in `countries` */
                    taxOverrides?: {
                        /**
                         * @description An assigned ISO 3166-1 alpha-2 code, upper case (checked against the list)
                         * @example DE
                         */
                        country: string;
                        /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                        taxRateBps: number;
                    }[];
                    /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                    taxRateBps?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: change a region (If-Match honoured) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        countries: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * @description ISO 4217 code
                         * @example EUR
                         */
                        currency: string;
                        id: string;
                        /** @description Whether shipping is taxed at the region rate (default true) */
                        isShippingTaxed: boolean;
                        name: string;
                        /** @description Prices in this region include tax */
                        taxInclusive: boolean;
                        /** @description Per-country rates; the country must be in `countries` */
                        taxOverrides: {
                            /**
                             * @description An assigned ISO 3166-1 alpha-2 code, upper case (checked against the list)
                             * @example DE
                             */
                            country: string;
                            /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                            taxRateBps: number;
                        }[];
                        /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                        taxRateBps: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The shop settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        defaultRegionId: string | null;
                        logoUrl: string | null;
                        name: string;
                        /** @description The shop’s policy pages (return policy, privacy policy, terms of service); agent platforms link to them */
                        policyLinks: {
                            privacy: string | null;
                            returns: string | null;
                            terms: string | null;
                        };
                        returnPolicy: {
                            /** @description Days a customer has to return an item; 0 means no returns */
                            days: number;
                            /** @description Returns cost the customer nothing */
                            isFree: boolean;
                        };
                        shipping: {
                            handlingDays: {
                                max: number;
                                min: number;
                            };
                            /** @description One line shown on product pages, e.g. "Ships in 1–2 days" */
                            summary: string;
                            transitDays: {
                                max: number;
                                min: number;
                            };
                        };
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    patchAdminSettings: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    defaultRegionId?: string | null;
                    logoUrl?: string | null;
                    name?: string;
                    policyLinks?: {
                        privacy?: string | null;
                        returns?: string | null;
                        terms?: string | null;
                    };
                    returnPolicy?: {
                        /** @description Days a customer has to return an item; 0 means no returns */
                        days: number;
                        /** @description Returns cost the customer nothing */
                        isFree: boolean;
                    };
                    shipping?: {
                        handlingDays: {
                            max: number;
                            min: number;
                        };
                        /** @description One line shown on product pages, e.g. "Ships in 1–2 days" */
                        summary: string;
                        transitDays: {
                            max: number;
                            min: number;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The shop settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        defaultRegionId: string | null;
                        logoUrl: string | null;
                        name: string;
                        /** @description The shop’s policy pages (return policy, privacy policy, terms of service); agent platforms link to them */
                        policyLinks: {
                            privacy: string | null;
                            returns: string | null;
                            terms: string | null;
                        };
                        returnPolicy: {
                            /** @description Days a customer has to return an item; 0 means no returns */
                            days: number;
                            /** @description Returns cost the customer nothing */
                            isFree: boolean;
                        };
                        shipping: {
                            handlingDays: {
                                max: number;
                                min: number;
                            };
                            /** @description One line shown on product pages, e.g. "Ships in 1–2 days" */
                            summary: string;
                            transitDays: {
                                max: number;
                                min: number;
                            };
                        };
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminShippingOptions: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
                /** @description Only options of this region */
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: list shipping options */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description flat: the price; free_over: the price below the threshold; weight_based: a base fee added to the band */
                            amount: number;
                            /** Format: date-time */
                            createdAt: string;
                            freeOverAmount: number | null;
                            id: string;
                            isActive: boolean;
                            name: string;
                            regionId: string;
                            type: "flat" | "weight_based" | "free_over";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /** @description weight_based only: bands by ascending maxGrams */
                            weightBands: {
                                /** @description Price of this band, added to the option amount */
                                amount: number;
                                /** @description Inclusive upper bound of total cart weight */
                                maxGrams: number;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminShippingOptions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description flat: the price; free_over: the price below the threshold; weight_based: a base fee added to the band */
                    amount?: number;
                    freeOverAmount?: number | null;
                    isActive?: boolean;
                    name: string;
                    regionId: string;
                    type: "flat" | "weight_based" | "free_over";
                    /** @description weight_based only: bands by ascending maxGrams */
                    weightBands?: {
                        /** @description Price of this band, added to the option amount */
                        amount: number;
                        /** @description Inclusive upper bound of total cart weight */
                        maxGrams: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create a shipping option */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description flat: the price; free_over: the price below the threshold; weight_based: a base fee added to the band */
                        amount: number;
                        /** Format: date-time */
                        createdAt: string;
                        freeOverAmount: number | null;
                        id: string;
                        isActive: boolean;
                        name: string;
                        regionId: string;
                        type: "flat" | "weight_based" | "free_over";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /** @description weight_based only: bands by ascending maxGrams */
                        weightBands: {
                            /** @description Price of this band, added to the option amount */
                            amount: number;
                            /** @description Inclusive upper bound of total cart weight */
                            maxGrams: number;
                        }[];
                    };
                };
            };
        };
    };
    getAdminShippingOptionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: get a shipping option */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description flat: the price; free_over: the price below the threshold; weight_based: a base fee added to the band */
                        amount: number;
                        /** Format: date-time */
                        createdAt: string;
                        freeOverAmount: number | null;
                        id: string;
                        isActive: boolean;
                        name: string;
                        regionId: string;
                        type: "flat" | "weight_based" | "free_over";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /** @description weight_based only: bands by ascending maxGrams */
                        weightBands: {
                            /** @description Price of this band, added to the option amount */
                            amount: number;
                            /** @description Inclusive upper bound of total cart weight */
                            maxGrams: number;
                        }[];
                    };
                };
            };
        };
    };
    deleteAdminShippingOptionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminShippingOptionsById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description flat: the price; free_over: the price below the threshold; weight_based: a base fee added to the band */
                    amount?: number;
                    freeOverAmount?: number | null;
                    isActive?: boolean;
                    name?: string;
                    type?: "flat" | "weight_based" | "free_over";
                    /** @description weight_based only: bands by ascending maxGrams */
                    weightBands?: {
                        /** @description Price of this band, added to the option amount */
                        amount: number;
                        /** @description Inclusive upper bound of total cart weight */
                        maxGrams: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: change a shipping option (If-Match honoured) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description flat: the price; free_over: the price below the threshold; weight_based: a base fee added to the band */
                        amount: number;
                        /** Format: date-time */
                        createdAt: string;
                        freeOverAmount: number | null;
                        id: string;
                        isActive: boolean;
                        name: string;
                        regionId: string;
                        type: "flat" | "weight_based" | "free_over";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /** @description weight_based only: bands by ascending maxGrams */
                        weightBands: {
                            /** @description Price of this band, added to the option amount */
                            amount: number;
                            /** @description Inclusive upper bound of total cart weight */
                            maxGrams: number;
                        }[];
                    };
                };
            };
        };
    };
    getAdminStaff: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: staff members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            id: string;
                            isDisabled: boolean;
                            name: string | null;
                            role: "owner" | "admin" | "staff" | "viewer";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminStaff: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name?: string;
                    password: string;
                    role: "owner" | "admin" | "staff" | "viewer";
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: add a staff member (only an owner may add an owner) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        id: string;
                        isDisabled: boolean;
                        name: string | null;
                        role: "owner" | "admin" | "staff" | "viewer";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminStaffById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: one staff member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        id: string;
                        isDisabled: boolean;
                        name: string | null;
                        role: "owner" | "admin" | "staff" | "viewer";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminStaffById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content: done (remove a staff member (never the last owner)) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminStaffById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isDisabled?: boolean;
                    name?: string | null;
                    password?: string;
                    role?: "owner" | "admin" | "staff" | "viewer";
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: change role, name, password (owners only, never your own) or disable; the last active owner stays an owner */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        id: string;
                        isDisabled: boolean;
                        name: string | null;
                        role: "owner" | "admin" | "staff" | "viewer";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminStockLocations: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: list stock locations in allocation order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            name: string;
                            priority: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminStockLocations: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Allocation order: lower numbers are allocated first (ties by id) */
                    priority?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create a stock location */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        name: string;
                        priority: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminStockLocationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: get a stock location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        name: string;
                        priority: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    deleteAdminStockLocationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminStockLocationsById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Allocation order: lower numbers are allocated first (ties by id) */
                    priority?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: rename or re-prioritise a location (If-Match honoured) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        name: string;
                        priority: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getAdminUi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Not modified: the copy the browser holds (If-None-Match) is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAdminUiByFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file of the web app */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Not modified: the copy the browser holds (If-None-Match) is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAdminWebhooks: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A page of webhook endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            disabledReason: string | null;
                            enabled: boolean;
                            events: string[];
                            failingSince: string | null;
                            id: string;
                            secretRotatedUntil: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    enabled?: boolean;
                    events: ("order.placed" | "order.payment_captured" | "order.fulfilled" | "order.canceled" | "order.refunded" | "order.returned" | "product.created" | "product.updated" | "product.deleted" | "inventory.level_changed" | "inventory.low_stock" | "customer.created" | "*")[];
                    /** @description https, public address (see the SSRF rules) */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The endpoint and its signing secret, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string | null;
                        disabledReason: string | null;
                        enabled: boolean;
                        events: string[];
                        failingSince: string | null;
                        id: string;
                        /** @description The signing secret: shown in this answer only */
                        secret: string;
                        secretRotatedUntil: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
        };
    };
    getAdminWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A webhook endpoint (its secret is never shown again) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string | null;
                        disabledReason: string | null;
                        enabled: boolean;
                        events: string[];
                        failingSince: string | null;
                        id: string;
                        secretRotatedUntil: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
        };
    };
    deleteAdminWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchAdminWebhooksById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    enabled?: boolean;
                    events?: ("order.placed" | "order.payment_captured" | "order.fulfilled" | "order.canceled" | "order.refunded" | "order.returned" | "product.created" | "product.updated" | "product.deleted" | "inventory.level_changed" | "inventory.low_stock" | "customer.created" | "*")[];
                    /** @description https, public address (see the SSRF rules) */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A webhook endpoint (its secret is never shown again) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string | null;
                        disabledReason: string | null;
                        enabled: boolean;
                        events: string[];
                        failingSince: string | null;
                        id: string;
                        secretRotatedUntil: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
        };
    };
    getAdminWebhooksByIdDeliveries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Delivery attempts, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 1 for the first try of this delivery */
                            attempt: number;
                            /** Format: date-time */
                            createdAt: string;
                            error: string | null;
                            eventId: string;
                            id: string;
                            latencyMs: number;
                            responseBody: string | null;
                            responseCode: number | null;
                            status: "succeeded" | "failed";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postAdminWebhooksByIdRedeliver: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description One event (`eventId`), or every failed delivery since a time (`since`) */
        requestBody: {
            content: {
                "application/json": {
                    eventId: string;
                } | {
                    /**
                     * Format: date-time
                     * @description Every failed delivery created since then
                     */
                    since: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description How many deliveries were scheduled */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Deliveries due now */
                        scheduled: number;
                    };
                };
            };
        };
    };
    postAdminWebhooksByIdRotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How long the old secret still signs deliveries (default 24 h) */
                    overlapSeconds?: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The endpoint and its signing secret, shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string | null;
                        disabledReason: string | null;
                        enabled: boolean;
                        events: string[];
                        failingSince: string | null;
                        id: string;
                        /** @description The signing secret: shown in this answer only */
                        secret: string;
                        secretRotatedUntil: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
        };
    };
    getAgentsContinueById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent checkout session id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description See other: the storefront checkout page (`Location: /checkout`) */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAgentsFeedJsonlGz: {
        parameters: {
            query?: {
                /** @description The currency of the prices (ISO 4217); default: the first region’s */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": components["schemas"]["Problem"];
                };
            };
            /** @description The feed (`feed.jsonl.gz`), streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": unknown;
                };
            };
            /** @description The agent platform already has this feed (its `ETag` matched `If-None-Match`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAssetsStorefrontCss: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description CSS */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getAssetsStorefrontJs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description JavaScript */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getAssetsStripePaymentJs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description JavaScript */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    postAuthCustomersLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: sign a customer in; same answer for an unknown email and a wrong password */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Customer */
                        customer: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            firstName: string | null;
                            id: string;
                            lastName: string | null;
                            phone: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                        token: string;
                    };
                };
            };
        };
    };
    postAuthCustomersPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Accepted: email a password reset token; 202 whether or not the account exists */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "accepted";
                    };
                };
            };
        };
    };
    postAuthCustomersPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content: done (set a new password with a reset token; every session of the account is revoked) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postAuthCustomersRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    firstName?: string;
                    lastName?: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create a customer account and sign in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Customer */
                        customer: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            firstName: string | null;
                            id: string;
                            lastName: string | null;
                            phone: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                        token: string;
                    };
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content: done (revoke the presented session token) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postAuthStaffLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: sign a staff member in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Staff */
                        staff: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            id: string;
                            isDisabled: boolean;
                            name: string | null;
                            role: "owner" | "admin" | "staff" | "viewer";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                        token: string;
                    };
                };
            };
        };
    };
    getAuthStaffSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The staff member signed in with the session cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send as the X-CSRF-Token header with every change made with the session cookie */
                        csrfToken: string;
                        /** @description The signed-in member's permissions (the web app hides what they may not do) */
                        permissions: string[];
                        /** Staff */
                        staff: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            id: string;
                            isDisabled: boolean;
                            name: string | null;
                            role: "owner" | "admin" | "staff" | "viewer";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
    };
    postAuthStaffSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The staff member signed in with the session cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send as the X-CSRF-Token header with every change made with the session cookie */
                        csrfToken: string;
                        /** @description The signed-in member's permissions (the web app hides what they may not do) */
                        permissions: string[];
                        /** Staff */
                        staff: {
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            id: string;
                            isDisabled: boolean;
                            name: string | null;
                            role: "owner" | "admin" | "staff" | "viewer";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
    };
    deleteAuthStaffSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content: done (sign out of the cookie session: the session is revoked and the cookie cleared (needs X-CSRF-Token)) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCart: {
        parameters: {
            query?: {
                /** @description The problem code of the last form post, shown as a message */
                error?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getCategoriesByHandle: {
        parameters: {
            query?: {
                /** @description Page number, from 1 (24 products per page) */
                page?: number;
            };
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description No such category (an HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getCheckout: {
        parameters: {
            query?: {
                /** @description The problem code of the last form post, shown as a message */
                error?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getCheckoutStripe: {
        parameters: {
            query?: {
                /** @description The problem code of the last form post, shown as a message */
                error?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description No open cart or no current Stripe session: back to the cart or checkout */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Stripe is not configured (an HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getCheckoutStripeReturn: {
        parameters: {
            query: {
                /** @description The PaymentIntent Stripe confirmed (added by Stripe) */
                payment_intent: string;
                /** @description The intent’s client secret (added by Stripe; not used) */
                payment_intent_client_secret?: string;
                /** @description Stripe’s view of the outcome (not trusted: the server asks Stripe) */
                redirect_status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description To the order confirmation, or back to the payment page with the problem’s code */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Stripe is not configured (an HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getCollectionsByHandle: {
        parameters: {
            query?: {
                /** @description Page number, from 1 (24 products per page) */
                page?: number;
            };
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description No such collection (an HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getFaviconSvg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An SVG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: the process is running */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database?: string;
                        status: string;
                    };
                };
            };
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: the database answers; 503 otherwise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database?: string;
                        status: string;
                    };
                };
            };
        };
    };
    getMcp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Never: this server is stateless and always answers 405 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postMcp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ({
                    /** @enum {string} */
                    jsonrpc: "2.0";
                } & {
                    [key: string]: unknown;
                }) | ({
                    /** @enum {string} */
                    jsonrpc: "2.0";
                } & {
                    [key: string]: unknown;
                })[];
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON-RPC response(s): `result`, or `error` for a protocol error */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @enum {string} */
                        jsonrpc: "2.0";
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        /** @enum {string} */
                        jsonrpc: "2.0";
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description A notification or response was accepted; no body */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteMcp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Never: this server is stateless and always answers 405 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["Problem"];
                };
            };
            /** @description Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    getOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description No such order for this visitor (an HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getProductsByHandle: {
        parameters: {
            query?: {
                /** @description The variant id to preselect */
                variant?: string;
            };
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Moved to the product’s current handle (Location) */
            301: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such product (an HTML page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description The product was deleted (an HTML page) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getRobotsTxt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description robots.txt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getSearch: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description The search text */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getSitemapXml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A sitemap index */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getSitemapsByFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A sitemap */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description No such sitemap */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postStoreCarts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Send `currency` or `regionId` (the cart takes the region's currency). */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description ISO 4217 code
                     * @example EUR
                     */
                    currency?: string;
                    /** Format: email */
                    email?: string;
                    regionId?: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getStoreCartsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The cart, priced now; each line with its stock truth */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    patchStoreCartsById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    billingAddress?: {
                        address1: string;
                        address2?: string | null;
                        city: string;
                        company?: string | null;
                        /** @description ISO 3166-1 alpha-2; stored upper case */
                        countryCode: string;
                        firstName?: string | null;
                        lastName?: string | null;
                        phone?: string | null;
                        postalCode?: string | null;
                        province?: string | null;
                    } | null;
                    email?: string | null;
                    regionId?: string;
                    shippingAddress?: {
                        address1: string;
                        address2?: string | null;
                        city: string;
                        company?: string | null;
                        /** @description ISO 3166-1 alpha-2; stored upper case */
                        countryCode: string;
                        firstName?: string | null;
                        lastName?: string | null;
                        phone?: string | null;
                        postalCode?: string | null;
                        province?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    postStoreCartsByIdAdopt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    postStoreCartsByIdComplete: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: complete the cart: reserve stock, authorize the payment, place the order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Guest orders only, shown once: send it as `X-Order-Token` to GET /store/orders/:id */
                        accessToken?: string;
                        /**
                         * Order
                         * @description An immutable snapshot of the purchase; later catalog edits never change it.
                         */
                        order: {
                            billingAddress: {
                                [key: string]: string | null;
                            } | null;
                            canceledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            customerId: string | null;
                            discountTotal: number;
                            /** @description Sequential order number (1001, 1002, …) */
                            displayId: number;
                            email: string;
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                            id: string;
                            items: {
                                canceledQuantity: number;
                                discountTotal: number;
                                fulfilledQuantity: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                quantity: number;
                                returnedQuantity: number;
                                sku: string;
                                subtotal: number;
                                taxTotal: number;
                                title: string;
                                total: number;
                                unitPrice: number;
                                variantId: string;
                                variantTitle: string;
                            }[];
                            /**
                             * OrderPayment
                             * @description Sums of the payment ledger; paymentStatus is derived from them
                             */
                            payment: {
                                authorized: number;
                                captured: number;
                                provider: string;
                                refunded: number;
                                voided: number;
                            };
                            paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                            promotionCodes: string[];
                            regionId: string | null;
                            shippingAddress: {
                                [key: string]: string | null;
                            } | null;
                            shippingMethod: {
                                amount: number;
                                name: string;
                                shippingOptionId: string;
                            } | null;
                            shippingTotal: number;
                            status: "pending" | "completed" | "canceled";
                            subtotal: number;
                            taxInclusive: boolean;
                            taxTotal: number;
                            total: number;
                            version: number;
                        };
                    };
                };
            };
        };
    };
    postStoreCartsByIdItems: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description No price field exists: the unit price always comes from the catalog. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1..999 per line */
                    quantity: number;
                    variantId: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    deleteStoreCartsByIdItemsByItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    patchStoreCartsByIdItemsByItemId: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1..999 per line */
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    postStoreCartsByIdPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Provider-specific input; the `test` provider takes `{ "card": "4242424242424242" }` */
                    data?: {
                        [key: string]: string | number | boolean | null;
                    };
                    /** @description One of GET /store/carts/:id/payment-providers */
                    provider: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: create the payment session for the cart's current total */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            /** @description Minor units, e.g. cents */
                            amount: number;
                            /**
                             * @description ISO 4217 code
                             * @example EUR
                             */
                            currency: string;
                        };
                        cartId: string;
                        clientSecret: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description What the client needs from the provider */
                        data: {
                            [key: string]: unknown;
                        };
                        id: string;
                        provider: string;
                        /**
                         * @description Authorization happens when the cart is completed
                         * @enum {string}
                         */
                        status: "pending";
                    };
                };
            };
        };
    };
    getStoreCartsByIdPaymentProviders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: the payment providers offered for the cart */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            autoCapture: boolean;
                            id: string;
                        }[];
                        /** @description Always null: every provider is on the one page */
                        nextCursor: null;
                    };
                };
            };
        };
    };
    postStoreCartsByIdPromotions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    deleteStoreCartsByIdPromotionsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    postStoreCartsByIdShippingMethod: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    shippingOptionId: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide) */
                        appliedPromotions: {
                            /** @description What this code took off, in minor units: from the lines, or from shipping for free_shipping */
                            amount: number;
                            code: string;
                            type: "percentage" | "fixed" | "free_shipping";
                        }[];
                        billingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        email: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        id: string;
                        items: {
                            availableQuantity: number | null;
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout */
                            isAvailable: boolean;
                            productId: string | null;
                            quantity: number;
                            sku: string | null;
                            subtotal: number;
                            taxTotal: number;
                            /** @description The product title */
                            title: string;
                            total: number;
                            /** @description The current catalog price (gross in tax-inclusive regions) */
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string | null;
                        }[];
                        paymentProvider: string | null;
                        /** @description Codes of the promotions that apply, in the order they are applied */
                        promotions: string[];
                        regionId: string | null;
                        shippingAddress: {
                            address1: string;
                            address2?: string | null;
                            city: string;
                            company?: string | null;
                            /** @description ISO 3166-1 alpha-2; stored upper case */
                            countryCode: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            phone?: string | null;
                            postalCode?: string | null;
                            province?: string | null;
                        } | null;
                        /** @description What free-shipping promotions took off shipping (not in `discountTotal`) */
                        shippingDiscountTotal: number;
                        shippingMethod: {
                            /** @description The option's price for this cart, before any free-shipping promotion */
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        /** @description Shipping charged after any free-shipping promotion */
                        shippingTotal: number;
                        subtotal: number;
                        /** @description Whether prices and totals contain tax (the region's rule) */
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getStoreCartsByIdShippingOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The options the cart can choose now, priced for it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            price: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            };
                            type: string;
                        }[];
                        /** @description Always null: every option is on the one page */
                        nextCursor: null;
                    };
                };
            };
        };
    };
    getStoreCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Every category, nested under its parent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StoreCategoryNode"][];
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getStoreCategoriesByHandle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The category with breadcrumbs and children */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description From the root down to the parent (breadcrumbs) */
                        ancestors: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        children: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        description: string;
                        handle: string;
                        id: string;
                        name: string;
                        parentId: string | null;
                        /** @description Products in this category and its descendants */
                        productsUrl: string;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getStoreCollections: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description One page of collections */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            description: string;
                            handle: string;
                            id: string;
                            /** @description Published products of this collection, in curated order */
                            productsUrl: string;
                            title: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getStoreCollectionsByHandle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The collection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        handle: string;
                        id: string;
                        /** @description Published products of this collection, in curated order */
                        productsUrl: string;
                        title: string;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getStoreGraphql: {
        parameters: {
            query?: {
                /** @description JSON: `{"persistedQuery":{"version":1,"sha256Hash":"…"}}` */
                extensions?: string;
                /** @description Which operation of the document to run */
                operationName?: string;
                /** @description The GraphQL document, a query only (omit to use a persisted query by its hash) */
                query?: string;
                /** @description JSON object */
                variables?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The result (field errors, if any, in `errors`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: unknown;
                        errors?: {
                            extensions: {
                                /** @description The REST problem code */
                                code: string;
                                errors?: {
                                    message: string;
                                    path: string;
                                }[];
                            };
                            locations?: {
                                column: number;
                                line: number;
                            }[];
                            message: string;
                            path?: (string | number)[];
                        }[];
                    };
                };
            };
            /** @description The query was refused before it ran (GraphQL errors), or the request itself is malformed (a problem document) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"] | {
                        data?: unknown;
                        errors?: {
                            extensions: {
                                /** @description The REST problem code */
                                code: string;
                                errors?: {
                                    message: string;
                                    path: string;
                                }[];
                            };
                            locations?: {
                                column: number;
                                line: number;
                            }[];
                            message: string;
                            path?: (string | number)[];
                        }[];
                    };
                };
            };
        };
    };
    postStoreGraphql: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One GraphQL request; an array of requests (batching) is refused */
        requestBody: {
            content: {
                "application/json": {
                    extensions?: {
                        persistedQuery?: {
                            sha256Hash: string;
                            /** @enum {number} */
                            version: 1;
                        };
                    };
                    operationName?: string | null;
                    /** @description The GraphQL document (omit to use a persisted query by its hash) */
                    query?: string;
                    variables?: {
                        [key: string]: unknown;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The result (field errors, if any, in `errors`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: unknown;
                        errors?: {
                            extensions: {
                                /** @description The REST problem code */
                                code: string;
                                errors?: {
                                    message: string;
                                    path: string;
                                }[];
                            };
                            locations?: {
                                column: number;
                                line: number;
                            }[];
                            message: string;
                            path?: (string | number)[];
                        }[];
                    };
                };
            };
            /** @description The query was refused before it ran (GraphQL errors), or the request itself is malformed (a problem document) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"] | {
                        data?: unknown;
                        errors?: {
                            extensions: {
                                /** @description The REST problem code */
                                code: string;
                                errors?: {
                                    message: string;
                                    path: string;
                                }[];
                            };
                            locations?: {
                                column: number;
                                line: number;
                            }[];
                            message: string;
                            path?: (string | number)[];
                        }[];
                    };
                };
            };
        };
    };
    getStoreMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: the signed-in customer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        firstName: string | null;
                        id: string;
                        lastName: string | null;
                        phone: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    patchStoreMe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    firstName?: string | null;
                    lastName?: string | null;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: update your name or phone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        firstName: string | null;
                        id: string;
                        lastName: string | null;
                        phone: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
        };
    };
    getStoreMeAddresses: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: your addresses, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address1: string;
                            address2: string | null;
                            city: string;
                            company: string | null;
                            countryCode: string;
                            /** Format: date-time */
                            createdAt: string;
                            firstName: string | null;
                            id: string;
                            lastName: string | null;
                            phone: string | null;
                            postalCode: string | null;
                            province: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postStoreMeAddresses: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address1: string;
                    address2?: string | null;
                    city: string;
                    company?: string | null;
                    /** @description ISO 3166-1 alpha-2; stored upper case */
                    countryCode: string;
                    firstName?: string | null;
                    lastName?: string | null;
                    phone?: string | null;
                    postalCode?: string | null;
                    province?: string | null;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: add an address */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address1: string;
                        address2: string | null;
                        city: string;
                        company: string | null;
                        countryCode: string;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string | null;
                        id: string;
                        lastName: string | null;
                        phone: string | null;
                        postalCode: string | null;
                        province: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
        };
    };
    getStoreMeAddressesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: one of your addresses (404 for anyone else's) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address1: string;
                        address2: string | null;
                        city: string;
                        company: string | null;
                        countryCode: string;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string | null;
                        id: string;
                        lastName: string | null;
                        phone: string | null;
                        postalCode: string | null;
                        province: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
        };
    };
    deleteStoreMeAddressesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content: done (delete one of your addresses) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchStoreMeAddressesById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address1?: string;
                    address2?: string | null;
                    city?: string;
                    company?: string | null;
                    /** @description ISO 3166-1 alpha-2; stored upper case */
                    countryCode?: string;
                    firstName?: string | null;
                    lastName?: string | null;
                    phone?: string | null;
                    postalCode?: string | null;
                    province?: string | null;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: change one of your addresses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address1: string;
                        address2: string | null;
                        city: string;
                        company: string | null;
                        countryCode: string;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string | null;
                        id: string;
                        lastName: string | null;
                        phone: string | null;
                        postalCode: string | null;
                        province: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
        };
    };
    getStoreMeCarts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description One page of open carts, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            /** Format: date-time */
                            expiresAt: string;
                            id: string;
                            /** @description Distinct lines */
                            lineCount: number;
                            /** @description Units over every line */
                            quantity: number;
                            regionId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    postStoreMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No content: done (change your password (not a commonly breached one); every other session of yours is revoked) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getStoreOrders: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: the signed-in customer's orders, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            billingAddress: {
                                [key: string]: string | null;
                            } | null;
                            canceledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            customerId: string | null;
                            discountTotal: number;
                            /** @description Sequential order number (1001, 1002, …) */
                            displayId: number;
                            email: string;
                            fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                            id: string;
                            items: {
                                canceledQuantity: number;
                                discountTotal: number;
                                fulfilledQuantity: number;
                                id: string;
                                options: {
                                    [key: string]: string;
                                };
                                productId: string;
                                quantity: number;
                                returnedQuantity: number;
                                sku: string;
                                subtotal: number;
                                taxTotal: number;
                                title: string;
                                total: number;
                                unitPrice: number;
                                variantId: string;
                                variantTitle: string;
                            }[];
                            /**
                             * OrderPayment
                             * @description Sums of the payment ledger; paymentStatus is derived from them
                             */
                            payment: {
                                authorized: number;
                                captured: number;
                                provider: string;
                                refunded: number;
                                voided: number;
                            };
                            paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                            promotionCodes: string[];
                            regionId: string | null;
                            shippingAddress: {
                                [key: string]: string | null;
                            } | null;
                            shippingMethod: {
                                amount: number;
                                name: string;
                                shippingOptionId: string;
                            } | null;
                            shippingTotal: number;
                            status: "pending" | "completed" | "canceled";
                            subtotal: number;
                            taxInclusive: boolean;
                            taxTotal: number;
                            total: number;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getStoreOrdersById: {
        parameters: {
            query?: never;
            header?: {
                /** @description A guest order's access token */
                "x-order-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An immutable snapshot of the purchase; later catalog edits never change it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billingAddress: {
                            [key: string]: string | null;
                        } | null;
                        canceledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        customerId: string | null;
                        discountTotal: number;
                        /** @description Sequential order number (1001, 1002, …) */
                        displayId: number;
                        email: string;
                        fulfillmentStatus: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "partially_returned" | "returned";
                        id: string;
                        items: {
                            canceledQuantity: number;
                            discountTotal: number;
                            fulfilledQuantity: number;
                            id: string;
                            options: {
                                [key: string]: string;
                            };
                            productId: string;
                            quantity: number;
                            returnedQuantity: number;
                            sku: string;
                            subtotal: number;
                            taxTotal: number;
                            title: string;
                            total: number;
                            unitPrice: number;
                            variantId: string;
                            variantTitle: string;
                        }[];
                        /**
                         * OrderPayment
                         * @description Sums of the payment ledger; paymentStatus is derived from them
                         */
                        payment: {
                            authorized: number;
                            captured: number;
                            provider: string;
                            refunded: number;
                            voided: number;
                        };
                        paymentStatus: "not_paid" | "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
                        promotionCodes: string[];
                        regionId: string | null;
                        shippingAddress: {
                            [key: string]: string | null;
                        } | null;
                        shippingMethod: {
                            amount: number;
                            name: string;
                            shippingOptionId: string;
                        } | null;
                        shippingTotal: number;
                        status: "pending" | "completed" | "canceled";
                        subtotal: number;
                        taxInclusive: boolean;
                        taxTotal: number;
                        total: number;
                        version: number;
                    };
                };
            };
        };
    };
    getStoreProducts: {
        parameters: {
            query?: {
                /** @description URL slug: lower-case letters, digits and single hyphens */
                category?: string;
                /** @description URL slug: lower-case letters, digits and single hyphens */
                collection?: string;
                /**
                 * @description ISO 4217 code
                 * @example EUR
                 */
                currency?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description true: also answer `total` and `facets` for the current filters (one more SQL statement) */
                facets?: boolean;
                /** @description true: only products with at least one variant that can be bought now */
                inStock?: boolean;
                /** @description Page size, 1..100 */
                limit?: number;
                /** @description Highest variant price to include, in minor units of `currency` (cents: 1999 is 19.99); needs `currency` */
                maxPrice?: number;
                /** @description Lowest variant price to include, in minor units of `currency` (cents: 1999 is 19.99); needs `currency` */
                minPrice?: number;
                /** @description Search words, matched against titles and descriptions */
                q?: string;
                /** @description relevance (needs q; the default with q) | newest (the default) | price_asc | price_desc (need currency) | title */
                sort?: "relevance" | "newest" | "price_asc" | "price_desc" | "title";
                /** @description card (default): what a product card shows; full: every variant, price and image, as the detail route */
                view?: "card" | "full";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description One page of products (cards or full), with `total` and `facets` when asked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** StoreProductFacets */
                        facets?: {
                            /** @description Matching products per category they are directly in */
                            categories: {
                                count: number;
                                handle: string;
                                name: string;
                            }[];
                            /** @description Matching products with at least one variant that can be bought now */
                            inStock: number;
                            /** @description Per option name and value, the products that would match if that value were chosen: counted with every filter except the option’s own */
                            options: {
                                name: string;
                                values: {
                                    count: number;
                                    value: string;
                                }[];
                            }[];
                            /** @description Matching products by their lowest price in `currency` (empty without `currency`) */
                            priceRanges: {
                                count: number;
                                /** @description Exclusive, minor units; null: no upper bound */
                                max: number | null;
                                /** @description Inclusive, minor units */
                                min: number;
                            }[];
                        };
                        /** @description Cards, or full products with `view=full` */
                        items: ({
                            handle: string;
                            id: string;
                            /** @description At least one variant can be bought now */
                            inStock: boolean;
                            /** @description Lowest and highest variant price per currency; only `currency` when it is given (empty when the product has no price in it) */
                            priceRanges: {
                                currency: string;
                                /** @description Highest variant price, minor units */
                                max: number;
                                /** @description Lowest variant price, minor units */
                                min: number;
                            }[];
                            /** @description The first image, or null */
                            thumbnail: {
                                alt?: string;
                                /** @description http(s) URL or data:image/ URI */
                                url: string;
                            } | null;
                            title: string;
                            variantCount: number;
                        } | {
                            categories: {
                                handle: string;
                                id: string;
                                name: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            handle: string;
                            id: string;
                            images: {
                                alt?: string;
                                /** @description http(s) URL or data:image/ URI */
                                url: string;
                            }[];
                            inStock: boolean;
                            /** @description schema.org JSON-LD (Product, or ProductGroup with hasVariant) as the storefront page embeds it; only in GET /store/products/{handle} */
                            jsonLd?: {
                                [key: string]: unknown;
                            };
                            options: {
                                name: string;
                                values: string[];
                            }[];
                            seo: {
                                description: string;
                                title: string;
                            };
                            tags: string[];
                            title: string;
                            variants: {
                                id: string;
                                inStock: boolean;
                                options: {
                                    [key: string]: string;
                                };
                                prices: {
                                    /** @description Minor units, e.g. cents */
                                    amount: number;
                                    /**
                                     * @description ISO 4217 code
                                     * @example EUR
                                     */
                                    currency: string;
                                }[];
                                sku: string;
                                title: string;
                            }[];
                        })[];
                        nextCursor: string | null;
                        /** @description With `facets=true`: every product matching the filters */
                        total?: number;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getStoreProductsByHandle: {
        parameters: {
            query?: {
                /**
                 * @description ISO 4217 code
                 * @example EUR
                 */
                currency?: string;
            };
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The product with every variant, price (narrowed to `currency` if given) and image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            handle: string;
                            id: string;
                            name: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        handle: string;
                        id: string;
                        images: {
                            alt?: string;
                            /** @description http(s) URL or data:image/ URI */
                            url: string;
                        }[];
                        inStock: boolean;
                        /** @description schema.org JSON-LD (Product, or ProductGroup with hasVariant) as the storefront page embeds it; only in GET /store/products/{handle} */
                        jsonLd?: {
                            [key: string]: unknown;
                        };
                        options: {
                            name: string;
                            values: string[];
                        }[];
                        seo: {
                            description: string;
                            title: string;
                        };
                        tags: string[];
                        title: string;
                        variants: {
                            id: string;
                            inStock: boolean;
                            options: {
                                [key: string]: string;
                            };
                            prices: {
                                /** @description Minor units, e.g. cents */
                                amount: number;
                                /**
                                 * @description ISO 4217 code
                                 * @example EUR
                                 */
                                currency: string;
                            }[];
                            sku: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Moved to the product’s current handle (Location) */
            301: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: the `If-None-Match` ETag is still current (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getStoreRegions: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Page size, 1..100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description One page of regions, in creation order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            countries: string[];
                            /**
                             * @description ISO 4217 code
                             * @example EUR
                             */
                            currency: string;
                            id: string;
                            name: string;
                            /** @description Prices in this region include tax: show them as they are; else tax is added at checkout */
                            taxInclusive: boolean;
                            /** @description Per-country rates; the country must be in `countries` */
                            taxOverrides: {
                                /**
                                 * @description An assigned ISO 3166-1 alpha-2 code, upper case (checked against the list)
                                 * @example DE
                                 */
                                country: string;
                                /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                                taxRateBps: number;
                            }[];
                            /** @description Basis points, 0..10000 (0–100 %): 1900 is 19 % */
                            taxRateBps: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postUcpCatalogLookup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required. The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`. */
                "ucp-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attribution?: {
                        [key: string]: unknown;
                    };
                    context?: {
                        [key: string]: unknown;
                    };
                    /** UcpSearchFilters */
                    filters?: {
                        /** @description One category handle */
                        categories?: string[];
                        /** @description Not applied yet: answered with a `filter_ignored` warning */
                        price?: {
                            max?: number;
                            min?: number;
                        };
                    };
                    ids: string[];
                    signals?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description A UCP protocol error (`code`, `content`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description A UCP protocol error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description OK: UCP: look up products by product or variant id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        products: {
                            categories: {
                                taxonomy: string;
                                value: string;
                            }[];
                            description: {
                                plain: string;
                            };
                            handle: string;
                            id: string;
                            media: {
                                alt_text?: string;
                                type: string;
                                url: string;
                            }[];
                            price_range: {
                                max: {
                                    amount: number;
                                    currency: string;
                                };
                                min: {
                                    amount: number;
                                    currency: string;
                                };
                            };
                            tags: string[];
                            title: string;
                            url: string;
                            variants: {
                                availability: {
                                    available: boolean;
                                    status: string;
                                };
                                description: {
                                    plain: string;
                                };
                                id: string;
                                inputs?: {
                                    id: string;
                                    match: string;
                                }[];
                                options: {
                                    label: string;
                                    name: string;
                                }[];
                                price: {
                                    amount: number;
                                    currency: string;
                                };
                                sku?: string;
                                title: string;
                                url: string;
                            }[];
                        }[];
                        ucp: {
                            capabilities: {
                                [key: string]: {
                                    version: string;
                                }[];
                            };
                            status: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    postUcpCatalogProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required. The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`. */
                "ucp-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attribution?: {
                        [key: string]: unknown;
                    };
                    context?: {
                        [key: string]: unknown;
                    };
                    /** UcpSearchFilters */
                    filters?: {
                        /** @description One category handle */
                        categories?: string[];
                        /** @description Not applied yet: answered with a `filter_ignored` warning */
                        price?: {
                            max?: number;
                            min?: number;
                        };
                    };
                    /** @description A product id or a variant id */
                    id: string;
                    preferences?: string[];
                    selected?: {
                        id?: string;
                        label: string;
                        name: string;
                    }[];
                    signals?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description A UCP protocol error (`code`, `content`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description A UCP protocol error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description OK: UCP: one product in full */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continue_url?: string;
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    } | {
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        /** UcpProduct */
                        product: {
                            categories: {
                                taxonomy: string;
                                value: string;
                            }[];
                            description: {
                                plain: string;
                            };
                            handle: string;
                            id: string;
                            media: {
                                alt_text?: string;
                                type: string;
                                url: string;
                            }[];
                            price_range: {
                                max: {
                                    amount: number;
                                    currency: string;
                                };
                                min: {
                                    amount: number;
                                    currency: string;
                                };
                            };
                            tags: string[];
                            title: string;
                            url: string;
                            variants: {
                                availability: {
                                    available: boolean;
                                    status: string;
                                };
                                description: {
                                    plain: string;
                                };
                                id: string;
                                inputs?: {
                                    id: string;
                                    match: string;
                                }[];
                                options: {
                                    label: string;
                                    name: string;
                                }[];
                                price: {
                                    amount: number;
                                    currency: string;
                                };
                                sku?: string;
                                title: string;
                                url: string;
                            }[];
                        };
                        ucp: {
                            capabilities: {
                                [key: string]: {
                                    version: string;
                                }[];
                            };
                            status: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    postUcpCatalogSearch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required. The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`. */
                "ucp-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attribution?: {
                        [key: string]: unknown;
                    };
                    context?: {
                        [key: string]: unknown;
                    };
                    /** UcpSearchFilters */
                    filters?: {
                        /** @description One category handle */
                        categories?: string[];
                        /** @description Not applied yet: answered with a `filter_ignored` warning */
                        price?: {
                            max?: number;
                            min?: number;
                        };
                    };
                    pagination?: {
                        /** @description The cursor of the previous page */
                        cursor?: string;
                        /** @default 10 */
                        limit?: number;
                    };
                    query?: string;
                    signals?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description A UCP protocol error (`code`, `content`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description A UCP protocol error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description OK: UCP: search the catalog */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        pagination: {
                            cursor?: string;
                            has_next_page: boolean;
                            total_count: number;
                        };
                        products: {
                            categories: {
                                taxonomy: string;
                                value: string;
                            }[];
                            description: {
                                plain: string;
                            };
                            handle: string;
                            id: string;
                            media: {
                                alt_text?: string;
                                type: string;
                                url: string;
                            }[];
                            price_range: {
                                max: {
                                    amount: number;
                                    currency: string;
                                };
                                min: {
                                    amount: number;
                                    currency: string;
                                };
                            };
                            tags: string[];
                            title: string;
                            url: string;
                            variants: {
                                availability: {
                                    available: boolean;
                                    status: string;
                                };
                                description: {
                                    plain: string;
                                };
                                id: string;
                                inputs?: {
                                    id: string;
                                    match: string;
                                }[];
                                options: {
                                    label: string;
                                    name: string;
                                }[];
                                price: {
                                    amount: number;
                                    currency: string;
                                };
                                sku?: string;
                                title: string;
                                url: string;
                            }[];
                        }[];
                        ucp: {
                            capabilities: {
                                [key: string]: {
                                    version: string;
                                }[];
                            };
                            status: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    postUcpCheckoutSessions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
                /** @description Required. The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`. */
                "ucp-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attribution?: {
                        [key: string]: unknown;
                    };
                    /** UcpBuyer */
                    buyer?: {
                        /** Format: email */
                        email?: string;
                        first_name?: string;
                        last_name?: string;
                        phone_number?: string;
                    };
                    context?: {
                        [key: string]: unknown;
                    };
                    /** UcpFulfillmentRequest */
                    fulfillment?: {
                        /** @description One shipping method for all lines */
                        methods?: {
                            destinations?: {
                                address_country?: string;
                                address_locality?: string;
                                address_region?: string;
                                extended_address?: string;
                                first_name?: string;
                                id?: string;
                                last_name?: string;
                                phone_number?: string;
                                postal_code?: string;
                                street_address?: string;
                            }[];
                            groups?: {
                                id?: string;
                                line_item_ids?: string[];
                                selected_option_id?: string | null;
                            }[];
                            id?: string;
                            line_item_ids?: string[];
                            selected_destination_id?: string | null;
                            type?: "shipping" | "pickup";
                        }[];
                    };
                    line_items: {
                        /** @description The line id the shop gave (update); ignored, the item id identifies the line */
                        id?: string;
                        /** UcpItemRequest */
                        item: {
                            id: string;
                            /** @description Ignored */
                            image_url?: string;
                            /** @description Ignored: the price always comes from the catalog */
                            price?: number;
                            /** @description Ignored: the title comes from the catalog */
                            title?: string;
                        };
                        parent_id?: string;
                        quantity: number;
                    }[];
                    /** UcpPaymentRequest */
                    payment?: {
                        instruments: {
                            /** UcpPostalAddress */
                            billing_address?: {
                                address_country?: string;
                                address_locality?: string;
                                address_region?: string;
                                extended_address?: string;
                                first_name?: string;
                                id?: string;
                                last_name?: string;
                                phone_number?: string;
                                postal_code?: string;
                                street_address?: string;
                            };
                            /** UcpPaymentCredential */
                            credential?: {
                                token?: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            display?: {
                                [key: string]: unknown;
                            };
                            handler_id: string;
                            id: string;
                            selected?: boolean;
                            type: string;
                        }[];
                    };
                    signals?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description A UCP protocol error (`code`, `content`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description A UCP protocol error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description No session was created; or a business outcome without a checkout (`ucp.status` = `error`, e.g. `not_found`, `item_unavailable`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continue_url?: string;
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    } | {
                        /** UcpBuyer */
                        buyer?: {
                            /** Format: email */
                            email?: string;
                            first_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        continue_url?: string;
                        currency: string;
                        expires_at?: string;
                        /** UcpFulfillment */
                        fulfillment?: {
                            methods: {
                                destinations: {
                                    address_country?: string;
                                    address_locality?: string;
                                    address_region?: string;
                                    extended_address?: string;
                                    first_name?: string;
                                    id?: string;
                                    last_name?: string;
                                    phone_number?: string;
                                    postal_code?: string;
                                    street_address?: string;
                                }[];
                                groups: {
                                    id: string;
                                    line_item_ids: string[];
                                    options: {
                                        id: string;
                                        title: string;
                                        totals: {
                                            amount: number;
                                            display_text?: string;
                                            type: string;
                                        }[];
                                    }[];
                                    selected_option_id: string | null;
                                }[];
                                id: string;
                                line_item_ids: string[];
                                selected_destination_id: string | null;
                                /** @enum {string} */
                                type: "shipping";
                            }[];
                        };
                        id: string;
                        line_items: {
                            id: string;
                            /** UcpItem */
                            item: {
                                id: string;
                                image_url?: string;
                                price: number;
                                title: string;
                            };
                            quantity: number;
                            totals: {
                                amount: number;
                                display_text?: string;
                                type: string;
                            }[];
                        }[];
                        links: {
                            title?: string;
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        order?: {
                            id: string;
                            label: string;
                            permalink_url: string;
                        };
                        payment?: {
                            instruments: {
                                [key: string]: unknown;
                            }[];
                        };
                        status: "incomplete" | "ready_for_complete" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text?: string;
                            type: string;
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
            /** @description The session, priced by the shop */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** UcpBuyer */
                        buyer?: {
                            /** Format: email */
                            email?: string;
                            first_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        continue_url?: string;
                        currency: string;
                        expires_at?: string;
                        /** UcpFulfillment */
                        fulfillment?: {
                            methods: {
                                destinations: {
                                    address_country?: string;
                                    address_locality?: string;
                                    address_region?: string;
                                    extended_address?: string;
                                    first_name?: string;
                                    id?: string;
                                    last_name?: string;
                                    phone_number?: string;
                                    postal_code?: string;
                                    street_address?: string;
                                }[];
                                groups: {
                                    id: string;
                                    line_item_ids: string[];
                                    options: {
                                        id: string;
                                        title: string;
                                        totals: {
                                            amount: number;
                                            display_text?: string;
                                            type: string;
                                        }[];
                                    }[];
                                    selected_option_id: string | null;
                                }[];
                                id: string;
                                line_item_ids: string[];
                                selected_destination_id: string | null;
                                /** @enum {string} */
                                type: "shipping";
                            }[];
                        };
                        id: string;
                        line_items: {
                            id: string;
                            /** UcpItem */
                            item: {
                                id: string;
                                image_url?: string;
                                price: number;
                                title: string;
                            };
                            quantity: number;
                            totals: {
                                amount: number;
                                display_text?: string;
                                type: string;
                            }[];
                        }[];
                        links: {
                            title?: string;
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        order?: {
                            id: string;
                            label: string;
                            permalink_url: string;
                        };
                        payment?: {
                            instruments: {
                                [key: string]: unknown;
                            }[];
                        };
                        status: "incomplete" | "ready_for_complete" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text?: string;
                            type: string;
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    getUcpCheckoutSessionsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required. The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`. */
                "ucp-agent"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A UCP protocol error (`code`, `content`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description A UCP protocol error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description The session; or a business outcome without a checkout (`ucp.status` = `error`, e.g. `not_found`, `item_unavailable`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continue_url?: string;
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    } | {
                        /** UcpBuyer */
                        buyer?: {
                            /** Format: email */
                            email?: string;
                            first_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        continue_url?: string;
                        currency: string;
                        expires_at?: string;
                        /** UcpFulfillment */
                        fulfillment?: {
                            methods: {
                                destinations: {
                                    address_country?: string;
                                    address_locality?: string;
                                    address_region?: string;
                                    extended_address?: string;
                                    first_name?: string;
                                    id?: string;
                                    last_name?: string;
                                    phone_number?: string;
                                    postal_code?: string;
                                    street_address?: string;
                                }[];
                                groups: {
                                    id: string;
                                    line_item_ids: string[];
                                    options: {
                                        id: string;
                                        title: string;
                                        totals: {
                                            amount: number;
                                            display_text?: string;
                                            type: string;
                                        }[];
                                    }[];
                                    selected_option_id: string | null;
                                }[];
                                id: string;
                                line_item_ids: string[];
                                selected_destination_id: string | null;
                                /** @enum {string} */
                                type: "shipping";
                            }[];
                        };
                        id: string;
                        line_items: {
                            id: string;
                            /** UcpItem */
                            item: {
                                id: string;
                                image_url?: string;
                                price: number;
                                title: string;
                            };
                            quantity: number;
                            totals: {
                                amount: number;
                                display_text?: string;
                                type: string;
                            }[];
                        }[];
                        links: {
                            title?: string;
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        order?: {
                            id: string;
                            label: string;
                            permalink_url: string;
                        };
                        payment?: {
                            instruments: {
                                [key: string]: unknown;
                            }[];
                        };
                        status: "incomplete" | "ready_for_complete" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text?: string;
                            type: string;
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    putUcpCheckoutSessionsById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
                /** @description Required. The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`. */
                "ucp-agent"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attribution?: {
                        [key: string]: unknown;
                    };
                    /** UcpBuyer */
                    buyer?: {
                        /** Format: email */
                        email?: string;
                        first_name?: string;
                        last_name?: string;
                        phone_number?: string;
                    };
                    context?: {
                        [key: string]: unknown;
                    };
                    /** UcpFulfillmentRequest */
                    fulfillment?: {
                        /** @description One shipping method for all lines */
                        methods?: {
                            destinations?: {
                                address_country?: string;
                                address_locality?: string;
                                address_region?: string;
                                extended_address?: string;
                                first_name?: string;
                                id?: string;
                                last_name?: string;
                                phone_number?: string;
                                postal_code?: string;
                                street_address?: string;
                            }[];
                            groups?: {
                                id?: string;
                                line_item_ids?: string[];
                                selected_option_id?: string | null;
                            }[];
                            id?: string;
                            line_item_ids?: string[];
                            selected_destination_id?: string | null;
                            type?: "shipping" | "pickup";
                        }[];
                    };
                    /** @description Deprecated: the id is in the path */
                    id?: string;
                    line_items: {
                        /** @description The line id the shop gave (update); ignored, the item id identifies the line */
                        id?: string;
                        /** UcpItemRequest */
                        item: {
                            id: string;
                            /** @description Ignored */
                            image_url?: string;
                            /** @description Ignored: the price always comes from the catalog */
                            price?: number;
                            /** @description Ignored: the title comes from the catalog */
                            title?: string;
                        };
                        parent_id?: string;
                        quantity: number;
                    }[];
                    /** UcpPaymentRequest */
                    payment?: {
                        instruments: {
                            /** UcpPostalAddress */
                            billing_address?: {
                                address_country?: string;
                                address_locality?: string;
                                address_region?: string;
                                extended_address?: string;
                                first_name?: string;
                                id?: string;
                                last_name?: string;
                                phone_number?: string;
                                postal_code?: string;
                                street_address?: string;
                            };
                            /** UcpPaymentCredential */
                            credential?: {
                                token?: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            display?: {
                                [key: string]: unknown;
                            };
                            handler_id: string;
                            id: string;
                            selected?: boolean;
                            type: string;
                        }[];
                    };
                    signals?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description A UCP protocol error (`code`, `content`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description A UCP protocol error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description The updated session; or a business outcome without a checkout (`ucp.status` = `error`, e.g. `not_found`, `item_unavailable`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continue_url?: string;
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    } | {
                        /** UcpBuyer */
                        buyer?: {
                            /** Format: email */
                            email?: string;
                            first_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        continue_url?: string;
                        currency: string;
                        expires_at?: string;
                        /** UcpFulfillment */
                        fulfillment?: {
                            methods: {
                                destinations: {
                                    address_country?: string;
                                    address_locality?: string;
                                    address_region?: string;
                                    extended_address?: string;
                                    first_name?: string;
                                    id?: string;
                                    last_name?: string;
                                    phone_number?: string;
                                    postal_code?: string;
                                    street_address?: string;
                                }[];
                                groups: {
                                    id: string;
                                    line_item_ids: string[];
                                    options: {
                                        id: string;
                                        title: string;
                                        totals: {
                                            amount: number;
                                            display_text?: string;
                                            type: string;
                                        }[];
                                    }[];
                                    selected_option_id: string | null;
                                }[];
                                id: string;
                                line_item_ids: string[];
                                selected_destination_id: string | null;
                                /** @enum {string} */
                                type: "shipping";
                            }[];
                        };
                        id: string;
                        line_items: {
                            id: string;
                            /** UcpItem */
                            item: {
                                id: string;
                                image_url?: string;
                                price: number;
                                title: string;
                            };
                            quantity: number;
                            totals: {
                                amount: number;
                                display_text?: string;
                                type: string;
                            }[];
                        }[];
                        links: {
                            title?: string;
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        order?: {
                            id: string;
                            label: string;
                            permalink_url: string;
                        };
                        payment?: {
                            instruments: {
                                [key: string]: unknown;
                            }[];
                        };
                        status: "incomplete" | "ready_for_complete" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text?: string;
                            type: string;
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    postUcpCheckoutSessionsByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
                /** @description Required. The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`. */
                "ucp-agent"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A UCP protocol error (`code`, `content`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description A UCP protocol error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description The canceled session; or a business outcome without a checkout (`ucp.status` = `error`, e.g. `not_found`, `item_unavailable`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continue_url?: string;
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    } | {
                        /** UcpBuyer */
                        buyer?: {
                            /** Format: email */
                            email?: string;
                            first_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        continue_url?: string;
                        currency: string;
                        expires_at?: string;
                        /** UcpFulfillment */
                        fulfillment?: {
                            methods: {
                                destinations: {
                                    address_country?: string;
                                    address_locality?: string;
                                    address_region?: string;
                                    extended_address?: string;
                                    first_name?: string;
                                    id?: string;
                                    last_name?: string;
                                    phone_number?: string;
                                    postal_code?: string;
                                    street_address?: string;
                                }[];
                                groups: {
                                    id: string;
                                    line_item_ids: string[];
                                    options: {
                                        id: string;
                                        title: string;
                                        totals: {
                                            amount: number;
                                            display_text?: string;
                                            type: string;
                                        }[];
                                    }[];
                                    selected_option_id: string | null;
                                }[];
                                id: string;
                                line_item_ids: string[];
                                selected_destination_id: string | null;
                                /** @enum {string} */
                                type: "shipping";
                            }[];
                        };
                        id: string;
                        line_items: {
                            id: string;
                            /** UcpItem */
                            item: {
                                id: string;
                                image_url?: string;
                                price: number;
                                title: string;
                            };
                            quantity: number;
                            totals: {
                                amount: number;
                                display_text?: string;
                                type: string;
                            }[];
                        }[];
                        links: {
                            title?: string;
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        order?: {
                            id: string;
                            label: string;
                            permalink_url: string;
                        };
                        payment?: {
                            instruments: {
                                [key: string]: unknown;
                            }[];
                        };
                        status: "incomplete" | "ready_for_complete" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text?: string;
                            type: string;
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    postUcpCheckoutSessionsByIdComplete: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: a repeated request with the same key and body gets the stored answer (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).
                 * @example 3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d
                 */
                "idempotency-key"?: string;
                /** @description Required. The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`. */
                "ucp-agent"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attribution?: {
                        [key: string]: unknown;
                    };
                    /** UcpPaymentRequest */
                    payment: {
                        instruments: {
                            /** UcpPostalAddress */
                            billing_address?: {
                                address_country?: string;
                                address_locality?: string;
                                address_region?: string;
                                extended_address?: string;
                                first_name?: string;
                                id?: string;
                                last_name?: string;
                                phone_number?: string;
                                postal_code?: string;
                                street_address?: string;
                            };
                            /** UcpPaymentCredential */
                            credential?: {
                                token?: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            display?: {
                                [key: string]: unknown;
                            };
                            handler_id: string;
                            id: string;
                            selected?: boolean;
                            type: string;
                        }[];
                    };
                    signals?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description A UCP protocol error (`code`, `content`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description A UCP protocol error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description The completed session with its order, or the open session with messages; or a business outcome without a checkout (`ucp.status` = `error`, e.g. `not_found`, `item_unavailable`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continue_url?: string;
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    } | {
                        /** UcpBuyer */
                        buyer?: {
                            /** Format: email */
                            email?: string;
                            first_name?: string;
                            last_name?: string;
                            phone_number?: string;
                        };
                        continue_url?: string;
                        currency: string;
                        expires_at?: string;
                        /** UcpFulfillment */
                        fulfillment?: {
                            methods: {
                                destinations: {
                                    address_country?: string;
                                    address_locality?: string;
                                    address_region?: string;
                                    extended_address?: string;
                                    first_name?: string;
                                    id?: string;
                                    last_name?: string;
                                    phone_number?: string;
                                    postal_code?: string;
                                    street_address?: string;
                                }[];
                                groups: {
                                    id: string;
                                    line_item_ids: string[];
                                    options: {
                                        id: string;
                                        title: string;
                                        totals: {
                                            amount: number;
                                            display_text?: string;
                                            type: string;
                                        }[];
                                    }[];
                                    selected_option_id: string | null;
                                }[];
                                id: string;
                                line_item_ids: string[];
                                selected_destination_id: string | null;
                                /** @enum {string} */
                                type: "shipping";
                            }[];
                        };
                        id: string;
                        line_items: {
                            id: string;
                            /** UcpItem */
                            item: {
                                id: string;
                                image_url?: string;
                                price: number;
                                title: string;
                            };
                            quantity: number;
                            totals: {
                                amount: number;
                                display_text?: string;
                                type: string;
                            }[];
                        }[];
                        links: {
                            title?: string;
                            type: string;
                            url: string;
                        }[];
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        order?: {
                            id: string;
                            label: string;
                            permalink_url: string;
                        };
                        payment?: {
                            instruments: {
                                [key: string]: unknown;
                            }[];
                        };
                        status: "incomplete" | "ready_for_complete" | "completed" | "canceled";
                        totals: {
                            amount: number;
                            display_text?: string;
                            type: string;
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    getUcpOrdersById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required. The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`. */
                "ucp-agent"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A UCP protocol error (`code`, `content`) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description A UCP protocol error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited */
                        code: string;
                        content: string;
                        /** @description JSONPath of the offending field, for invalid input */
                        path?: string;
                    };
                };
            };
            /** @description The order; or `not_found` (`ucp.status` = `error`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continue_url?: string;
                        messages: {
                            code: string;
                            content: string;
                            /** @enum {string} */
                            content_type?: "plain";
                            path?: string;
                            severity?: "recoverable" | "requires_buyer_input" | "requires_buyer_review" | "unrecoverable";
                            type: "error" | "warning" | "info";
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    } | {
                        adjustments: {
                            [key: string]: unknown;
                        }[];
                        checkout_id: string;
                        currency: string;
                        fulfillment: {
                            events: {
                                [key: string]: unknown;
                            }[];
                            expectations: {
                                description?: string;
                                /** UcpAddress */
                                destination: {
                                    address_country?: string;
                                    address_locality?: string;
                                    address_region?: string;
                                    extended_address?: string;
                                    first_name?: string;
                                    id?: string;
                                    last_name?: string;
                                    phone_number?: string;
                                    postal_code?: string;
                                    street_address?: string;
                                };
                                id: string;
                                line_items: {
                                    id: string;
                                    quantity: number;
                                }[];
                                /** @enum {string} */
                                method_type: "shipping";
                            }[];
                        };
                        id: string;
                        label: string;
                        line_items: {
                            id: string;
                            /** UcpItem */
                            item: {
                                id: string;
                                image_url?: string;
                                price: number;
                                title: string;
                            };
                            quantity: {
                                fulfilled: number;
                                original: number;
                                total: number;
                            };
                            status: "processing" | "partial" | "fulfilled" | "removed";
                            totals: {
                                amount: number;
                                display_text?: string;
                                type: string;
                            }[];
                        }[];
                        permalink_url: string;
                        totals: {
                            amount: number;
                            display_text?: string;
                            type: string;
                        }[];
                        /** UcpMetadata */
                        ucp: {
                            capabilities?: {
                                [key: string]: {
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    extends?: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            payment_handlers?: {
                                [key: string]: {
                                    available_instruments?: {
                                        constraints?: {
                                            [key: string]: unknown;
                                        };
                                        type: string;
                                    }[];
                                    config?: {
                                        [key: string]: unknown;
                                    };
                                    id: string;
                                    schema?: string;
                                    spec?: string;
                                    version: string;
                                }[];
                            };
                            services?: {
                                [key: string]: {
                                    endpoint: string;
                                    schema: string;
                                    spec: string;
                                    /** @enum {string} */
                                    transport: "rest";
                                    version: string;
                                }[];
                            };
                            status?: "success" | "error";
                            version: string;
                        };
                    };
                };
            };
        };
    };
    postWebhooksPaymentsByProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Stripe's signature of the raw body (`t=…,v1=…`) */
                "stripe-signature"?: string;
            };
            path: {
                /** @description The provider, e.g. `stripe` */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description OK: receive a payment provider event (Stripe) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The event id was applied before; nothing was done this time */
                        duplicate: boolean;
                        /** @description What applying the event did: placed, refunded_unplaced, recorded, unchanged, ignored, duplicate */
                        outcome: string;
                        /** @enum {boolean} */
                        received: true;
                    };
                };
            };
        };
    };
    webhook_customer_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        customerId: string;
                        email: string;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "customer.created";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_inventory_level_changed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        available: number;
                        locationId: string;
                        onHand: number;
                        reserved: number;
                        variantId: string;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "inventory.level_changed";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_inventory_low_stock: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        available: number;
                        locationId: string;
                        threshold: number;
                        variantId: string;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "inventory.low_stock";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_canceled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        items: {
                            lineItemId: string;
                            quantity: number;
                        }[];
                        orderId: string;
                        whole: boolean;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "order.canceled";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_fulfilled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        fulfillmentId: string;
                        items: {
                            lineItemId: string;
                            quantity: number;
                        }[];
                        locationId: string | null;
                        orderId: string;
                        trackingNumber: string | null;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "order.fulfilled";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_payment_captured: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        /** @description Minor units (cents) */
                        amount: number;
                        currency: string;
                        orderId: string;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "order.payment_captured";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_placed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        currency: string;
                        displayId: number;
                        orderId: string;
                        /** @description Minor units (cents) */
                        total: number;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "order.placed";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_refunded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        /** @description Minor units (cents) */
                        amount: number;
                        currency: string;
                        orderId: string;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "order.refunded";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_returned: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        items: {
                            lineItemId: string;
                            quantity: number;
                        }[];
                        orderId: string;
                        restock: boolean;
                        returnId: string;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "order.returned";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_product_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        handle: string;
                        productId: string;
                        status: string;
                        title: string;
                        version: number;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "product.created";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_product_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        productId: string;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "product.deleted";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_product_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id (also `id` in the body). */
                "Stockroom-Event-Id": string;
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation. */
                "Stockroom-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: {
                        handle: string;
                        productId: string;
                        status: string;
                        title: string;
                        version: number;
                    };
                    /** @description The event id; the same on every delivery attempt (deduplicate on it) */
                    id: string;
                    /** @constant */
                    type: "product.updated";
                };
            };
        };
        responses: {
            /** @description Received: any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried with backoff for up to 3 days. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
