-- Cache invalidation for the shop's set-up: what the storefront shows beside the catalog (shop
-- settings, regions and their countries, shipping options) is cached with the catalog (a
-- product's structured data quotes the seller's name, the region's countries and its cheapest
-- shipping). A change to these tables notifies the same `<schema>:catalog` payload as the catalog's
-- own triggers (0018), so every process empties the same namespace when the change commits.

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['shop_settings', 'regions', 'region_countries', 'shipping_options'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION stockroom_notify_catalog()',
                   t || '_cache_write', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) '
                   'EXECUTE FUNCTION stockroom_notify_catalog()', t || '_cache_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION stockroom_notify_catalog()',
                   t || '_cache_truncate', t);
  END LOOP;
END;
$$;
