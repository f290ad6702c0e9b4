/**
 * Seeded generators for the benchmarks: orders drawn from an OrderShape (real Olist
 * distributions), cases over them, and seller-console pages showing them (Taobao order
 * blocks, the demo console's plain table) in the markup the adapters read.
 */
import type { Case, Order, OrderStatus, Severity } from '../lib/schema';
import type { OrderShape } from './shape';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const round2 = (n: number): number => Math.round(n * 100) / 100;

const TITLES = ['手工冷制皂 玫瑰精油 100g', '艾草精油皂 3块装 家庭装', '手工皂起泡网 双层', '山茶花洁面皂 120g', '旅行装皂盒 沥水', '手工皂礼盒 6块装 送礼', '一次性洗脸巾 80抽'];
const BUYER_NAMES = ['晴天小猪', '山间清风', '橙子味汽水', '一只喵喵', '北岛南风', '小鹿斑比', 'tb_林深见鹿', '云朵棉花糖'];

/**
 * `count` orders placed over the `days` before `now`. Each order's life (payment, hand-over,
 * delivery) follows Olist's delays, so its status is what a console would show at `now`: the
 * latest orders are unpaid or waiting to ship, older ones shipped or completed.
 */
export function generateOrders(count: number, shape: OrderShape, now: number, seed = 1, days = 90): Order[] {
  const random = rng(seed);
  const buyers = Math.max(1, Math.round(count * 0.85)); // Olist: most customers buy once
  const orders: Order[] = [];
  for (let i = 0; i < count; i++) {
    const placedAt = Math.floor(now - random() * days * DAY);
    const itemCount = Math.min(pick(random, shape.itemsPerOrder), 20);
    const items = Array.from({ length: itemCount }, () => ({
      title: pick(random, TITLES),
      quantity: random() < 0.9 ? 1 : 2,
      unitPrice: round2(pick(random, shape.itemPrices)),
    }));
    const subtotal = round2(items.reduce((s, it) => s + it.quantity * it.unitPrice, 0));
    const shipping = round2(pick(random, shape.freights));
    const paidAt = placedAt + pick(random, shape.approvalHours) * HOUR;
    const shippedAt = paidAt + pick(random, shape.handOverHours) * HOUR;
    const deliveredAt = shippedAt + pick(random, shape.deliveryHours) * HOUR;
    const deliverBy = placedAt + pick(random, shape.estimateHours) * HOUR;
    const cancelled = random() < shape.cancelledShare;
    const status: OrderStatus = cancelled
      ? 'cancelled'
      : paidAt > now
        ? 'awaiting_payment'
        : shippedAt > now
          ? 'awaiting_shipment'
          : deliveredAt > now
            ? 'shipped'
            : 'completed';
    const paid = status === 'awaiting_payment' || cancelled ? 0 : undefined;
    orders.push({
      marketplace: 'taobao',
      orderId: String(3712000000000000000n + BigInt(seed) * 10000000n + BigInt(i)),
      placedAt,
      ...(paid === undefined && { paidAt: Math.floor(paidAt), shipBy: Math.floor(paidAt + 48 * HOUR) }),
      ...((status === 'shipped' || status === 'completed') && { shippedAt: Math.floor(shippedAt) }),
      ...(status === 'completed' && { deliveredAt: Math.floor(deliveredAt) }),
      ...((status === 'shipped' || status === 'completed') && { deliverBy: Math.floor(deliverBy) }),
      status,
      statusRaw: TAOBAO_STATUS_TEXT[status] ?? '交易成功',
      buyer: `${pick(random, BUYER_NAMES)}${Math.floor(random() * buyers)}`,
      items,
      money: { currency: 'CNY', paid: paid ?? round2(subtotal + shipping), subtotal, shipping },
      source: { url: TAOBAO_URL, adapter: 'taobao', observedAt: now },
    });
  }
  return orders;
}

export const TAOBAO_URL = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
export const DEMO_URL = 'http://order-sentinel-demo.localhost/orders';

const TAOBAO_STATUS_TEXT: Partial<Record<OrderStatus, string>> = {
  awaiting_payment: '等待买家付款',
  awaiting_shipment: '买家已付款',
  shipped: '卖家已发货',
  completed: '交易成功',
  cancelled: '交易关闭',
};
const DEMO_STATUS_TEXT: Partial<Record<OrderStatus, string>> = {
  awaiting_payment: '等待买家付款',
  awaiting_shipment: '待发货',
  shipped: '已发货',
  completed: '交易成功',
  cancelled: '交易关闭',
};

const DETECTOR_IDS = ['ship-deadline', 'delivery-overdue', 'negative-review', 'tracking-stalled', 'amount-outlier', 'unpaid-stale'];
const SEVERITIES: Severity[] = ['P1', 'P2', 'P3'];

/** One case per order (cycling detectors), as the inbox would hold them. */
export function generateCases(orders: readonly Order[], now: number, seed = 7): Case[] {
  const random = rng(seed);
  return orders.map((o, i) => {
    const detector = DETECTOR_IDS[i % DETECTOR_IDS.length]!;
    const severity = pick(random, SEVERITIES);
    const openedAt = Math.floor(now - random() * 14 * DAY);
    return {
      key: `${detector}|${o.marketplace}|${o.orderId}`,
      detector,
      marketplace: o.marketplace,
      orderId: o.orderId,
      severity,
      dueAt: Math.floor(now + (random() - 0.3) * 3 * DAY),
      evidence: { paid: o.money.paid, status: o.status, placedAt: o.placedAt },
      explanation: { en: `Order ${o.orderId} needs attention (${detector}).`, zh: `订单 ${o.orderId} 需要处理（${detector}）。` },
      status: random() < 0.8 ? 'open' : 'in_progress',
      conditionCleared: false,
      openedAt,
      updatedAt: openedAt,
      lastDetectedAt: now,
    };
  });
}

/** Text is escaped: the generated page must show exactly the order's values. */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const yuan = (n: number): string => `￥${n.toFixed(2)}`;

/** "YYYY-MM-DD HH:mm:ss" in Asia/Shanghai (UTC+8, no DST). */
export function shanghaiTime(instant: number): string {
  const d = new Date(instant + 8 * HOUR);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** One Taobao 已卖出的宝贝 order block, in the markup of test/fixtures/taobao/sold-items.2026-11.html. */
export function taobaoBlock(o: Order): string {
  const id = esc(o.orderId);
  const buyer = esc(o.buyer ?? '');
  const span = o.items.length > 1 ? ` rowspan="${o.items.length}"` : '';
  const itemRows = o.items.map((it, i) => {
    const orderCells =
      i === 0
        ? `<td${span}><div><p><a class="buyer-mod__name___2mYwc" href="//member1.taobao.com/member/userProfile.jhtml?uid=abc">${buyer}</a></p></div></td>` +
          `<td${span}><div class="sol-mod__status___1xP5b"><p><span class="text-mod__link___1rXmw">${esc(o.statusRaw)}</span></p><p><a class="text-mod__link___1rXmw" href="//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}">详情</a></p></div></td>` +
          `<td${span}><div class="price-mod__price___1iQ9d"><p><strong><span>${yuan(o.money.paid)}</span></strong></p><p><span>(含快递:${yuan(o.money.shipping ?? 0)})</span></p></div></td><td${span}><div></div></td>`
        : '';
    return (
      `<tr><td class="sol-mod__no-br___36X3g"><div class="production-mod__production___1vFgk"><div><p><a class="production-mod__title___3sD0e" href="//item.taobao.com/item.htm?id=60${i}"><span>${esc(it.title)}</span></a></p>` +
      `<p class="production-mod__sku-item___1bT2c"><span>颜色分类</span><span>：</span><span>默认</span></p></div></div></td>` +
      `<td><div class="price-mod__price___1iQ9d"><p>${yuan(it.unitPrice ?? 0)}</p></div></td><td><div><p>${it.quantity}</p></div></td><td><div></div></td>${orderCells}</tr>`
    );
  });
  return (
    `<div class="trade-order-mod__order-wrap___3kf9Q"><table class="item-mod__trade-order___2LnGB"><tbody class="item-mod__order-hd___1kH3z">` +
    `<tr><td colspan="4" class="item-mod__first-cell___1u2Qw"><label><span class="item-mod__order-number___3Tz1a">订单号</span><span>：</span><span>${id}</span></label><span class="item-mod__create-time___2xA6a">创建时间：${shanghaiTime(o.placedAt)}</span></td><td colspan="4"><span>${buyer}</span></td></tr>` +
    `</tbody><tbody class="item-mod__order-bd___2Qx8v">${itemRows.join('')}</tbody></table></div>`
  );
}

export function taobaoPage(orders: readonly Order[]): string {
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>已卖出的宝贝</title></head><body><div class="sold-items-page">` +
    `<table class="trade-order-mod__thead___1f3Mp"><thead><tr><th>宝贝</th><th>单价</th><th>数量</th><th>售后</th><th>买家</th><th>交易状态</th><th>实收款</th><th>评价</th></tr></thead></table>` +
    `<div class="trade-order-mod__order-list___2Gw4O">${orders.map(taobaoBlock).join('\n')}</div></div></body></html>`
  );
}

/** One row of the demo console's order table (one item per row, as the demo shows them). */
export function demoRow(o: Order, index: number): string {
  const item = o.items[0]!;
  const id = `DS${String(202600000000 + index)}`;
  return (
    `<tr><td>${id}</td><td>${esc(o.buyer ?? '')}</td><td>${esc(item.title)}</td><td>${item.quantity}</td><td>${yuan(item.unitPrice ?? 0).replace('￥', '¥')}</td>` +
    `<td>¥${(o.money.shipping ?? 0).toFixed(2)}</td><td>¥0.00</td><td>¥${o.money.paid.toFixed(2)}</td><td>${shanghaiTime(o.placedAt)}</td>` +
    `<td>${o.paidAt === undefined ? '-' : shanghaiTime(o.paidAt)}</td><td>${esc(DEMO_STATUS_TEXT[o.status] ?? '交易成功')}</td><td><button type="button">发货</button> <a href="#">详情</a></td></tr>`
  );
}

export function demoPage(orders: readonly Order[]): string {
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>订单管理</title></head><body><main>` +
    `<table class="order-table"><thead><tr><th>订单号</th><th>买家</th><th>商品</th><th>数量</th><th>单价</th><th>运费</th><th>优惠</th><th>实付款</th><th>下单时间</th><th>付款时间</th><th>订单状态</th><th>操作</th></tr></thead>` +
    `<tbody>${orders.map(demoRow).join('\n')}</tbody></table></main></body></html>`
  );
}
