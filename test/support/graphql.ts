import type { TestApp } from './app.ts';

export interface GraphQLResponse<D = Record<string, unknown>> {
  status: number;
  data: D | null | undefined;
  errors:
    | { message: string; path?: (string | number)[]; extensions: { code: string; errors?: { path: string; message: string }[] } }[]
    | undefined;
  raw: string;
  headers: Record<string, unknown>;
}

export interface GraphQLCallOptions {
  token?: string | undefined;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  remoteAddress?: string;
}

/** Posts one GraphQL operation to `/store/graphql` or `/admin/graphql` through the real app. */
export async function gql<D = Record<string, unknown>>(
  t: TestApp,
  api: 'store' | 'admin',
  query: string,
  options: GraphQLCallOptions = {},
): Promise<GraphQLResponse<D>> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/${api}/graphql`,
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    payload: { query, ...(options.variables ? { variables: options.variables } : {}) },
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  const body = res.body ? res.json<{ data?: D | null; errors?: GraphQLResponse<D>['errors'] }>() : {};
  return { status: res.statusCode, data: body.data, errors: body.errors, raw: res.body, headers: res.headers };
}

/** The data of an operation that must succeed without errors. */
export async function gqlData<D = Record<string, unknown>>(
  t: TestApp,
  api: 'store' | 'admin',
  query: string,
  options: GraphQLCallOptions = {},
): Promise<D> {
  const res = await gql<D>(t, api, query, options);
  if (res.status !== 200 || res.errors || !res.data) throw new Error(`GraphQL ${api} failed: ${res.status} ${res.raw}`);
  return res.data;
}
