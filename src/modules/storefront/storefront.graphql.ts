import { Type } from '@sinclair/typebox';
import { validateInput, type GraphQLContext, type SchemaPart } from '../../platform/graphql/index.ts';
import type { StoreProduct } from '../catalog/index.ts';
import { productJsonLdFor } from './api-json-ld.ts';
import { shopData } from './shop-data.ts';

const typeDefs = /* GraphQL */ `
  extend type Product {
    """
    schema.org JSON-LD (Product, or ProductGroup with hasVariant) as the storefront page embeds it and
    GET /store/products/{handle} answers it; with currency, the offers of the region selling in it (as ?currency=).
    Meant for one product page: each product costs its own statements.
    """
    jsonLd(currency: String): JSON!
  }
`;

const JsonLdArgs = Type.Object({ currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })) }, { additionalProperties: false });

/** The storefront's share of the store schema: the product's structured data, from the REST answer's builder. */
export const storefrontStoreGraphQL: SchemaPart = {
  typeDefs,
  resolvers: {
    Product: {
      jsonLd: async (product: StoreProduct, args: { currency?: string | null }, context: GraphQLContext) => {
        const { currency } = validateInput(JsonLdArgs, args.currency == null ? {} : { currency: args.currency });
        // Uncached shop data: the schema part has no process cache; one product page's few statements.
        return productJsonLdFor(shopData(context.db, undefined), context.config, product, currency);
      },
    },
  },
};
