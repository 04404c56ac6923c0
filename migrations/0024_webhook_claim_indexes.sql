-- The relay's delivery claim must stay a short ordered index walk however many deliveries are
-- pending, and whatever the planner's statistics say (a burst of 100,000 events arrives far faster
-- than autovacuum re-analyzes the table, and the stale statistics said "almost empty").
--
-- 1. The due index carries the claim's whole sort key, so the claim reads deliveries in claim order
--    and stops after one batch (the relay also turns sorting off for that one statement).
-- 2. The per-endpoint index loses its `status` column: with it, a per-aggregate order probe
--    (endpoint, aggregate, status = 'pending') could pick it over webhook_deliveries_order_idx and
--    read every pending delivery of the endpoint for each candidate, quadratic in the backlog.
--    Manual redelivery (endpoint, created_at range) and endpoint deletion still use it.
DROP INDEX webhook_deliveries_due_idx;
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at, event_seq) WHERE status = 'pending';
DROP INDEX webhook_deliveries_endpoint_idx;
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at);
