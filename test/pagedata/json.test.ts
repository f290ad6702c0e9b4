import { describe, expect, it } from 'vitest';
import { parseUntrusted } from '../../lib/pagedata/json';

describe('a console response read as untrusted data', () => {
  it('reads JSON data as it is', () => {
    expect(parseUntrusted('{"a":[1,"x",null,true]}')).toEqual({ ok: true, value: { a: [1, 'x', null, true] } });
  });

  it('drops __proto__ keys at every depth, so nothing built from the data has another prototype', () => {
    const r = parseUntrusted('{"__proto__":{"polluted":1},"a":{"__proto__":{"isAdmin":true},"b":2}}');
    expect(r).toEqual({ ok: true, value: { a: { b: 2 } } });
    const value = (r as { value: Record<string, Record<string, unknown>> }).value;
    expect(Object.keys(value)).toEqual(['a']);
    expect(Object.getPrototypeOf(value['a'])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(value['a']!['isAdmin']).toBeUndefined();
  });

  it('refuses a number JSON cannot hold (1e309 reads as Infinity) as malformed', () => {
    expect(parseUntrusted('{"result":{"order_amount":1e309}}')).toEqual({ ok: false, reason: "'order_amount' is not a number JSON can hold" });
    expect(parseUntrusted('[-1e400]')).toEqual({ ok: false, reason: "'0' is not a number JSON can hold" });
  });

  it('keeps script-like strings as the same inert text', () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    expect(parseUntrusted(JSON.stringify({ t: text }))).toEqual({ ok: true, value: { t: text } });
  });

  it('refuses text that is not JSON, a JavaScript literal included, and never evaluates it', () => {
    expect(parseUntrusted('{"a":')).toEqual({ ok: false, reason: 'not JSON' });
    expect(parseUntrusted("({a: (globalThis.__evaluated = 1)})")).toEqual({ ok: false, reason: 'not JSON' });
    expect((globalThis as Record<string, unknown>)['__evaluated']).toBeUndefined();
    expect(parseUntrusted('<!doctype html><p>登录</p>')).toEqual({ ok: false, reason: 'not JSON' });
  });

  it('refuses a text over the cap before parsing it, and nesting deep enough to exhaust the stack', () => {
    expect(parseUntrusted(`"${'x'.repeat(50)}"`, 40)).toEqual({ ok: false, reason: 'larger than 40 characters' });
    expect(parseUntrusted('['.repeat(200_000) + ']'.repeat(200_000))).toEqual({ ok: false, reason: 'not JSON' });
  });
});
