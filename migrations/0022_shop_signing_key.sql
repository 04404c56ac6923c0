-- The shop's own signing key (ES256, P-256): it signs what Stockroom sends to agents (UCP responses)
-- and its public half is published as a JWK in the UCP business profile (/.well-known/ucp). One row,
-- created on first use; a later key gets a new kid (rotation keeps the old public key published
-- until retired_at).
CREATE TABLE shop_signing_keys (
  kid          text        PRIMARY KEY,
  public_jwk   jsonb       NOT NULL,
  private_jwk  jsonb       NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  retired_at   timestamptz
);
