-- Money in 64 bits everywhere: the API accepts amounts up to MAX_MONEY_AMOUNT (src/platform/money.ts),
-- beyond a 32-bit integer (a price of 3,000,000,000 VND is ordinary). variant_prices.amount already is.
ALTER TABLE cart_items ALTER COLUMN unit_price TYPE bigint;
ALTER TABLE shipping_options ALTER COLUMN amount TYPE bigint, ALTER COLUMN free_over_amount TYPE bigint;
ALTER TABLE promotions ALTER COLUMN value TYPE bigint, ALTER COLUMN min_subtotal TYPE bigint;

-- A country belongs to at most one region. regions.countries stays what the API shows; this table
-- mirrors it (written in the same transaction by pricing/regions.ts), and its primary key is what
-- refuses a second region claiming a country, also when two admins save at the same moment.
CREATE TABLE region_countries (
  country   text PRIMARY KEY CHECK (country ~ '^[A-Z]{2}$'),
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE
);
CREATE INDEX region_countries_region_idx ON region_countries (region_id);
-- Regions that already overlap: the oldest keeps the country; the others must drop it on their next edit.
INSERT INTO region_countries (country, region_id)
SELECT DISTINCT ON (c.country) c.country, r.id
FROM regions r CROSS JOIN LATERAL unnest(r.countries) AS c(country)
WHERE c.country ~ '^[A-Z]{2}$'
ORDER BY c.country, r.id;
