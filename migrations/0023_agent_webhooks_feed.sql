-- Agentic commerce, part two: ACP order webhooks to the agent through the events relay, and the
-- stored product feed.

-- An agent's webhook is a webhook endpoint of the events module that belongs to the agent: the relay
-- delivers to it like to any other (outbox, retries, delivery log), but it receives only events about
-- the agent's own orders, in the wire format of the agent's protocol (`format`: 'acp' sends ACP's
-- `{type, data: Order}` signed with `Merchant-Signature`). The shop's own endpoints have no agent.
ALTER TABLE webhook_endpoints ADD COLUMN agent_id text REFERENCES agents (id) ON DELETE CASCADE;
ALTER TABLE webhook_endpoints ADD COLUMN format text NOT NULL DEFAULT 'stockroom' CHECK (format IN ('stockroom', 'acp'));
CREATE UNIQUE INDEX webhook_endpoints_agent_idx ON webhook_endpoints (agent_id, format) WHERE agent_id IS NOT NULL;

CREATE INDEX agent_checkout_sessions_order_idx ON agent_checkout_sessions (order_id) WHERE order_id IS NOT NULL;

-- ACP's order_create: when an ACP session completes, in the completing transaction. The payload names
-- the order; the relay renders the full ACP Order when it delivers (the protocol wants the whole order
-- as it is, not a delta), so a late retry sends the order's current state.
CREATE FUNCTION stockroom_emit_acp_order_create() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
  VALUES ('evt_' || replace(gen_random_uuid()::text, '-', ''), 'agents.acp.order_create', NEW.order_id,
          jsonb_build_object('agentId', NEW.agent_id, 'sessionId', NEW.id, 'orderId', NEW.order_id, 'cause', 'order.placed'));
  RETURN NULL;
END $$;
CREATE TRIGGER agent_checkout_sessions_acp_order_create AFTER UPDATE OF status ON agent_checkout_sessions
  FOR EACH ROW WHEN (NEW.status = 'completed' AND OLD.status <> 'completed' AND NEW.protocol = 'acp' AND NEW.order_id IS NOT NULL)
  EXECUTE FUNCTION stockroom_emit_acp_order_create();

-- ACP's order_update: whenever the order of an ACP session emits one of the order events that change
-- what the agent shows (captured, fulfilled, canceled, refunded), in the same transaction. Orders not
-- placed through ACP find no session and emit nothing.
CREATE FUNCTION stockroom_emit_acp_order_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
  SELECT 'evt_' || replace(gen_random_uuid()::text, '-', ''), 'agents.acp.order_update', s.order_id,
         jsonb_build_object('agentId', s.agent_id, 'sessionId', s.id, 'orderId', s.order_id, 'cause', NEW.type)
  FROM agent_checkout_sessions s
  WHERE s.order_id = NEW.payload->>'orderId' AND s.protocol = 'acp' AND s.status = 'completed';
  RETURN NULL;
END $$;
CREATE TRIGGER outbox_events_acp_order_update AFTER INSERT ON outbox_events
  FOR EACH ROW WHEN (NEW.type IN ('order.payment_captured', 'order.fulfilled', 'order.canceled', 'order.refunded'))
  EXECUTE FUNCTION stockroom_emit_acp_order_update();

-- The stored product feed: a gzip file per currency, rebuilt by a job on a schedule and on demand,
-- written a chunk at a time as it is built (never the whole file in memory) and served from here with
-- its hash as the ETag. A file is `building` until its last chunk is in; readers take the newest
-- `ready` one, and the one before it is kept so a download that started on it can finish.
CREATE TABLE agent_feed_files (
  id          text        PRIMARY KEY,
  currency    text        NOT NULL,
  status      text        NOT NULL DEFAULT 'building' CHECK (status IN ('building', 'ready')),
  rows        integer     NOT NULL DEFAULT 0,
  bytes       bigint      NOT NULL DEFAULT 0,
  sha256      text,
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX agent_feed_files_ready_idx ON agent_feed_files (currency, finished_at DESC) WHERE status = 'ready';

CREATE TABLE agent_feed_chunks (
  file_id text    NOT NULL REFERENCES agent_feed_files (id) ON DELETE CASCADE,
  seq     integer NOT NULL,
  data    bytea   NOT NULL,
  PRIMARY KEY (file_id, seq)
);

-- Product identifiers agent platforms match offers by: the GTIN (EAN/UPC/ISBN, 8, 12, 13 or 14
-- digits) and the manufacturer part number. Optional: most small shops have neither for every item.
ALTER TABLE product_variants ADD COLUMN gtin text CHECK (gtin ~ '^([0-9]{8}|[0-9]{12,14})$');
ALTER TABLE product_variants ADD COLUMN mpn text CHECK (length(mpn) BETWEEN 1 AND 70);

-- The shop's policy pages, which agent platforms show with its offers (the product feed's seller
-- links): absolute URLs or paths on the shop's site; null while the shop has none.
ALTER TABLE shop_settings ADD COLUMN return_policy_url text CHECK (length(return_policy_url) <= 2000);
ALTER TABLE shop_settings ADD COLUMN privacy_policy_url text CHECK (length(privacy_policy_url) <= 2000);
ALTER TABLE shop_settings ADD COLUMN terms_url text CHECK (length(terms_url) <= 2000);
