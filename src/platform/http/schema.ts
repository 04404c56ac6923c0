import { Type, type TSchema } from '@sinclair/typebox';

/** Schema atoms every module's request and response schemas are built from. */

/** Object options of a closed object: unknown properties are refused (S3). */
export const closed = { additionalProperties: false } as const;

/** A resource id in a path or body. */
export const Id = Type.String({ minLength: 1, maxLength: 100 });

/** An instant on the wire: ISO 8601 in UTC, as `iso()` writes it. */
export const Timestamp = Type.String({ format: 'date-time' });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The wire form of a `Timestamp` (drivers hand raw-SQL timestamps back as Date or string). */
export function iso(value: Date | string): string;
export function iso(value: Date | string | null): string | null;
export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
