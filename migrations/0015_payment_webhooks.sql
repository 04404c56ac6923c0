-- Inbound payment provider webhooks (Stripe): each event id is applied once.

-- One row per provider event that was applied (or deliberately ignored). Written in the same
-- transaction as the event's effect, so a crash before commit leaves no row and the provider's
-- retry applies it; a duplicate finds the row and is acknowledged without effect.
CREATE TABLE payment_webhook_events (
  provider    text        NOT NULL,
  event_id    text        NOT NULL,
  type        text        NOT NULL,
  -- the provider's payment the event concerns (a Stripe PaymentIntent id)
  reference   text        NOT NULL,
  -- what applying it did: placed, refunded_unplaced, recorded, ignored, …
  outcome     text        NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (provider, event_id)
);

-- Webhooks find the checkout attempts of a provider payment by its reference.
CREATE INDEX checkout_attempts_reference_idx ON checkout_attempts (provider, (provider_data->>'reference'))
  WHERE provider_data ? 'reference';
