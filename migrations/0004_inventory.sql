-- Inventory: stock locations, levels per (variant, location), the stock ledger and reservations.
-- Levels are a cache of the ledger (both written in one transaction); the CHECK constraints are the
-- backstop of guarantee 1: even a logic bug cannot commit an oversell, it fails with 23514 instead.
-- variant_id is catalog's id; no foreign key across modules (catalog soft-deletes variants anyway).

CREATE TABLE stock_locations (
  id         text        PRIMARY KEY,
  name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- Allocation order: lower numbers are allocated first; ties by id.
  priority   integer     NOT NULL DEFAULT 0,
  version    integer     NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_locations_priority_idx ON stock_locations (priority, id);

INSERT INTO stock_locations (id, name, priority) VALUES ('loc_default', 'Default location', 0);

CREATE TABLE inventory_levels (
  variant_id          text        NOT NULL,
  location_id         text        NOT NULL REFERENCES stock_locations (id),
  on_hand             integer     NOT NULL DEFAULT 0,
  reserved            integer     NOT NULL DEFAULT 0,
  -- Synced from the catalog variant when the level is written; only then may reserved exceed on_hand.
  allow_backorder     boolean     NOT NULL DEFAULT false,
  low_stock_threshold integer     CHECK (low_stock_threshold >= 0),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (variant_id, location_id),
  CONSTRAINT inventory_levels_on_hand_nonnegative CHECK (on_hand >= 0),
  CONSTRAINT inventory_levels_reserved_nonnegative CHECK (reserved >= 0),
  CONSTRAINT inventory_levels_no_oversell CHECK (allow_backorder OR reserved <= on_hand)
);
CREATE INDEX inventory_levels_location_idx ON inventory_levels (location_id);

CREATE TABLE inventory_ledger (
  id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  variant_id     text        NOT NULL,
  location_id    text        NOT NULL,
  on_hand_delta  integer     NOT NULL,
  reserved_delta integer     NOT NULL,
  reason         text        NOT NULL CHECK (reason IN ('adjustment', 'reservation', 'release', 'fulfillment', 'return', 'import', 'correction')),
  actor          text        NOT NULL,
  order_id       text,
  note           text        CHECK (length(note) <= 1000),
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (on_hand_delta <> 0 OR reserved_delta <> 0)
);
CREATE INDEX inventory_ledger_variant_idx ON inventory_ledger (variant_id, id);
CREATE INDEX inventory_ledger_level_idx ON inventory_ledger (variant_id, location_id);

CREATE TABLE inventory_reservations (
  id          text        PRIMARY KEY,
  order_id    text        NOT NULL,
  variant_id  text        NOT NULL,
  location_id text        NOT NULL REFERENCES stock_locations (id),
  quantity    integer     NOT NULL CHECK (quantity > 0),
  status      text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'released', 'fulfilled')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inventory_reservations_order_idx ON inventory_reservations (order_id, variant_id);
CREATE INDEX inventory_reservations_active_level_idx ON inventory_reservations (variant_id, location_id) WHERE status = 'active';
