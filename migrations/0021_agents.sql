-- Agentic commerce: AI shopping agents as principals, and the checkout sessions they open.

-- An agent an owner registered. It authenticates with a bearer key (stored only as its SHA-256 hash,
-- shown once) and/or signs requests with one of its public keys (JWK, for UCP's HTTP message
-- signatures). `protocols` lists what it may speak ('acp', 'ucp', 'mcp'); a disabled agent is refused.
CREATE TABLE agents (
  id                    text        PRIMARY KEY,
  name                  text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  protocols             text[]      NOT NULL,
  key_hash              text        UNIQUE,
  public_keys           jsonb       NOT NULL DEFAULT '[]'::jsonb,
  rate_limit_per_minute integer     NOT NULL CHECK (rate_limit_per_minute BETWEEN 1 AND 100000),
  disabled_at           timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);

-- One checkout session of one agent, mapped onto one Stockroom cart (a guest cart the agent never
-- sees by id). Every read and write is scoped by agent_id, so an agent never reaches another's.
CREATE TABLE agent_checkout_sessions (
  id          text        PRIMARY KEY,
  agent_id    text        NOT NULL REFERENCES agents (id),
  protocol    text        NOT NULL CHECK (protocol IN ('acp', 'ucp', 'mcp')),
  cart_id     text        NOT NULL UNIQUE,
  status      text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'canceled')),
  order_id    text,
  buyer       jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agent_checkout_sessions_agent_idx ON agent_checkout_sessions (agent_id, created_at DESC, id DESC);
