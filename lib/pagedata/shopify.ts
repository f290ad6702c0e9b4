/**
 * Shopify admin's own data: the GraphQL answers the admin receives at /api/shopify/<store>
 * (lib/pagedata/sources.ts). Many operations share that address: only an answer holding an
 * order connection (`data.orders`) is read, any other is not order data and is passed over.
 * An order's fulfillments, when the answer holds them, give what the list's text does not:
 * the tracking number and carrier, the carrier's estimated delivery, when the parcel last
 * moved, and when it was delivered (kept by later reads of the list's text, which says only
 * "Fulfilled", so a delivered parcel is never judged as still on its way).
 */
import { z } from 'zod/mini';
import { cellsOf, issueOf, type DataRead } from './rows';
import type { PageRow, SkippedRow } from '../schema';

const Text = z.nullish(z.string());
// Shape: MoneyBag {shopMoney {amount (Decimal as a string), currencyCode}} (shopify.dev GraphQL Admin
// Order.totalPriceSet, totalShippingPriceSet), seen 2026-12-06.
const MoneyBag = z.nullish(
  z.object({ shopMoney: z.object({ amount: z.string().check(z.regex(/^-?\d{1,15}(?:\.\d{1,6})?$/)), currencyCode: z.string().check(z.regex(/^[A-Z]{3}$/)) }) }),
);
const LineItem = z.object({ title: Text, quantity: z.nullish(z.number().check(z.int(), z.positive())), sku: Text });
/** A GraphQL DateTime as the admin sends it (ISO 8601 with its zone); anything longer is no time. */
const DateTime = z.nullish(z.string().check(z.maxLength(40)));
/** A connection as GraphQL gives it: `edges { node }` or `nodes`. */
const connection = <T extends z.ZodMiniType>(node: T) =>
  z.object({
    edges: z.optional(z.array(z.object({ node })).check(z.maxLength(1000))),
    nodes: z.optional(z.array(node).check(z.maxLength(1000))),
  });

// Shape: Order {name ("#1001"), createdAt (ISO 8601), displayFinancialStatus, displayFulfillmentStatus,
// totalPriceSet, totalShippingPriceSet, customer {displayName}, lineItems {edges {node {title, quantity, sku}}}}
// (shopify.dev GraphQL Admin Order object and its orders query example; the Displayed-as words of
// OrderDisplayFinancialStatus and OrderDisplayFulfillmentStatus), seen 2026-12-06.
// Shape: Fulfillment {displayStatus (FulfillmentDisplayStatus), estimatedDeliveryAt, deliveredAt, inTransitAt,
// trackingInfo [{company, number, url}], events (FulfillmentEventConnection of FulfillmentEvent {happenedAt, status})}
// (shopify.dev GraphQL Admin Fulfillment, FulfillmentEvent and FulfillmentEventStatus, versions 2024-10 to 2026-10;
// Order.fulfillments is a list, not a connection), seen 2026-12-06.
const FulfillmentEvent = z.object({ happenedAt: DateTime, status: Text });
const Fulfillment = z.object({
  displayStatus: Text,
  estimatedDeliveryAt: DateTime,
  deliveredAt: DateTime,
  inTransitAt: DateTime,
  trackingInfo: z.nullish(z.array(z.object({ company: Text, number: Text })).check(z.maxLength(50))),
  events: z.nullish(connection(FulfillmentEvent)),
});

const ShopifyOrder = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  createdAt: z.string().check(z.maxLength(40)),
  processedAt: Text,
  displayFinancialStatus: Text,
  displayFulfillmentStatus: Text,
  totalPriceSet: MoneyBag,
  totalShippingPriceSet: MoneyBag,
  customer: z.nullish(z.object({ displayName: Text })),
  lineItems: z.nullish(connection(LineItem)),
  fulfillments: z.nullish(z.array(Fulfillment).check(z.maxLength(100))),
});

const OrdersAnswer = z.object({ data: z.object({ orders: connection(z.unknown()) }) });

/** An enum value as the admin shows it: PARTIALLY_REFUNDED → "Partially refunded" (shopify.dev's Displayed-as words). */
export const displayed = (value: string | null | undefined): string | undefined =>
  value ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : undefined;

const amountOf = (bag: z.infer<typeof MoneyBag>): string | undefined => (bag ? `${bag.shopMoney.amount} ${bag.shopMoney.currencyCode}` : undefined);

type Fulfillments = NonNullable<z.infer<typeof ShopifyOrder>['fulfillments']>;

/** The latest of ISO times (they compare as instants only once parsed); undefined when none parses. */
function latest(times: readonly (string | null | undefined)[]): string | undefined {
  let best: string | undefined;
  let bestAt = -Infinity;
  for (const time of times) {
    const at = time ? Date.parse(time) : NaN;
    if (at > bestAt) [best, bestAt] = [time!, at];
  }
  return best;
}

const wasDelivered = (f: Fulfillments[number]): boolean => Boolean(f.deliveredAt) || f.displayStatus === 'DELIVERED';

/**
 * What an order's shipments show, as cells: the last shipment's tracking number and carrier,
 * the latest estimated delivery of a parcel still under way, the latest tracking event's time,
 * and "Delivered" as the fulfillment status once every shipment arrived (the admin's own list
 * says only "Fulfilled", which would leave a delivered parcel waiting as if still on its way).
 */
function shipmentCells(fulfillments: Fulfillments, fulfillmentStatus: string | null | undefined) {
  const last = fulfillments.at(-1);
  const tracking = last?.trackingInfo?.find((t) => t.number);
  const underWay = fulfillments.filter((f) => !wasDelivered(f) && f.displayStatus !== 'CANCELED');
  const events = fulfillments.flatMap((f) => f.events?.nodes ?? f.events?.edges?.map((e) => e.node) ?? []);
  const delivered = fulfillmentStatus === 'FULFILLED' && fulfillments.length > 0 && underWay.length === 0 && fulfillments.some(wasDelivered);
  return {
    trackingNo: tracking?.number,
    carrier: tracking?.company,
    deliverBy: latest(underWay.map((f) => f.estimatedDeliveryAt)),
    // The parcel's own movements; "in transit since" counts as one when the carrier sent no events.
    lastTrackingAt: latest([...events.map((e) => e.happenedAt), ...fulfillments.map((f) => f.inTransitAt)]),
    status: delivered ? 'Delivered' : displayed(fulfillmentStatus),
    deliveredAt: delivered ? latest(fulfillments.map((f) => f.deliveredAt)) : undefined,
  };
}

/** The orders of an admin GraphQL answer, or `undefined` when it holds no order connection. */
export function readShopify(value: unknown): DataRead | undefined {
  const answer = OrdersAnswer.safeParse(value);
  if (!answer.success) return undefined;
  const { edges, nodes } = answer.data.data.orders;
  const entries: unknown[] = nodes ?? edges?.map((e) => e.node) ?? [];
  const rows: PageRow[] = [];
  const skipped: SkippedRow[] = [];
  entries.forEach((entry, i) => {
    const parsed = ShopifyOrder.safeParse(entry);
    if (!parsed.success) {
      const name = (entry as { name?: unknown } | null)?.name;
      skipped.push({ row: i + 1, ...(typeof name === 'string' ? { orderId: name.slice(0, 100) } : {}), reason: issueOf(parsed.error) });
      return;
    }
    const o = parsed.data;
    const lines = o.lineItems?.nodes ?? o.lineItems?.edges?.map((e) => e.node) ?? [];
    const shipments = shipmentCells(o.fulfillments ?? [], o.displayFulfillmentStatus);
    rows.push({
      position: i + 1,
      orderId: o.name,
      cells: cellsOf({
        placedAt: o.createdAt,
        paid: amountOf(o.totalPriceSet),
        shipping: amountOf(o.totalShippingPriceSet),
        status: shipments.status,
        paymentStatus: displayed(o.displayFinancialStatus),
        buyer: o.customer?.displayName,
        trackingNo: shipments.trackingNo,
        carrier: shipments.carrier,
        deliverBy: shipments.deliverBy,
        deliveredAt: shipments.deliveredAt,
        lastTrackingAt: shipments.lastTrackingAt,
      }),
      items: lines.slice(0, 501).map((line) => cellsOf({ item: line.title, sku: line.sku, quantity: line.quantity?.toString() })),
    });
  });
  return { ok: true, rows, skipped };
}
