// Generated from the Stockroom OpenAPI document by `npm run client`. Do not edit by hand.

export interface paths {
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
         * @description Requires permission `products:write`.
         */
        patch: operations["patchAdminProductsByIdVariantsByVariantId"];
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
         * @description Binds the provider to the cart as it is priced now (lines, prices, address, shipping, promotions, total). If the cart changes afterwards, completion answers 409 `cart_changed` until a new session is created. Test cards (`test` provider, `data.card`): 4242424242424242 succeeds, 4000000000000002 is declined, 4000000000009995 insufficient funds, 4000000000000119 processing error (402), 4000000000000051 stalls 10 s (timeout).
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
         * @description `manual` (pay later; staff capture) and `test` (test cards) are offered in every region.
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
         * @description Empty until the cart has a shipping address in a country its region serves.
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
         * Search, filter, sort and page published products
         * @description `q` is full-text with prefix matching; `category` includes its descendants; price filters and sorts need `currency`.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Problem */
        Problem: {
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
                    permissions: ("products:read" | "products:write" | "inventory:read" | "inventory:write" | "pricing:read" | "pricing:write" | "orders:read" | "orders:write" | "customers:read" | "customers:write" | "staff:read" | "staff:write" | "api_keys:read" | "api_keys:write" | "jobs:read" | "emails:read" | "me:read" | "me:write")[];
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
                                id: string;
                                inStock: boolean;
                                manageInventory: boolean;
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
                        /** @default true */
                        manageInventory?: boolean;
                        /** @description Option name → value; every product option set once */
                        options?: {
                            [key: string]: string;
                        };
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
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
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
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
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
                        id?: string;
                        /** @default true */
                        manageInventory?: boolean;
                        /** @description Option name → value; every product option set once */
                        options?: {
                            [key: string]: string;
                        };
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
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
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
                    /** @default true */
                    manageInventory?: boolean;
                    /** @description Option name → value; every product option set once */
                    options?: {
                        [key: string]: string;
                    };
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
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
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
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
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
                    /** @default true */
                    manageInventory?: boolean;
                    /** @description Option name → value; every product option set once */
                    options?: {
                        [key: string]: string;
                    };
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
            /** @description OK: change a variant; answers with the whole product */
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
                            id: string;
                            inStock: boolean;
                            manageInventory: boolean;
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
            /** @description Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
                            discountTotal: number;
                            id: string;
                            imageUrl: string | null;
                            /** @description false when the variant was deleted, unpublished or has no price in the cart currency: the line is not priced and blocks checkout */
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
            /** @description OK: shipping options valid for the cart's address and contents, with their prices */
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
            /** @description OK: the category tree */
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
            /** @description OK: one category with breadcrumbs, children and its products link */
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
            /** @description OK: A collection and its products link */
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
                /** @description true: only products with a variant in stock */
                inStock?: boolean;
                /** @description Page size, 1..100 */
                limit?: number;
                /** @description Minor units, e.g. cents */
                maxPrice?: number;
                /** @description Minor units, e.g. cents */
                minPrice?: number;
                /** @description Search words, matched against titles and descriptions */
                q?: string;
                /** @description relevance (needs q) | newest | price_asc | price_desc (need currency) | title */
                sort?: "relevance" | "newest" | "price_asc" | "price_desc" | "title";
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
            /** @description OK: search, filter, sort and page published products */
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
                        }[];
                        nextCursor: string | null;
                    };
                };
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
            /** @description OK: A published product by handle; an old handle answers 301 to the current one */
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
        };
    };
}
