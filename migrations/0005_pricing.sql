-- Pricing: regions (currency, countries, tax), shipping options, promotions and their redemptions.

CREATE TABLE regions (
  id                text        PRIMARY KEY,
  name              text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  currency          text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  countries         text[]      NOT NULL,
  tax_rate_bps      integer     NOT NULL CHECK (tax_rate_bps BETWEEN 0 AND 100000),
  tax_inclusive     boolean     NOT NULL DEFAULT false,
  is_shipping_taxed boolean     NOT NULL DEFAULT true,
  -- [{country, taxRateBps}]: per-country rates within the region
  tax_overrides     jsonb       NOT NULL DEFAULT '[]'::jsonb,
  version           integer     NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX regions_countries_idx ON regions USING gin (countries);

CREATE TABLE shipping_options (
  id               text        PRIMARY KEY,
  region_id        text        NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type             text        NOT NULL CHECK (type IN ('flat', 'weight_based', 'free_over')),
  amount           integer     NOT NULL CHECK (amount >= 0),
  free_over_amount integer     CHECK (free_over_amount >= 0),
  -- [{maxGrams, amount}] ascending by maxGrams
  weight_bands     jsonb       NOT NULL DEFAULT '[]'::jsonb,
  is_active        boolean     NOT NULL DEFAULT true,
  version          integer     NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (type <> 'free_over' OR free_over_amount IS NOT NULL)
);
CREATE INDEX shipping_options_region_idx ON shipping_options (region_id, id);

CREATE TABLE promotions (
  id                 text        PRIMARY KEY,
  code               text        NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
  type               text        NOT NULL CHECK (type IN ('percentage', 'fixed', 'free_shipping')),
  value              integer     NOT NULL CHECK (value >= 0),
  currency           text        CHECK (currency ~ '^[A-Z]{3}$'),
  starts_at          timestamptz,
  ends_at            timestamptz,
  usage_limit        integer     CHECK (usage_limit >= 0),
  per_customer_limit integer     CHECK (per_customer_limit >= 1),
  min_subtotal       integer     CHECK (min_subtotal >= 0),
  product_ids        text[]      NOT NULL DEFAULT '{}',
  category_ids       text[]      NOT NULL DEFAULT '{}',
  used               integer     NOT NULL DEFAULT 0 CHECK (used >= 0),
  version            integer     NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  deleted_at         timestamptz,
  CHECK (type <> 'percentage' OR value <= 100),
  CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at),
  -- the last line of defence behind the conditional UPDATE in redeemPromotion
  CHECK (usage_limit IS NULL OR used <= usage_limit)
);
-- Codes are case-insensitive and unique among live promotions; a deleted code can be reused.
CREATE UNIQUE INDEX promotions_code_key ON promotions (lower(code)) WHERE deleted_at IS NULL;

CREATE TABLE promotion_redemptions (
  id           text        PRIMARY KEY,
  promotion_id text        NOT NULL REFERENCES promotions (id),
  -- who redeemed it: the customer, the (lower-cased) email, or both; per-customer limits count either
  customer_id  text,
  email        text,
  order_id     text        NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (promotion_id, order_id),
  CHECK (customer_id IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX promotion_redemptions_customer_idx ON promotion_redemptions (promotion_id, customer_id);
CREATE INDEX promotion_redemptions_email_idx ON promotion_redemptions (promotion_id, email);
