-- Events: the relay's commit-order sequence over the outbox, webhook endpoints, their deliveries and
-- the log of every delivery attempt.

-- The feed position of an event. Outbox ids come from a sequence and are taken before commit, so
-- they are not commit order: a transaction holding id 5 may commit after one holding id 6. The relay
-- numbers committed events under one advisory lock (`sequenceOutbox`), so `seq` only ever grows in
-- the order events became visible, and a reader paging by `seq` can never skip one.
ALTER TABLE outbox_events ADD COLUMN seq bigint;
CREATE UNIQUE INDEX outbox_events_seq_idx ON outbox_events (seq);
CREATE INDEX outbox_events_unsequenced_idx ON outbox_events (id) WHERE seq IS NULL;
-- `delivered_at` now means "fanned out to the subscriptions"; the relay claims these in seq order.
CREATE INDEX outbox_events_unrelayed_idx ON outbox_events (seq) WHERE delivered_at IS NULL AND seq IS NOT NULL;
CREATE INDEX outbox_events_unrelayed_aggregate_idx ON outbox_events (aggregate_id, seq) WHERE delivered_at IS NULL;
CREATE INDEX outbox_events_type_seq_idx ON outbox_events (type, seq);

CREATE TABLE webhook_endpoints (
  id                         text        PRIMARY KEY,
  url                        text        NOT NULL CHECK (length(url) BETWEEN 1 AND 2048),
  events                     text[]      NOT NULL CHECK (cardinality(events) >= 1),
  description                text,
  enabled                    boolean     NOT NULL DEFAULT true,
  -- The signing secret (HMAC key) and, during a rotation's overlap window, the previous one.
  secret                     text        NOT NULL,
  previous_secret            text,
  previous_secret_expires_at timestamptz,
  -- Set at the first failure after a success; an endpoint failing for a whole day is disabled.
  failing_since              timestamptz,
  disabled_reason            text,
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now()
);

-- One row per (endpoint, event): the unit of retry. Claimed with FOR UPDATE SKIP LOCKED under a
-- lease (`locked_until`) and a claim token, like jobs.
CREATE TABLE webhook_deliveries (
  id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  endpoint_id          text        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_id             text        NOT NULL,
  event_seq            bigint      NOT NULL,
  aggregate_id         text,
  status               text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts             integer     NOT NULL DEFAULT 0,
  next_attempt_at      timestamptz NOT NULL DEFAULT now(),
  -- Retries stop (dead letter) three days after this: creation, or the last manual redelivery.
  retry_since          timestamptz NOT NULL DEFAULT now(),
  locked_until         timestamptz,
  claim_token          text,
  last_response_status integer,
  last_error           text,
  created_at           timestamptz NOT NULL DEFAULT now(),
  delivered_at         timestamptz,
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_order_idx ON webhook_deliveries (endpoint_id, aggregate_id, event_seq) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, status, created_at);

-- The delivery log: one row per attempt.
CREATE TABLE webhook_attempts (
  id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  delivery_id     bigint      NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  endpoint_id     text        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_id        text        NOT NULL,
  attempt         integer     NOT NULL,
  succeeded       boolean     NOT NULL,
  response_status integer,
  latency_ms      integer     NOT NULL,
  response_body   text,
  error           text,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_attempts_endpoint_idx ON webhook_attempts (endpoint_id, id);

-- inventory.level_changed and inventory.low_stock. Stock levels are written by many statements
-- (adjustments, receipts, reservations, releases, fulfilment, restocks, backorders); a row trigger
-- emits the events in the writing transaction whichever statement it was, so none is missed.
-- `available` is on_hand - reserved; low_stock fires when it falls to or below the level's threshold
-- from above it (or on a new level already at or below it).
CREATE FUNCTION stockroom_emit_inventory_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  available     integer := NEW.on_hand - NEW.reserved;
  old_available integer := CASE WHEN TG_OP = 'UPDATE' THEN OLD.on_hand - OLD.reserved END;
BEGIN
  IF (TG_OP = 'UPDATE' AND NEW.on_hand = OLD.on_hand AND NEW.reserved = OLD.reserved)
     OR (TG_OP = 'INSERT' AND NEW.on_hand = 0 AND NEW.reserved = 0) THEN
    RETURN NULL;
  END IF;
  INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
  VALUES ('evt_' || replace(gen_random_uuid()::text, '-', ''), 'inventory.level_changed', NEW.variant_id,
          jsonb_build_object('variantId', NEW.variant_id, 'locationId', NEW.location_id, 'onHand', NEW.on_hand,
                             'reserved', NEW.reserved, 'available', available));
  IF NEW.low_stock_threshold IS NOT NULL AND available <= NEW.low_stock_threshold
     AND (old_available IS NULL OR old_available > NEW.low_stock_threshold) THEN
    INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
    VALUES ('evt_' || replace(gen_random_uuid()::text, '-', ''), 'inventory.low_stock', NEW.variant_id,
            jsonb_build_object('variantId', NEW.variant_id, 'locationId', NEW.location_id, 'available', available,
                               'threshold', NEW.low_stock_threshold));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER inventory_levels_emit_events AFTER INSERT OR UPDATE OF on_hand, reserved ON inventory_levels
  FOR EACH ROW EXECUTE FUNCTION stockroom_emit_inventory_events();
