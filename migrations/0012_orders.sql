-- Orders: checkout attempts (the recovery points of completion), orders as immutable snapshots,
-- their lines, timeline, fulfilments and returns.

-- Order numbers: a sequence never hands out a number twice (gaps from failed checkouts are fine).
CREATE SEQUENCE order_display_id_seq START WITH 1001;

-- One row per try to complete a cart. Phase 1 (reserve) writes it with the stock reservations and
-- promotion uses (all under `order_id`, the id the order will have); phase 3 (place) turns it into
-- the order. An attempt that never placed its order is undone by the recovery sweep.
CREATE TABLE checkout_attempts (
  id            text        PRIMARY KEY,
  cart_id       text        NOT NULL,
  order_id      text        NOT NULL UNIQUE,
  status        text        NOT NULL CHECK (status IN ('reserved', 'placed', 'declined', 'expired')),
  cart_hash     text        NOT NULL,
  provider      text        NOT NULL,
  -- the provider idempotency key of the authorization, derived from our ids
  provider_key  text        NOT NULL UNIQUE,
  provider_data jsonb       NOT NULL DEFAULT '{}'::jsonb,
  amount        bigint      NOT NULL CHECK (amount >= 0),
  currency      text        NOT NULL,
  -- the order to place, priced in phase 1: the order is made from this, never from the live cart
  draft         jsonb       NOT NULL,
  -- an authorization may exist at the provider and no order will take it: the sweep voids it
  needs_void    boolean     NOT NULL DEFAULT false,
  actor         text        NOT NULL,
  expires_at    timestamptz NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
-- At most one open attempt per cart: a second concurrent completion cannot hold stock twice.
CREATE UNIQUE INDEX checkout_attempts_open_cart_key ON checkout_attempts (cart_id) WHERE status = 'reserved';
CREATE INDEX checkout_attempts_open_idx ON checkout_attempts (expires_at) WHERE status = 'reserved';
CREATE INDEX checkout_attempts_void_idx ON checkout_attempts (id) WHERE needs_void;

CREATE TABLE orders (
  id                text        PRIMARY KEY,
  display_id        integer     NOT NULL UNIQUE DEFAULT nextval('order_display_id_seq'),
  -- defence in depth behind carts.completed_at: one order per cart even after keys are pruned
  cart_id           text        NOT NULL UNIQUE,
  attempt_id        text        NOT NULL UNIQUE,
  customer_id       text,
  email             text        NOT NULL,
  currency          text        NOT NULL,
  region_id         text,
  status            text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'canceled')),
  shipping_address  jsonb,
  billing_address   jsonb,
  shipping_method   jsonb,
  promotion_codes   text[]      NOT NULL DEFAULT '{}',
  tax_inclusive     boolean     NOT NULL,
  subtotal          bigint      NOT NULL,
  discount_total    bigint      NOT NULL,
  shipping_total    bigint      NOT NULL,
  tax_total         bigint      NOT NULL,
  total             bigint      NOT NULL CHECK (total >= 0),
  payment_provider  text        NOT NULL,
  -- guest orders: sha256 of the access token returned once at completion
  access_token_hash text,
  version           integer     NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  canceled_at       timestamptz
);
CREATE INDEX orders_customer_idx ON orders (customer_id, created_at DESC, id DESC);
CREATE INDEX orders_created_idx ON orders (created_at DESC, id DESC);
CREATE INDEX orders_email_idx ON orders (lower(email));

CREATE TABLE order_lines (
  id                 text    PRIMARY KEY,
  order_id           text    NOT NULL REFERENCES orders (id),
  position           integer NOT NULL,
  product_id         text    NOT NULL,
  variant_id         text    NOT NULL,
  title              text    NOT NULL,
  variant_title      text    NOT NULL,
  sku                text    NOT NULL,
  options            jsonb   NOT NULL DEFAULT '{}'::jsonb,
  quantity           integer NOT NULL CHECK (quantity > 0),
  unit_price         bigint  NOT NULL,
  subtotal           bigint  NOT NULL,
  discount_total     bigint  NOT NULL,
  tax_total          bigint  NOT NULL,
  total              bigint  NOT NULL,
  fulfilled_quantity integer NOT NULL DEFAULT 0 CHECK (fulfilled_quantity >= 0),
  canceled_quantity  integer NOT NULL DEFAULT 0 CHECK (canceled_quantity >= 0),
  returned_quantity  integer NOT NULL DEFAULT 0 CHECK (returned_quantity >= 0),
  -- backstops of the conditional UPDATEs in fulfilments, cancels and returns
  CHECK (fulfilled_quantity + canceled_quantity <= quantity),
  CHECK (returned_quantity <= fulfilled_quantity)
);
CREATE INDEX order_lines_order_idx ON order_lines (order_id, position);

-- The timeline: placed, payment authorized/captured/voided/refunded, fulfilled, canceled, returned, notes.
CREATE TABLE order_events (
  id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id   text        NOT NULL REFERENCES orders (id),
  type       text        NOT NULL,
  actor      text        NOT NULL,
  data       jsonb       NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_events_order_idx ON order_events (order_id, id);

CREATE TABLE order_fulfillments (
  id              text        PRIMARY KEY,
  order_id        text        NOT NULL REFERENCES orders (id),
  location_id     text,
  tracking_number text        CHECK (length(tracking_number) <= 200),
  items           jsonb       NOT NULL,
  created_by      text        NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_fulfillments_order_idx ON order_fulfillments (order_id);

CREATE TABLE order_returns (
  id            text        PRIMARY KEY,
  order_id      text        NOT NULL REFERENCES orders (id),
  items         jsonb       NOT NULL,
  restock       boolean     NOT NULL,
  refund_amount bigint      NOT NULL DEFAULT 0 CHECK (refund_amount >= 0),
  created_by    text        NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_returns_order_idx ON order_returns (order_id);

-- Money movements staff start (capture, refund, void), recorded before the provider call and
-- finished after it with the ledger row; the recovery sweep finishes any a crash left pending, with
-- the same provider key, so a movement happens once.
CREATE TABLE order_payment_operations (
  id           text        PRIMARY KEY,
  order_id     text        NOT NULL REFERENCES orders (id),
  kind         text        NOT NULL CHECK (kind IN ('capture', 'refund', 'void')),
  amount       bigint      NOT NULL CHECK (amount >= 0),
  provider_key text        NOT NULL UNIQUE,
  status       text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
  actor        text        NOT NULL,
  reason       text        CHECK (length(reason) <= 1000),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_payment_operations_order_idx ON order_payment_operations (order_id);
CREATE INDEX order_payment_operations_pending_idx ON order_payment_operations (created_at) WHERE status = 'pending';
