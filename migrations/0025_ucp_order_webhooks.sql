-- UCP order webhooks: the shop pushes the full UCP order to the agent's platform when an order placed
-- through a UCP checkout is placed and whenever it changes, through the same agent webhook endpoints
-- and events relay as ACP's. An agent's endpoint may now speak UCP (`format` 'ucp': the order as the
-- body, signed with the shop's ES256 key per RFC 9421); an agent has at most one endpoint per format.
ALTER TABLE webhook_endpoints DROP CONSTRAINT webhook_endpoints_format_check;
ALTER TABLE webhook_endpoints ADD CONSTRAINT webhook_endpoints_format_check CHECK (format IN ('stockroom', 'acp', 'ucp'));

-- The order events of 0023, for ACP and UCP sessions alike: `agents.<protocol>.order_create` when the
-- session completes, `agents.<protocol>.order_update` when its order is captured, fulfilled, canceled
-- or refunded, each in the transaction of the change. The payload names the order; each protocol's
-- delivery format renders the order as it is when it is sent. MCP sessions have no webhooks.
DROP TRIGGER agent_checkout_sessions_acp_order_create ON agent_checkout_sessions;
DROP TRIGGER outbox_events_acp_order_update ON outbox_events;
DROP FUNCTION stockroom_emit_acp_order_create();
DROP FUNCTION stockroom_emit_acp_order_update();

CREATE FUNCTION stockroom_emit_agent_order_create() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
  VALUES ('evt_' || replace(gen_random_uuid()::text, '-', ''), 'agents.' || NEW.protocol || '.order_create', NEW.order_id,
          jsonb_build_object('agentId', NEW.agent_id, 'sessionId', NEW.id, 'orderId', NEW.order_id, 'cause', 'order.placed'));
  RETURN NULL;
END $$;
CREATE TRIGGER agent_checkout_sessions_order_create AFTER UPDATE OF status ON agent_checkout_sessions
  FOR EACH ROW WHEN (NEW.status = 'completed' AND OLD.status <> 'completed' AND NEW.protocol IN ('acp', 'ucp') AND NEW.order_id IS NOT NULL)
  EXECUTE FUNCTION stockroom_emit_agent_order_create();

CREATE FUNCTION stockroom_emit_agent_order_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
  SELECT 'evt_' || replace(gen_random_uuid()::text, '-', ''), 'agents.' || s.protocol || '.order_update', s.order_id,
         jsonb_build_object('agentId', s.agent_id, 'sessionId', s.id, 'orderId', s.order_id, 'cause', NEW.type)
  FROM agent_checkout_sessions s
  WHERE s.order_id = NEW.payload->>'orderId' AND s.protocol IN ('acp', 'ucp') AND s.status = 'completed';
  RETURN NULL;
END $$;
CREATE TRIGGER outbox_events_agent_order_update AFTER INSERT ON outbox_events
  FOR EACH ROW WHEN (NEW.type IN ('order.payment_captured', 'order.fulfilled', 'order.canceled', 'order.refunded'))
  EXECUTE FUNCTION stockroom_emit_agent_order_update();
