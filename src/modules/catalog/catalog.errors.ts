import { BadRequest, Conflict, NotFound, type FieldError } from '../../platform/errors.ts';
import { pgErrorCode } from '../../platform/db/index.ts';

/** A product handle (or a category/collection handle) already belongs to another record. */
export class HandleTaken extends Conflict {
  override readonly code = 'handle_taken';
  override readonly title = 'This handle is already in use';
  constructor(path: string, handle: string) {
    super({ detail: `The handle "${handle}" is taken.`, errors: [{ path, message: 'is already in use' }] });
  }
}

/** A SKU already belongs to another live variant. */
export class SkuTaken extends Conflict {
  override readonly code = 'sku_taken';
  override readonly title = 'This SKU is already in use';
  constructor(errors: FieldError[]) {
    super({ detail: 'Every SKU must be unique across the catalog.', errors });
  }
}

export class ProductNotFound extends NotFound {
  constructor() {
    super({ detail: 'There is no such product.' });
  }
}

/** Collects field errors and throws them together as one 400 validation_failed. */
export class FieldErrors {
  readonly list: FieldError[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new BadRequest({ detail: 'Some fields are invalid.', errors: this.list });
  }
}

/** The name of the unique index a statement violated (23505), looking through Drizzle's wrapping. */
export function violatedConstraint(error: unknown): string | undefined {
  if (pgErrorCode(error) !== '23505') return undefined;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const c = current as { constraint?: unknown; cause?: unknown };
    if (typeof c.constraint === 'string') return c.constraint;
    current = c.cause;
  }
  return undefined;
}
