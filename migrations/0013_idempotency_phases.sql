-- Idempotency keys in the "atomic phases" mode: the key's row records the last committed phase
-- (its recovery point) and what later phases need to resume (e.g. the checkout attempt's id).
ALTER TABLE idempotency_keys ADD COLUMN recovery_point text;
ALTER TABLE idempotency_keys ADD COLUMN recovery_data jsonb;
