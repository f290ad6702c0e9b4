import { describe, expect, it } from 'vitest';
import { observeResponses } from '../../lib/pagedata/observe';

const WATCHED = 'https://mms.pinduoduo.com/mangkhut/mms/recentOrderList';
const watched = (url: string) => url.startsWith(WATCHED);
const settle = () => new Promise((r) => setTimeout(r, 20));

/** A Response as the browser gives it, with the address it came from. */
function answer(body: string, url: string, headers: Record<string, string> = {}): Response {
  const r = new Response(body, { headers });
  Object.defineProperty(r, 'url', { value: url });
  return r;
}

/** A page whose fetch answers `body` from `url`, observed with a cap of `max` bytes. */
function page(body: string, url = WATCHED, max = 1000, headers: Record<string, string> = {}) {
  const posts: string[] = [];
  const calls: unknown[] = [];
  const globals: { fetch?: unknown } = {
    fetch: function (this: unknown, ...args: unknown[]) {
      calls.push(this, ...args);
      return Promise.resolve(answer(body, url, headers));
    },
  };
  observeResponses(globals, watched, (d) => posts.push(d), max);
  return { fetch: globals.fetch as (...args: unknown[]) => Promise<Response>, posts, calls };
}

class FakeXhr {
  responseURL = '';
  responseType = '';
  responseText = '';
  response: unknown = '';
  listeners: (() => void)[] = [];
  sent: unknown[] = [];
  addEventListener(_type: string, f: () => void) {
    this.listeners.push(f);
  }
  send(...args: unknown[]) {
    this.sent = args;
    return 'sent';
  }
  load(url: string, text: string, type = '') {
    this.responseURL = url;
    this.responseType = type;
    if (type === 'json') this.response = JSON.parse(text);
    else this.responseText = text;
    for (const f of this.listeners) f();
  }
}

describe('observing the console\'s responses in its page', () => {
  it('hands on a watched response\'s text while the page gets the same, unread Response', async () => {
    const p = page('{"result":{"pageItems":[]}}');
    const response = await p.fetch('/mangkhut/mms/recentOrderList', { method: 'POST' });
    expect(await response.text()).toBe('{"result":{"pageItems":[]}}');
    await settle();
    expect(p.posts).toEqual([`D${WATCHED}\n{"result":{"pageItems":[]}}`]);
    expect(p.calls.slice(1)).toEqual(['/mangkhut/mms/recentOrderList', { method: 'POST' }]);
  });

  it('decodes an answer in the charset it declares, as the page reads it', async () => {
    const posts: string[] = [];
    const gbk = new Uint8Array([0xb6, 0xa9, 0xb5, 0xa5]); // 订单 in GBK
    const globals: { fetch?: unknown } = {
      fetch: () => {
        const r = new Response(gbk, { headers: { 'content-type': 'application/json;charset=GBK' } });
        Object.defineProperty(r, 'url', { value: WATCHED });
        return Promise.resolve(r);
      },
    };
    observeResponses(globals, watched, (d) => posts.push(d), 1000);
    await (globals.fetch as () => Promise<Response>)();
    await settle();
    expect(posts).toEqual([`D${WATCHED}\n订单`]);
  });

  it('never looks at another address', async () => {
    const p = page('{"secret":1}', 'https://mms.pinduoduo.com/janus/api/userinfo');
    expect(await (await p.fetch('/janus/api/userinfo')).json()).toEqual({ secret: 1 });
    await settle();
    expect(p.posts).toEqual([]);
  });

  it('stops reading past the cap and hands on only that it was too large; the page still reads it whole', async () => {
    const big = 'x'.repeat(5_000);
    const p = page(big, WATCHED, 1000);
    expect((await (await p.fetch(WATCHED)).text()).length).toBe(5_000);
    await settle();
    expect(p.posts).toEqual([`L${WATCHED}`]);
    // Counted in bytes: 400 Chinese characters are 1,200 bytes.
    const wide = page('订'.repeat(400), WATCHED, 1000);
    await (await wide.fetch(WATCHED)).text();
    await settle();
    expect(wide.posts).toEqual([`L${WATCHED}`]);
    // A declared length past the cap is not read at all.
    const declared = page('{}', WATCHED, 1000, { 'content-length': '5000000' });
    expect(await (await declared.fetch(WATCHED)).text()).toBe('{}');
    await settle();
    expect(declared.posts).toEqual([`L${WATCHED}`]);
  });

  it('keeps the page\'s failures its own: a rejected fetch rejects the same, a throwing listener changes nothing', async () => {
    const globals: { fetch?: unknown } = { fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    observeResponses(globals, watched, () => {
      throw new Error('listener broke');
    }, 1000);
    await expect((globals.fetch as () => Promise<unknown>)()).rejects.toThrow('Failed to fetch');
    const thrower: { fetch?: unknown } = {
      fetch: () => Promise.resolve(answer('{}', WATCHED)),
    };
    observeResponses(thrower, watched, () => {
      throw new Error('listener broke');
    }, 1000);
    expect(await (await (thrower.fetch as () => Promise<Response>)()).text()).toBe('{}');
    await settle();
    // A fetch that throws synchronously still throws the page's own error.
    const sync: { fetch?: unknown } = {
      fetch: () => {
        throw new TypeError('Illegal invocation');
      },
    };
    observeResponses(sync, watched, () => undefined, 1000);
    expect(() => (sync.fetch as () => unknown)()).toThrow('Illegal invocation');
  });

  it('wraps a fetch the page replaced before it (a non-promise answer passes through untouched), and leaves a missing one missing', async () => {
    const replaced = { fetch: (url: string) => ({ replacedBy: 'the page', url }) as unknown };
    const posts: string[] = [];
    observeResponses(replaced, watched, (d) => posts.push(d), 1000);
    expect((replaced.fetch as (u: string) => unknown)(WATCHED)).toEqual({ replacedBy: 'the page', url: WATCHED });
    const none: { fetch?: unknown; XMLHttpRequest?: unknown } = {};
    observeResponses(none, watched, (d) => posts.push(d), 1000);
    expect(none).toEqual({});
    expect(posts).toEqual([]);
  });

  it('stands aside from a fetch the page made unwritable, and still observes its XMLHttpRequest', () => {
    const pageFetch = () => Promise.resolve(answer('{}', WATCHED));
    // A class of its own per test: observing patches its prototype.
    class Xhr extends FakeXhr {}
    const globals = { XMLHttpRequest: Xhr as unknown } as { fetch?: unknown; XMLHttpRequest?: unknown };
    Object.defineProperty(globals, 'fetch', { value: pageFetch, writable: false });
    const posts: string[] = [];
    expect(() => observeResponses(globals, watched, (d) => posts.push(d), 1000)).not.toThrow();
    expect(globals.fetch).toBe(pageFetch);
    const x = new Xhr();
    x.send();
    x.load(WATCHED, '{"result":{}}');
    expect(posts).toEqual([`D${WATCHED}\n{"result":{}}`]);
  });

  it('observes XMLHttpRequest answers (text and json) from the watched address only, and keeps send\'s result', () => {
    const posts: string[] = [];
    class Xhr extends FakeXhr {}
    const globals = { XMLHttpRequest: Xhr as unknown };
    observeResponses(globals, watched, (d) => posts.push(d), 1000);
    const a = new Xhr();
    expect(a.send('page=1')).toBe('sent');
    expect(a.sent).toEqual(['page=1']);
    a.load(WATCHED, '{"result":{}}');
    const b = new Xhr();
    b.send();
    b.load(`${WATCHED}?x=1`, '{"a":[1]}', 'json');
    const c = new Xhr();
    c.send();
    c.load('https://mms.pinduoduo.com/other', '{"secret":1}');
    const d = new Xhr();
    d.send();
    d.load(WATCHED, 'y'.repeat(1001));
    expect(posts).toEqual([`D${WATCHED}\n{"result":{}}`, `D${WATCHED}?x=1\n{"a":[1]}`, `L${WATCHED}`]);
  });
});
