-- Identity: customers and their addresses, staff, sessions, API keys, password resets, stored emails.
-- Emails are stored lower-cased, so the UNIQUE constraints make them unique case-insensitively.
-- Secrets (session tokens, API keys, reset tokens) are stored only as sha256 hex digests.

CREATE TABLE customers (
  id            text        PRIMARY KEY,
  email         text        NOT NULL UNIQUE CHECK (email = lower(email)),
  password_hash text        NOT NULL,
  first_name    text,
  last_name     text,
  phone         text,
  version       integer     NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE customer_addresses (
  id           text        PRIMARY KEY,
  customer_id  text        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  first_name   text,
  last_name    text,
  company      text,
  address1     text        NOT NULL,
  address2     text,
  city         text        NOT NULL,
  postal_code  text,
  province     text,
  country_code text        NOT NULL,
  phone        text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_addresses_customer_idx ON customer_addresses (customer_id, id);

CREATE TABLE staff (
  id            text        PRIMARY KEY,
  email         text        NOT NULL UNIQUE CHECK (email = lower(email)),
  password_hash text        NOT NULL,
  name          text,
  role          text        NOT NULL CHECK (role IN ('owner', 'admin', 'staff', 'viewer')),
  is_disabled   boolean     NOT NULL DEFAULT false,
  version       integer     NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_owners_idx ON staff (id) WHERE role = 'owner';

-- One row per login. Exactly one of customer_id / staff_id is set.
CREATE TABLE sessions (
  id          text        PRIMARY KEY,
  token_hash  text        NOT NULL UNIQUE,
  customer_id text        REFERENCES customers (id) ON DELETE CASCADE,
  staff_id    text        REFERENCES staff (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz,
  CHECK ((customer_id IS NULL) <> (staff_id IS NULL))
);
CREATE INDEX sessions_customer_idx ON sessions (customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX sessions_staff_idx ON sessions (staff_id) WHERE staff_id IS NOT NULL;

CREATE TABLE api_keys (
  id           text        PRIMARY KEY,
  name         text        NOT NULL,
  -- The first characters of the secret, so people can tell keys apart; not enough to use it.
  prefix       text        NOT NULL,
  secret_hash  text        NOT NULL UNIQUE,
  permissions  text[]      NOT NULL,
  created_by   text        REFERENCES staff (id) ON DELETE SET NULL,
  version      integer     NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);

CREATE TABLE password_reset_tokens (
  id          text        PRIMARY KEY,
  customer_id text        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  token_hash  text        NOT NULL UNIQUE,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX password_reset_tokens_customer_idx ON password_reset_tokens (customer_id);

-- Emails kept in the database when no SMTP server is configured (listed at GET /admin/emails).
CREATE TABLE emails (
  id         text        PRIMARY KEY,
  to_address text        NOT NULL,
  subject    text        NOT NULL,
  body       text        NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
