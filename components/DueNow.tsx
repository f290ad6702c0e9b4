import { useMemo } from 'preact/hooks';
import { z } from 'zod/mini';
import { parseRows, type SentinelDB } from '../lib/db';
import { dueNow, moneyAtStake } from '../lib/cases/due';
import { t } from '../lib/i18n';
import { formatMoney } from '../lib/inbox/timeline';
import { Order, isShopLevel, orderKey, type Case, type Language } from '../lib/schema';
import { detectorLabel } from './CaseLine';
import { countdownText } from './Countdown';
import { useLive } from './hooks';

/** What a due line reads of an order: who, what, how much. */
const DueOrder = z.pick(Order, { marketplace: true, orderId: true, buyer: true, items: true, money: true, refundRequested: true });
type DueOrder = z.infer<typeof DueOrder>;

/** The most lines shown: a seller's morning, not the whole backlog (the list below has every case). */
export const DUE_LINES_MAX = 50;

/**
 * The seller's day: cases whose deadline passed or whose follow-up time came, the earliest first,
 * each with the buyer, the item and the money at stake. Shown above the inbox as the panel opens.
 */
export function DueNow(props: {
  db: SentinelDB;
  cases: readonly Case[] | undefined;
  /** Every case is read: the lines' orders are read from then on, not in the first screen's way. */
  complete: boolean;
  lang: Language;
  now: number;
  selected?: string;
  onSelect: (key: string) => void;
}) {
  const { db, cases, lang, now, complete } = props;
  const due = useMemo(() => (cases ? dueNow(cases, now).slice(0, DUE_LINES_MAX) : undefined), [cases, now]);
  const keys = useMemo(() => [...new Set((due ?? []).filter((d) => !isShopLevel(d.item)).map((d) => orderKey(d.item)))], [due]);
  const orders = useLive(async () => {
    if (!complete) return undefined;
    const rows = await db.orders.bulkGet(keys);
    return new Map(parseRows(DueOrder, rows.filter((r) => r !== undefined), 'order').map((o) => [orderKey(o), o]));
  }, [db, complete, keys.join('\n')]);
  if (due === undefined) return null;
  return (
    <section class="due-now" aria-label={t(lang, 'dueNowTitle')} data-testid="due-now">
      <h2>
        {t(lang, 'dueNowTitle')} <span class="n">{due.length}</span>
      </h2>
      {due.length === 0 ? (
        <p class="muted">{t(lang, 'dueNowEmpty')}</p>
      ) : (
        <ul>
          {due.map(({ item, at, because }) => {
            const order: DueOrder | undefined = orders?.get(orderKey(item));
            const stake = moneyAtStake(item, order);
            const first = order?.items[0];
            const itemText = first ? `${first.title}${order!.items.length > 1 ? ` +${order!.items.length - 1}` : ''}` : undefined;
            return (
              <li key={item.key} data-due-key={item.key} data-due-because={because} class={props.selected === item.key ? 'selected' : undefined}>
                <button type="button" onClick={() => props.onSelect(item.key)}>
                  <span class={`sev sev-${item.severity}`}>{item.severity}</span>
                  <span class="due-main">
                    <span class="due-title">
                      {detectorLabel(lang, item.detector)} · {item.orderId}
                    </span>
                    {/* The money never gives way to a long item title: it is what decides the order of work. */}
                    <span class="due-who" data-testid="due-who">
                      <span class="who-text">{[order?.buyer, itemText].filter(Boolean).join(' · ')}</span>
                      {stake && (
                        <strong class="due-stake">
                          {order?.buyer !== undefined || itemText !== undefined ? ' · ' : ''}
                          {t(lang, 'dueNowAtStake', { amount: formatMoney(lang, stake.amount, stake.currency) })}
                        </strong>
                      )}
                    </span>
                    <span class="due-when">{t(lang, because === 'deadline' ? 'dueNowDeadline' : 'dueNowFollowUp', { time: countdownText(lang, now - at) })}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
