import type { FastifyBaseLogger } from 'fastify';
import { GraphQLError } from 'graphql';
import { AppError, DEFAULT_DETAILS, PROBLEM_CODES, type ProblemCode } from '../errors.ts';
import type { Phases } from '../http/idempotency.ts';
import { withTransaction } from '../db/tx.ts';
import type { Tx } from '../db/types.ts';
import type { GraphQLContext } from './types.ts';
import { loggableError, toAppError } from '../http/problem.ts';

/** A top-level error as clients see it: the REST code in `extensions.code`, never a stack or SQL. */
export interface ClientError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions: { code: ProblemCode; errors?: { path: string; message: string }[] };
}

/** An expected business outcome of a mutation, in its payload's `userErrors`. */
export interface UserError {
  code: ProblemCode;
  /** The input path (`['input', 'lines', '0', 'quantity']`), or null when no one field is at fault. */
  field: string[] | null;
  message: string;
}

/**
 * Codes that are never a mutation's business outcome: they say who the caller is, what they may do,
 * or that the server failed, so they stay top-level errors (API.md).
 */
const TOP_LEVEL_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'unauthenticated',
  'forbidden',
  'rate_limited',
  'internal_error',
  'unavailable',
  'idempotency_key_in_use',
  'idempotency_key_reused',
  'checkout_in_progress',
]);

/** graphql-js appends "Did you mean …?" to unknown names; it names schema fields, so it goes when introspection is off. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean .*\?$/s, '');
}

function messageOf(error: AppError): string {
  return error.detail ?? DEFAULT_DETAILS[error.code];
}

/**
 * Maps one GraphQL error to what a client sees. Errors graphql-js raised itself (syntax, validation,
 * limits, a bad variable) are `validation_failed`; errors a resolver threw go through the same
 * `toAppError` as REST problems, so a database fault is `internal_error` with a generic message and
 * its details only in the log.
 */
export function toClientError(error: GraphQLError, options: { suggestions: boolean; log: FastifyBaseLogger }): ClientError {
  const base = {
    ...(error.locations ? { locations: error.locations.map((l) => ({ line: l.line, column: l.column })) } : {}),
    ...(error.path ? { path: [...error.path] } : {}),
  };
  const original = error.originalError;
  if (!original || original instanceof GraphQLError) {
    const message = options.suggestions ? error.message : withoutSuggestions(error.message);
    return { message, ...base, extensions: { code: 'validation_failed' } };
  }
  const appError = toAppError(original);
  if (appError.status >= 500) options.log.error({ err: loggableError(original), graphqlPath: error.path }, 'graphql resolver failed');
  return {
    message: messageOf(appError),
    ...base,
    extensions: { code: appError.code, ...(appError.errors ? { errors: appError.errors } : {}) },
  };
}

/** Field errors' JSON pointers (`/input/lines/0`) as GraphQL paths. */
function fieldPath(pointer: string): string[] {
  return pointer.split('/').filter((part) => part.length > 0);
}

/**
 * Runs a mutation's work and puts its expected business errors in the payload, with the REST codes:
 * `{ ...result, userErrors: [] }` or `{ userErrors: [...] }`. Authentication, permission, limits and
 * internal failures are thrown on, to become top-level errors.
 */
export async function withUserErrors<T extends object>(work: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (!(error instanceof AppError) || TOP_LEVEL_CODES.has(error.code) || error.status >= 500) throw error;
    const userErrors: UserError[] =
      error.errors && error.errors.length > 0
        ? error.errors.map((e) => ({ code: error.code, field: fieldPath(e.path), message: e.message }))
        : [{ code: error.code, field: null, message: messageOf(error) }];
    return { userErrors } as Partial<T> & { userErrors: UserError[] };
  }
}

/**
 * A mutation field's work in a savepoint of the operation's transaction, its business errors in
 * `userErrors`: a failed field leaves no partial writes behind, as a failed REST request does not.
 */
export async function mutate<T extends object>(
  context: GraphQLContext,
  work: (tx: Tx) => Promise<T>,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  const tx = context.tx;
  if (!tx) throw new Error('a mutation field ran outside its operation transaction');
  return withUserErrors(() => withTransaction(tx, work));
}

/** A problem a previous request stored under its Idempotency-Key, raised again on replay. */
class StoredProblem extends AppError {
  readonly status: number;
  readonly code: ProblemCode;
  readonly title: string;
  constructor(problem: Record<string, unknown>, status: number) {
    const code = PROBLEM_CODES.find((c) => c === problem.code) ?? 'internal_error';
    const errors = Array.isArray(problem.errors) ? (problem.errors as { path: string; message: string }[]) : undefined;
    super({ detail: typeof problem.detail === 'string' ? problem.detail : undefined, ...(errors ? { errors } : {}) });
    this.status = status;
    this.code = code;
    this.title = typeof problem.title === 'string' ? problem.title : code;
  }
}

/**
 * A phased mutation field (one that calls a payment provider): `work` runs its phases through the
 * operation's `phases`, exactly as the REST route of the same service does, its business errors in
 * `userErrors`. When the operation is the replay of one with the same Idempotency-Key, the answer
 * that operation stored (its result or its problem) is given again and nothing runs; `fromStored`
 * makes the payload of a stored answer when the phases store something other than the payload (the
 * REST answer the service's last phase returns).
 */
export async function phasedField<T extends object>(
  context: GraphQLContext,
  work: (phases: Phases) => Promise<T>,
  fromStored: (body: unknown) => T = (body) => body as T,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  return withUserErrors(async () => {
    const replay = context.replay;
    if (replay) {
      if (replay.status >= 400) throw new StoredProblem((replay.body ?? {}) as Record<string, unknown>, replay.status);
      return fromStored(replay.body);
    }
    if (!context.phases) throw new Error('a phased mutation field ran without its phases');
    return work(context.phases);
  });
}
