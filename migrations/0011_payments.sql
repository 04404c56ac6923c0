-- Payments: sessions, our payment ledger, and the `test` provider's own record of charges.

-- A payment session binds a provider to a cart's total at one moment: `cart_hash` is the hash of the
-- priced cart (lines, prices, address, shipping, promotions, total, currency). Completion refuses a
-- cart whose hash no longer matches, so one total is never charged for another.
CREATE TABLE payment_sessions (
  id            text        PRIMARY KEY,
  cart_id       text        NOT NULL,
  provider      text        NOT NULL,
  amount        bigint      NOT NULL CHECK (amount >= 0),
  currency      text        NOT NULL,
  cart_hash     text        NOT NULL,
  -- what the client needs (e.g. a client secret); answered by POST /store/carts/:id/payment
  client_data   jsonb       NOT NULL DEFAULT '{}'::jsonb,
  -- what only the provider needs at authorization (never sent back)
  provider_data jsonb       NOT NULL DEFAULT '{}'::jsonb,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_sessions_cart_idx ON payment_sessions (cart_id, created_at DESC, id DESC);

-- Our payment records: an append-only ledger per order (and the checkout attempt that made it).
-- paymentStatus is derived from these sums, never stored.
CREATE TABLE payment_transactions (
  id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id           text        NOT NULL,
  attempt_id         text,
  provider           text        NOT NULL,
  kind               text        NOT NULL CHECK (kind IN ('authorization', 'capture', 'refund', 'void')),
  amount             bigint      NOT NULL CHECK (amount >= 0),
  currency           text        NOT NULL,
  provider_reference text,
  -- the provider idempotency key of the call this row records; unique, so one call is recorded once
  provider_key       text        NOT NULL UNIQUE,
  actor              text        NOT NULL,
  note               text        CHECK (length(note) <= 1000),
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_transactions_order_idx ON payment_transactions (order_id, id);

-- The `test` provider behaves like a remote one: this table is its own record, written only by it,
-- so tests can count real charges and catch a double charge.
CREATE TABLE test_provider_charges (
  id              text        PRIMARY KEY,
  idempotency_key text        NOT NULL UNIQUE,
  amount          bigint      NOT NULL CHECK (amount >= 0),
  currency        text        NOT NULL,
  card_last4      text,
  status          text        NOT NULL CHECK (status IN ('pending', 'authorized', 'captured', 'declined', 'voided')),
  decline_code    text,
  captured_amount bigint      NOT NULL DEFAULT 0 CHECK (captured_amount >= 0),
  refunded_amount bigint      NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (captured_amount <= amount),
  CHECK (refunded_amount <= captured_amount)
);

-- Captures and refunds at the test provider, one row per idempotency key (a repeat returns it).
CREATE TABLE test_provider_operations (
  idempotency_key text        PRIMARY KEY,
  charge_id       text        NOT NULL REFERENCES test_provider_charges (id),
  kind            text        NOT NULL CHECK (kind IN ('capture', 'refund')),
  amount          bigint      NOT NULL CHECK (amount > 0),
  created_at      timestamptz NOT NULL DEFAULT now()
);
