// The demo seller console: `node scripts/demo-console/server.mjs [port]` serves it until Ctrl-C.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { generateDemoOrders } from './orders.mjs';
import { renderOrdersPage } from './render.mjs';

/** Chromium resolves *.localhost to loopback; the extension's content script matches this host. */
export const DEMO_HOST = 'order-sentinel-demo.localhost';

/**
 * @param {{ port?: number, now?: () => number, seed?: number }} [opts]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startDemoConsole({ port = 0, now = () => Date.now(), seed } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/orders' }).end();
      return;
    }
    if (url.pathname === '/orders') {
      // Generated per request: the times are relative to the moment the page is asked for.
      const orders = generateDemoOrders({ now: now(), ...(seed === undefined ? {} : { seed }) });
      const html = renderOrdersPage({ orders, page: Number(url.searchParams.get('page') ?? '1') });
      if (html !== null) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : html);
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 页面不存在\n');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('demo console: no TCP address');
  return {
    url: `http://${DEMO_HOST}:${address.port}/orders`,
    port: address.port,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const demo = await startDemoConsole({ port: Number(process.argv[2] ?? 0) });
  console.log(`Demo seller console: ${demo.url}`);
  console.log(`(any browser: http://127.0.0.1:${demo.port}/orders — the extension reads only the *.localhost name)`);
  const stop = () => void demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
