import { Transform, type TransformCallback } from 'node:stream';
import { PayloadTooLarge } from '../../platform/errors.ts';

/** The longest line an import accepts; a longer one becomes a row error, never held in memory. */
export const MAX_LINE_BYTES = 64 * 1024;
/** What an over-long line is replaced with on its way to the parser (it reports it as a row error). */
export const LINE_TOO_LONG = '\u0000stockroom:line-too-long\u0000';

const NEWLINE = Buffer.from('\n');
const TOO_LONG_LINE = Buffer.from(`${LINE_TOO_LONG}\n`);

/**
 * Passes an import body through line by line, holding at most one line of `maxLineBytes`:
 * - a line longer than that is dropped as it streams and replaced by LINE_TOO_LONG (a row error
 *   downstream, with its line number, the input never echoed);
 * - a body longer than `maxBytes` in total fails the stream with 413 payload_too_large (a request
 *   without Content-Length is cut off here; one with it is refused before reading).
 */
export function limitImportBody(maxBytes: number, maxLineBytes = MAX_LINE_BYTES): Transform {
  let total = 0;
  let lineBytes = 0;
  let isTooLong = false;
  let pending: Buffer[] = [];
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      total += chunk.length;
      if (total > maxBytes) {
        done(new PayloadTooLarge({ detail: `An import body may hold at most ${maxBytes} bytes.` }));
        return;
      }
      const out: Buffer[] = [];
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf(0x0a, start);
        const piece = chunk.subarray(start, newline === -1 ? chunk.length : newline);
        lineBytes += piece.length;
        if (!isTooLong && lineBytes > maxLineBytes) {
          isTooLong = true;
          pending = [];
        }
        if (!isTooLong) pending.push(Buffer.from(piece));
        if (newline === -1) break;
        out.push(...(isTooLong ? [TOO_LONG_LINE] : [...pending, NEWLINE]));
        pending = [];
        lineBytes = 0;
        isTooLong = false;
        start = newline + 1;
      }
      if (out.length > 0) this.push(Buffer.concat(out));
      done();
    },
    flush(done: TransformCallback) {
      if (isTooLong) this.push(Buffer.from(LINE_TOO_LONG));
      else if (pending.length > 0) this.push(Buffer.concat(pending));
      done();
    },
  });
}
