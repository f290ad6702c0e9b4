/**
 * Fills a template's variables from an order. A variable without a value stays in the text as
 * `{name}` and is marked missing, so the seller sees what to fill in (never silently dropped).
 */
import type { Case, Language, Order } from '../schema';
import { formatDay, formatMoney } from '../i18n/format';
import { marketplaceTimeZone } from '../marketplaces';
import { TEMPLATE_VARIABLES, type TemplateVariable } from './catalogue';

export type TemplateValues = Partial<Record<TemplateVariable, string>>;

export interface FilledPart {
  readonly text: string;
  readonly variable?: TemplateVariable;
  readonly missing?: boolean;
}

export interface Filled {
  readonly text: string;
  readonly parts: readonly FilledPart[];
}

const isVariable = (name: string): name is TemplateVariable => (TEMPLATE_VARIABLES as readonly string[]).includes(name);

export function fillTemplate(body: string, values: TemplateValues): Filled {
  const parts: FilledPart[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    // Adjacent literal text is one part, so the parts read like the text.
    if (last && last.variable === undefined) parts[parts.length - 1] = { text: last.text + text };
    else parts.push({ text });
  };
  let at = 0;
  for (const match of body.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    pushText(body.slice(at, match.index));
    at = match.index + match[0].length;
    if (!isVariable(name)) {
      pushText(match[0]);
      continue;
    }
    const value = values[name]?.trim();
    parts.push(value ? { text: value, variable: name } : { text: match[0], variable: name, missing: true });
  }
  pushText(body.slice(at));
  return { text: parts.map((p) => p.text).join(''), parts };
}

/** The variables left unfilled, in order of first appearance. */
export const missingVariables = (filled: Filled): TemplateVariable[] => [
  ...new Set(filled.parts.filter((p) => p.missing).map((p) => p.variable!)),
];

export interface ValueOptions {
  readonly language: Language;
  /** Zone for {eta}; defaults to the marketplace's clock (lib/inbox/clock.ts). */
  readonly timeZone?: string;
}

/** An amount in its currency, in the reply's language: "CN¥97.70", "¥97.70", "$24.99". */
export function formatAmount(amount: number, currency: string, language: Language): string {
  return formatMoney(language, amount, currency);
}

/** A date with its weekday, no time of day ("Fri 27 Nov", "11月27日周五"). */
export function formatEta(at: number, language: Language, timeZone?: string): string {
  return formatDay(language, at, timeZone);
}

/**
 * Values for a case's order. The order may be unknown (shop-level case, order forgotten):
 * then only the order id is filled. {eta} is the promised delivery date when the order has one,
 * else the ship-by date; {shop} is the name the seller gave for this marketplace.
 */
export function valuesFor(
  order: Order | undefined,
  kase: Pick<Case, 'orderId'>,
  shopName: string | undefined,
  options: ValueOptions,
): TemplateValues {
  const values: TemplateValues = {};
  if (!kase.orderId.startsWith('@')) values.orderId = kase.orderId;
  if (shopName?.trim()) values.shop = shopName.trim();
  if (!order) return values;
  if (order.buyer?.trim()) values.buyer = order.buyer.trim();
  const titles = order.items.map((i) => (i.quantity > 1 ? `${i.title} × ${i.quantity}` : i.title)).filter((t) => t.trim() !== '');
  if (titles.length > 0) values.item = titles.join(options.language === 'zh' ? '、' : ', ');
  if (order.carrier?.trim()) values.carrier = order.carrier.trim();
  if (order.trackingNo?.trim()) values.trackingNo = order.trackingNo.trim();
  values.amount = formatAmount(order.money.paid, order.money.currency, options.language);
  const eta = order.deliverBy ?? order.shipBy;
  // A "by Nov 22" date is stored as the next midnight (end of that day): a moment earlier is the day meant.
  if (eta !== undefined) values.eta = formatEta(eta - 1, options.language, options.timeZone ?? marketplaceTimeZone(order.marketplace));
  return values;
}
