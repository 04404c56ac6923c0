-- Shop settings: one row (id = 1) that the storefront pages, their JSON-LD and GET/PATCH
-- /admin/settings read and write. Created with defaults so reading never has to insert.
CREATE TABLE shop_settings (
  id                 integer     PRIMARY KEY CHECK (id = 1),
  name               text        NOT NULL DEFAULT 'Stockroom',
  logo_url           text,
  default_region_id  text,
  -- 0 means returns are not accepted
  return_days        integer     NOT NULL DEFAULT 30 CHECK (return_days BETWEEN 0 AND 365),
  is_return_free     boolean     NOT NULL DEFAULT true,
  shipping_summary   text        NOT NULL DEFAULT '',
  handling_days_min  integer     NOT NULL DEFAULT 0 CHECK (handling_days_min BETWEEN 0 AND 60),
  handling_days_max  integer     NOT NULL DEFAULT 1 CHECK (handling_days_max BETWEEN handling_days_min AND 60),
  transit_days_min   integer     NOT NULL DEFAULT 1 CHECK (transit_days_min BETWEEN 0 AND 60),
  transit_days_max   integer     NOT NULL DEFAULT 5 CHECK (transit_days_max BETWEEN transit_days_min AND 60),
  version            integer     NOT NULL DEFAULT 1,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
INSERT INTO shop_settings (id) VALUES (1);
