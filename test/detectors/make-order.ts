import { Order } from '../../lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

type OrderInput = Partial<Omit<Order, 'money'>> & { money?: Partial<Order['money']> };

/** A valid order (parsed, so a test cannot build a shape the adapters could never produce). */
export function makeOrder(overrides: OrderInput = {}): Order {
  const { money, ...rest } = overrides;
  return Order.parse({
    marketplace: 'taobao',
    orderId: '1001',
    placedAt: Date.UTC(2026, 10, 20, 6, 0),
    status: 'awaiting_shipment',
    statusRaw: '买家已付款',
    buyer: 'tb_buyer_01',
    items: [{ title: '手工皂', sku: 'SOAP-01', quantity: 2, unitPrice: 29.9 }],
    source: { url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm', adapter: 'taobao', observedAt: 1 },
    ...rest,
    money: { currency: 'CNY', paid: 59.8, ...money },
  });
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** Settings with one detector's options replaced, the rest at their defaults. */
export function settingsWith<K extends keyof Settings['detectors']>(
  id: K,
  options: Partial<Settings['detectors'][K]>,
): Settings {
  return { ...DEFAULT_SETTINGS, detectors: { ...DEFAULT_SETTINGS.detectors, [id]: { ...DEFAULT_SETTINGS.detectors[id], ...options } } };
}
