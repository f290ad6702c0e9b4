import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
let demo: Awaited<ReturnType<typeof startDemoConsole>>;
const local = (path: string) => `http://127.0.0.1:${demo.port}${path}`;

beforeAll(async () => {
  demo = await startDemoConsole({ now: () => NOW });
});
afterAll(() => demo.close());

describe('startDemoConsole', () => {
  it('serves on the demo host name the content script matches', () => {
    expect(demo.url).toBe(`http://order-sentinel-demo.localhost:${demo.port}/orders`);
  });

  it('redirects / to the order list', async () => {
    const res = await fetch(local('/'), { redirect: 'manual' });
    expect([res.status, res.headers.get('location')]).toEqual([302, '/orders']);
  });

  it('serves page 2 as UTF-8 HTML with times of the given clock', async () => {
    const res = await fetch(local('/orders?page=2'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html.match(/<tr><td>DS\d{12}<\/td>/g)).toHaveLength(20);
    expect(html).toContain('<span class="current" aria-current="page">2</span>');
  });

  it('answers 404 for a page that does not exist', async () => {
    expect((await fetch(local('/orders?page=9'))).status).toBe(404);
    expect((await fetch(local('/admin'))).status).toBe(404);
  });
});
