-- Cart: guest and customer carts and their lines. Carts never hold stock; prices on lines are the
-- catalog price when the line was last added (informational: totals always use current prices).

CREATE TABLE carts (
  id                 text        PRIMARY KEY,
  currency           text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  region_id          text        REFERENCES regions (id) ON DELETE SET NULL,
  -- NULL: a guest cart, reachable by its unguessable id; else visible only to this customer
  customer_id        text        REFERENCES customers (id) ON DELETE CASCADE,
  email              text,
  shipping_address   jsonb,
  billing_address    jsonb,
  shipping_option_id text        REFERENCES shipping_options (id) ON DELETE SET NULL,
  -- [{id, code}] in the order they were applied (the calculator applies them in this order)
  promotions         jsonb       NOT NULL DEFAULT '[]'::jsonb,
  payment_provider   text,
  payment_data       jsonb,
  version            integer     NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  -- last write + the module's idle time; an open cart past it is gone (404) and swept by a job
  expires_at         timestamptz NOT NULL,
  completed_at       timestamptz
);
CREATE INDEX carts_customer_idx ON carts (customer_id) WHERE completed_at IS NULL;
CREATE INDEX carts_expires_idx ON carts (expires_at) WHERE completed_at IS NULL;

CREATE TABLE cart_items (
  id         text        PRIMARY KEY,
  cart_id    text        NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
  -- no foreign key: a variant deleted from the catalog leaves its line, shown as unavailable
  variant_id text        NOT NULL,
  -- the per-line cap is also enforced here, behind the conditional upsert in items.ts
  quantity   integer     NOT NULL CHECK (quantity BETWEEN 1 AND 999),
  unit_price integer     NOT NULL CHECK (unit_price >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cart_id, variant_id)
);
