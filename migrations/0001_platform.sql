-- Platform tables: idempotency keys, the transactional outbox and background jobs.

-- One row per (principal, key). Claimed as 'in_progress' before the handler runs; completed in the
-- same transaction as the handler's writes, so an effect never exists without its stored response.
CREATE TABLE idempotency_keys (
  principal        text        NOT NULL,
  key              text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
  method           text        NOT NULL,
  route            text        NOT NULL,
  fingerprint      text        NOT NULL,
  status           text        NOT NULL CHECK (status IN ('in_progress', 'completed')),
  locked_until     timestamptz NOT NULL,
  response_status  integer,
  response_body    jsonb,
  response_headers jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  completed_at     timestamptz,
  PRIMARY KEY (principal, key)
);
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);

-- Events written in the same transaction as the change they announce; a relay hands them on.
CREATE TABLE outbox_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id     text        NOT NULL UNIQUE,
  type         text        NOT NULL,
  aggregate_id text,
  payload      jsonb       NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX outbox_events_undelivered_idx ON outbox_events (id) WHERE delivered_at IS NULL;

-- Background work, claimed with FOR UPDATE SKIP LOCKED so any number of processes cooperate.
CREATE TABLE jobs (
  id           text PRIMARY KEY,
  name         text        NOT NULL,
  payload      jsonb       NOT NULL DEFAULT '{}'::jsonb,
  status       text        NOT NULL DEFAULT 'queued'
                           CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'dead')),
  progress     jsonb       NOT NULL DEFAULT '{}'::jsonb,
  result       jsonb,
  last_error   text,
  attempts     integer     NOT NULL DEFAULT 0,
  max_attempts integer     NOT NULL DEFAULT 5,
  run_at       timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  dedupe_key   text UNIQUE,
  created_by   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_runnable_idx ON jobs (run_at) WHERE status IN ('queued', 'running');
