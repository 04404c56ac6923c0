-- Cache invalidation: every change to what the storefront reads of the catalog notifies channel
-- `stockroom_cache` with the payload `<schema>:catalog` (a channel spans the whole database; the
-- schema lets shops, or test files, that share one database ignore each other's changes). NOTIFY is transactional: it is delivered when the
-- writing transaction commits (never for a rolled-back one), to every process listening on this
-- database, whichever module or process made the change. Identical notifications of one
-- transaction are delivered once, so a bulk write costs one message.
--
-- Updates notify only when a row really changed (availability flips are written only when they
-- flip, so checkouts that leave a variant in stock do not empty the caches).

CREATE FUNCTION stockroom_notify_catalog() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('stockroom_cache', TG_TABLE_SCHEMA || ':catalog');
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['products', 'product_variants', 'variant_prices', 'product_categories', 'categories',
                           'collections', 'collection_products', 'product_handle_redirects'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION stockroom_notify_catalog()',
                   t || '_cache_write', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) '
                   'EXECUTE FUNCTION stockroom_notify_catalog()', t || '_cache_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION stockroom_notify_catalog()',
                   t || '_cache_truncate', t);
  END LOOP;
END;
$$;
