-- Catalog: products, variants, prices, categories, collections, handle redirects, import staging.
-- Products and variants are soft-deleted (deleted_at) so ids held elsewhere (carts, stock levels)
-- stay valid rows; uniqueness of handles and SKUs only applies to live rows.

CREATE TABLE categories (
  id          text PRIMARY KEY,
  parent_id   text REFERENCES categories (id),
  handle      text        NOT NULL UNIQUE,
  name        text        NOT NULL,
  description text        NOT NULL DEFAULT '',
  position    integer     NOT NULL DEFAULT 0,
  version     integer     NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX categories_parent_idx ON categories (parent_id, position, id);

CREATE TABLE collections (
  id          text PRIMARY KEY,
  handle      text        NOT NULL UNIQUE,
  title       text        NOT NULL,
  description text        NOT NULL DEFAULT '',
  version     integer     NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE products (
  id              text PRIMARY KEY,
  handle          text        NOT NULL,
  title           text        NOT NULL,
  description     text        NOT NULL DEFAULT '',
  status          text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  options         jsonb       NOT NULL DEFAULT '[]'::jsonb,  -- [{name, values[]}], ordered
  images          jsonb       NOT NULL DEFAULT '[]'::jsonb,  -- [{url, alt}], ordered
  tags            text[]      NOT NULL DEFAULT '{}',
  seo_title       text,
  seo_description text,
  version         integer     NOT NULL DEFAULT 1,
  -- Title weighs above description (A > B); 'english' stems, and prefix queries ('sho:*') match stems.
  search_vector   tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', title), 'A') ||
                    setweight(to_tsvector('english', description), 'B')) STORED,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  deleted_at      timestamptz
);
CREATE UNIQUE INDEX products_handle_live_uq ON products (handle) WHERE deleted_at IS NULL;
CREATE INDEX products_search_idx ON products USING gin (search_vector);
-- Store listing orders: newest (ids are time-ordered) and title, over published live products only.
CREATE INDEX products_published_id_idx ON products (id) WHERE status = 'published' AND deleted_at IS NULL;
CREATE INDEX products_published_title_idx ON products (title, id) WHERE status = 'published' AND deleted_at IS NULL;

-- An old handle keeps answering with a 301 to the product's current handle (never a chain).
CREATE TABLE product_handle_redirects (
  handle     text PRIMARY KEY,
  product_id text        NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX product_handle_redirects_product_idx ON product_handle_redirects (product_id);

CREATE TABLE product_variants (
  id               text PRIMARY KEY,
  product_id       text        NOT NULL REFERENCES products (id),
  sku              text        NOT NULL,
  title            text        NOT NULL,
  options          jsonb       NOT NULL DEFAULT '{}'::jsonb,  -- {optionName: value}
  position         integer     NOT NULL DEFAULT 0,
  manage_inventory boolean     NOT NULL DEFAULT true,
  allow_backorder  boolean     NOT NULL DEFAULT false,
  weight_grams     integer     NOT NULL DEFAULT 0 CHECK (weight_grams >= 0),
  -- Set by the inventory module (setVariantAvailability): some location has available > 0.
  -- in_stock is what the store shows: a backorder variant is purchasable before any level exists.
  has_stock        boolean     NOT NULL DEFAULT false,
  in_stock         boolean GENERATED ALWAYS AS (NOT manage_inventory OR allow_backorder OR has_stock) STORED,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  deleted_at       timestamptz
);
CREATE UNIQUE INDEX product_variants_sku_live_uq ON product_variants (sku) WHERE deleted_at IS NULL;
-- Each combination of option values once per product (jsonb equality ignores key order).
CREATE UNIQUE INDEX product_variants_options_live_uq ON product_variants (product_id, options) WHERE deleted_at IS NULL;
CREATE INDEX product_variants_product_idx ON product_variants (product_id, position, id);

CREATE TABLE variant_prices (
  variant_id text   NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
  currency   text   NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  amount     bigint NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (variant_id, currency)
);
CREATE INDEX variant_prices_currency_amount_idx ON variant_prices (currency, amount);

CREATE TABLE product_categories (
  product_id  text NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  category_id text NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
  PRIMARY KEY (product_id, category_id)
);
CREATE INDEX product_categories_category_idx ON product_categories (category_id, product_id);

CREATE TABLE collection_products (
  collection_id text    NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  product_id    text    NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  position      integer NOT NULL,
  PRIMARY KEY (collection_id, product_id)
);
CREATE INDEX collection_products_position_idx ON collection_products (collection_id, position, product_id);
CREATE INDEX collection_products_product_idx ON collection_products (product_id);

-- Import rows staged from the request stream, applied in batches by the catalog.import job.
CREATE TABLE catalog_import_rows (
  import_id text    NOT NULL,
  line_no   integer NOT NULL,
  handle    text    NOT NULL,
  data      jsonb   NOT NULL,
  PRIMARY KEY (import_id, line_no)
);
CREATE INDEX catalog_import_rows_handle_idx ON catalog_import_rows (import_id, handle, line_no);
