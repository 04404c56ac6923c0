import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { Page, PageQuery } from '../../platform/http/pagination.ts';
import { expectedVersion, setEtag } from '../../platform/http/versioning.ts';
import {
  AdminProductsQuery,
  Category,
  CategoryCreateBody,
  CategoryPatchBody,
  Collection,
  CollectionCreateBody,
  CollectionPatchBody,
  IdParams,
  Product,
  ProductCreateBody,
  ProductPatchBody,
  VariantCreateBody,
  VariantParams,
  VariantPriceBody,
  VariantPriceParams,
  VariantPatchBody,
} from './catalog.schemas.ts';
import { createProduct, deleteProduct, getProduct, listAdminProducts, updateProduct } from './products.ts';
import { addVariant, removeVariant, removeVariantPrice, setVariantPrice, updateVariant } from './variants.ts';
import { createCategory, deleteCategory, getCategory, listCategories, updateCategory } from './categories.ts';
import { createCollection, deleteCollection, getCollection, listCollections, updateCollection } from './collections.ts';

const products = ['Admin: products'];
const taxonomy = ['Admin: categories and collections'];
const read = { permission: 'products:read' } as const;
const write = { permission: 'products:write' } as const;
const NoContent = Type.Null({ description: 'No content' });

/** Admin REST routes of the catalog: products and variants, categories, collections. */
export const catalogAdminRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.get(
    '/admin/products',
    {
      config: read,
      schema: {
        tags: products,
        summary: 'List products (drafts too), newest first',
        querystring: AdminProductsQuery,
        response: { 200: Page(Product, 'Product') },
      },
    },
    async (req) => listAdminProducts(db, req.query),
  );

  app.post(
    '/admin/products',
    {
      config: write,
      schema: {
        tags: products,
        summary: 'Create a product with its options, variants, prices and images',
        body: ProductCreateBody,
        response: { 201: Product },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const product = await createProduct(tx, req.body);
        setEtag(reply, product.id, product.version);
        reply.header('location', `/admin/products/${product.id}`);
        reply.code(201);
        return product;
      }),
  );

  app.get(
    '/admin/products/:id',
    {
      config: read,
      schema: { tags: products, summary: 'One product with its version (ETag)', params: IdParams, response: { 200: Product } },
    },
    async (req, reply) => {
      const product = await getProduct(db, req.params.id);
      setEtag(reply, product.id, product.version);
      return product;
    },
  );

  app.patch(
    '/admin/products/:id',
    {
      config: write,
      schema: {
        tags: products,
        summary: 'Update a product; `variants`, when sent, is the full list (with `id` = update, without = create, left out = delete)',
        description: 'Send `If-Match` with the ETag you read: a stale one answers 412. A changed handle keeps the old one as a 301.',
        params: IdParams,
        body: ProductPatchBody,
        response: { 200: Product },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const product = await updateProduct(tx, req.params.id, req.body, expected);
        setEtag(reply, product.id, product.version);
        return product;
      });
    },
  );

  app.delete(
    '/admin/products/:id',
    {
      config: write,
      schema: {
        tags: products,
        summary: 'Delete a product (it leaves the store at once; orders keep their snapshots)',
        params: IdParams,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await deleteProduct(tx, req.params.id, expected);
        reply.code(204);
        return null;
      });
    },
  );

  app.post(
    '/admin/products/:id/variants',
    {
      config: write,
      schema: {
        tags: products,
        summary: 'Add a variant; answers with the whole product',
        params: IdParams,
        body: VariantCreateBody,
        response: { 201: Product },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const product = await addVariant(tx, req.params.id, req.body, expected);
        setEtag(reply, product.id, product.version);
        reply.code(201);
        return product;
      });
    },
  );

  app.patch(
    '/admin/products/:id/variants/:variantId',
    {
      config: write,
      schema: {
        tags: products,
        summary: 'Change a variant; answers with the whole product',
        description:
          'Only the fields sent change. `prices`, when sent, replaces the variant’s whole price list: a currency left out is deleted. To set or delete one currency’s price and keep the others, use `PUT`/`DELETE /admin/products/{id}/variants/{variantId}/prices/{currency}`.',
        params: VariantParams,
        body: VariantPatchBody,
        response: { 200: { ...Product, description: 'The whole product after the change' } },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const product = await updateVariant(tx, req.params.id, req.params.variantId, req.body, expected);
        setEtag(reply, product.id, product.version);
        return product;
      });
    },
  );

  app.put(
    '/admin/products/:id/variants/:variantId/prices/:currency',
    {
      config: write,
      schema: {
        tags: products,
        summary: 'Set one currency’s price of a variant; its other prices stay',
        description: 'Creates or replaces the price in `currency` (minor units). Honours `If-Match` like the other product writes.',
        params: VariantPriceParams,
        body: VariantPriceBody,
        response: { 200: { ...Product, description: 'The whole product after the change' } },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const price = { currency: req.params.currency, amount: req.body.amount };
        const product = await setVariantPrice(tx, req.params.id, req.params.variantId, price, expected);
        setEtag(reply, product.id, product.version);
        return product;
      });
    },
  );

  app.delete(
    '/admin/products/:id/variants/:variantId/prices/:currency',
    {
      config: write,
      schema: {
        tags: products,
        summary: 'Delete one currency’s price of a variant; its other prices stay',
        description: '404 when the variant has no price in `currency`. The variant can no longer be added to carts in that currency.',
        params: VariantPriceParams,
        response: { 200: { ...Product, description: 'The whole product after the change' } },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const product = await removeVariantPrice(tx, req.params.id, req.params.variantId, req.params.currency, expected);
        setEtag(reply, product.id, product.version);
        return product;
      });
    },
  );

  app.delete(
    '/admin/products/:id/variants/:variantId',
    {
      config: write,
      schema: {
        tags: products,
        summary: 'Delete a variant; answers with the whole product',
        params: VariantParams,
        response: { 200: Product },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const product = await removeVariant(tx, req.params.id, req.params.variantId, expected);
        setEtag(reply, product.id, product.version);
        return product;
      });
    },
  );

  // Categories

  app.get(
    '/admin/categories',
    {
      config: read,
      schema: { tags: taxonomy, summary: 'List categories', querystring: PageQuery, response: { 200: Page(Category, 'Category') } },
    },
    async (req) => listCategories(db, req.query.limit ?? 20, req.query.cursor),
  );

  app.post(
    '/admin/categories',
    {
      config: write,
      schema: {
        tags: taxonomy,
        summary: 'Create a category (optionally under `parentId`)',
        body: CategoryCreateBody,
        response: { 201: Category },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const category = await createCategory(tx, req.body);
        setEtag(reply, category.id, category.version);
        reply.code(201);
        return category;
      }),
  );

  app.get(
    '/admin/categories/:id',
    {
      config: read,
      schema: { tags: taxonomy, summary: 'One category', params: IdParams, response: { 200: Category } },
    },
    async (req, reply) => {
      const category = await getCategory(db, req.params.id);
      setEtag(reply, category.id, category.version);
      return category;
    },
  );

  app.patch(
    '/admin/categories/:id',
    {
      config: write,
      schema: {
        tags: taxonomy,
        summary: 'Update or move a category (no cycles)',
        params: IdParams,
        body: CategoryPatchBody,
        response: { 200: Category },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const category = await updateCategory(tx, req.params.id, req.body, expected);
        setEtag(reply, category.id, category.version);
        return category;
      });
    },
  );

  app.delete(
    '/admin/categories/:id',
    {
      config: write,
      schema: { tags: taxonomy, summary: 'Delete a category that has no children', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await deleteCategory(tx, req.params.id, expected);
        reply.code(204);
        return null;
      });
    },
  );

  // Collections

  app.get(
    '/admin/collections',
    {
      config: read,
      schema: { tags: taxonomy, summary: 'List collections', querystring: PageQuery, response: { 200: Page(Collection, 'Collection') } },
    },
    async (req) => listCollections(db, req.query.limit ?? 20, req.query.cursor),
  );

  app.post(
    '/admin/collections',
    {
      config: write,
      schema: { tags: taxonomy, summary: 'Create a curated collection', body: CollectionCreateBody, response: { 201: Collection } },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const collection = await createCollection(tx, req.body);
        setEtag(reply, collection.id, collection.version);
        reply.code(201);
        return collection;
      }),
  );

  app.get(
    '/admin/collections/:id',
    {
      config: read,
      schema: { tags: taxonomy, summary: 'One collection with its products in order', params: IdParams, response: { 200: Collection } },
    },
    async (req, reply) => {
      const collection = await getCollection(db, req.params.id);
      setEtag(reply, collection.id, collection.version);
      return collection;
    },
  );

  app.patch(
    '/admin/collections/:id',
    {
      config: write,
      schema: {
        tags: taxonomy,
        summary: 'Update a collection; `productIds` replaces the curated order',
        params: IdParams,
        body: CollectionPatchBody,
        response: { 200: Collection },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const collection = await updateCollection(tx, req.params.id, req.body, expected);
        setEtag(reply, collection.id, collection.version);
        return collection;
      });
    },
  );

  app.delete(
    '/admin/collections/:id',
    {
      config: write,
      schema: { tags: taxonomy, summary: 'Delete a collection (its products stay)', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await deleteCollection(tx, req.params.id, expected);
        reply.code(204);
        return null;
      });
    },
  );
};
