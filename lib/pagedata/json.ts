/**
 * A console's own response text read as untrusted input: capped in size, parsed as JSON data
 * only (never evaluated), `__proto__` keys dropped so no object built from it can change a
 * prototype, and a number JSON cannot hold (`1e309` is Infinity) refused as malformed.
 */

import { PAGE_DATA_BODY_MAX } from './sources';

/** The largest response read, in characters; a larger one leaves the page's text to be read. */
export const PAGE_DATA_MAX_CHARS = PAGE_DATA_BODY_MAX;

export type Untrusted = { ok: true; value: unknown } | { ok: false; reason: string };

class Malformed extends Error {}

export function parseUntrusted(text: string, max = PAGE_DATA_MAX_CHARS): Untrusted {
  if (text.length > max) return { ok: false, reason: `larger than ${max} characters` };
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (key === '__proto__') return undefined;
      if (typeof v === 'number' && !Number.isFinite(v)) throw new Malformed(`'${key}' is not a number JSON can hold`);
      return v;
    });
    return { ok: true, value };
  } catch (error) {
    // A syntax error, or a nesting deep enough to exhaust the stack: the text is no JSON.
    if (error instanceof Malformed) return { ok: false, reason: error.message.slice(0, 200) };
    return { ok: false, reason: 'not JSON' };
  }
}
