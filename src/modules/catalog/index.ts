import type { StockroomModule } from '../../platform/module.ts';
import { catalogRoutes } from './catalog.routes.ts';
import { catalogGraphQL } from './catalog.graphql.ts';
import { catalogAdminGraphQL } from './catalog.admin.graphql.ts';
import { bootstrapDemoCatalog, loadDemoCatalog } from './demo.ts';
import { IMPORT_JOB, runImport } from './import.ts';

/** The catalog's public surface: other modules import only from here. */
export {
  findSellableVariants,
  findVariantIdBySku,
  listVariantIds,
  setVariantAvailability,
  setVariantsAvailability,
  type SellableVariant,
} from './variants.ts';
export { findStockVariants, type StockVariant } from './stock-variants.ts';
export { findStoreProduct } from './search.ts';
export { loadProductsByIds } from './views.ts';
export { categoryTree, findStoreCategory } from './categories.ts';
export { findCollectionByHandle, listCollections } from './collections.ts';
export {
  findProductPage,
  listProductPage,
  listSitemapEntries,
  type ProductPageLookup,
  type ProductListFilter,
  type SitemapEntry,
} from './storefront-reads.ts';
export type {
  Product,
  ProductCreateBody,
  StoreProduct,
  Variant,
  Category,
  Collection,
  StoreCategory,
  CategoryNode,
} from './catalog.schemas.ts';

export const catalogModule: StockroomModule = {
  name: 'catalog',
  apiTags: {
    'Store: catalog': 'Published products, variants, prices per currency, categories and search, as shoppers see them.',
    'Admin: products': 'Products and their variants, prices and images; catalog import and export.',
    'Admin: categories and collections': 'The category tree and curated collections.',
  },
  routes: catalogRoutes,
  graphql: { ...catalogGraphQL, admin: catalogAdminGraphQL },
  jobs: { [IMPORT_JOB]: runImport },
  bootstrap: bootstrapDemoCatalog,
  commands: {
    seed: {
      summary: 'load the demo catalog (a few hundred products; safe to run twice)',
      async run(context) {
        const count = await loadDemoCatalog(context.db);
        context.print(`Demo catalog loaded: ${count} products.`);
        return 0;
      },
    },
  },
};
