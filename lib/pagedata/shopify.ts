/**
 * Shopify admin's own data: the GraphQL answers the admin receives at /api/shopify/<store>
 * (lib/pagedata/sources.ts). Many operations share that address: only an answer holding an
 * order connection (`data.orders`) is read, any other is not order data and is passed over.
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
});

const OrdersAnswer = z.object({ data: z.object({ orders: connection(z.unknown()) }) });

/** An enum value as the admin shows it: PARTIALLY_REFUNDED → "Partially refunded" (shopify.dev's Displayed-as words). */
export const displayed = (value: string | null | undefined): string | undefined =>
  value ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : undefined;

const amountOf = (bag: z.infer<typeof MoneyBag>): string | undefined => (bag ? `${bag.shopMoney.amount} ${bag.shopMoney.currencyCode}` : undefined);

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
    rows.push({
      position: i + 1,
      orderId: o.name,
      cells: cellsOf({
        placedAt: o.createdAt,
        paid: amountOf(o.totalPriceSet),
        shipping: amountOf(o.totalShippingPriceSet),
        status: displayed(o.displayFulfillmentStatus),
        paymentStatus: displayed(o.displayFinancialStatus),
        buyer: o.customer?.displayName,
      }),
      items: lines.slice(0, 501).map((line) => cellsOf({ item: line.title, sku: line.sku, quantity: line.quantity?.toString() })),
    });
  });
  return { ok: true, rows, skipped };
}
