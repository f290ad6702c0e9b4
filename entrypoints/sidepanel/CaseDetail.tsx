import { useState } from 'preact/hooks';
import { detectorLabel } from '../../components/CaseLine';
import { CaseRecord } from '../../components/CaseRecord';
import { buyerRatings } from '../../lib/cases/buyer';
import { kindOfCase } from '../../lib/cases/store';
import { templateTitle } from '../../lib/cases/evidence';
import { Countdown, formatOnClock } from '../../components/Countdown';
import { useLive } from '../../components/hooks';
import { Timeline } from '../../components/Timeline';
import { Templates } from '../../components/Templates';
import { listCaseEvents, listNotes, loadOrder, loadSettings, parseRows, type SentinelDB } from '../../lib/db';
import { MARKETPLACE_NAMES } from '../../lib/marketplaces';
import { severityLabel, t, type MessageKey } from '../../lib/i18n';
import { tn } from '../../lib/i18n/format';
import { formatEvidence } from '../../lib/i18n/evidence';
import { buyerHistory } from '../../lib/inbox/buyer';
import { marketplaceTimeZone } from '../../lib/marketplaces';
import { formatMoney } from '../../lib/inbox/timeline';
import { Order, isShopLevel, type Case, type Language, type Message } from '../../lib/schema';
import { CaseStatus } from './CaseStatus';

async function send(message: Message): Promise<void> {
  const response = (await browser.runtime.sendMessage(message)) as { ok?: boolean; error?: string } | undefined;
  if (!response?.ok) throw new Error(response?.error ?? 'no answer from the extension');
}

/** The order's fields a seller needs beside the case, in the marketplace's time. */
function OrderFields(props: { order: Order; lang: Language }) {
  const { order, lang } = props;
  const when = (at: number | undefined) => (at === undefined ? undefined : formatOnClock(lang, at, order.marketplace));
  const money = (n: number | undefined) => (n === undefined ? undefined : formatMoney(lang, n, order.money.currency));
  const rows: Array<[MessageKey, string | undefined]> = [
    ['inboxFieldMarketplace', MARKETPLACE_NAMES[order.marketplace][lang]],
    ['buyer', order.buyer],
    ['items', order.items.map((i) => `${i.title}${i.sku ? ` (${i.sku})` : ''} × ${i.quantity}`).join('; ')],
    ['paid', money(order.money.paid)],
    ['inboxFieldRefundRequested', money(order.refundRequested)],
    ['inboxFieldRefunded', money(order.money.refunded)],
    ['orderStatus', order.statusRaw],
    ['inboxFieldPlacedAt', when(order.placedAt)],
    ['inboxFieldPaidAt', when(order.paidAt)],
    ['inboxFieldShipBy', when(order.shipBy)],
    ['inboxFieldShippedAt', when(order.shippedAt)],
    ['inboxFieldCarrier', order.carrier],
    ['inboxFieldTracking', order.trackingNo],
    ['inboxFieldLastTracking', order.trackingEvent],
    ['inboxFieldDeliverBy', when(order.deliverBy)],
    ['inboxFieldDeliveredAt', when(order.deliveredAt)],
    ['inboxFieldAfterSales', order.afterSalesReason?.raw],
    ['inboxFieldBuyerMessage', order.buyerMessage],
    ['inboxFieldSellerRemark', order.sellerRemark],
    ['inboxFieldRating', order.rating === undefined ? undefined : `${order.rating} ★`],
  ];
  return (
    <dl class="evidence" data-testid="case-order">
      {rows
        .filter((r): r is [MessageKey, string] => r[1] !== undefined && r[1] !== '')
        .map(([key, value]) => (
          <>
            <dt>{t(lang, key)}</dt>
            <dd>{value}</dd>
          </>
        ))}
    </dl>
  );
}

/** The buyer's record in this shop (DOMAIN.md "Beside each case"): good faith at a glance, and blocking in one click. */
function BuyerHistory(props: { db: SentinelDB; order: Order; caseKey: string; lang: Language; act: (m: Message, after?: () => void) => void }) {
  const { db, order, lang } = props;
  const buyer = order.buyer;
  const [blocking, setBlocking] = useState(false);
  const [reason, setReason] = useState('');
  const history = useLive(async () => {
    if (buyer === undefined) return undefined;
    // No buyer index: one marketplace's orders, filtered here, once per change.
    const orders = parseRows(Order, await db.orders.where('marketplace').equals(order.marketplace).toArray(), 'order');
    const settings = await loadSettings(db);
    return { ...buyerHistory(orders, buyer, settings.detectors['repeat-refunder'].blockList), ratings: buyerRatings(orders, buyer) };
  }, [db, order.marketplace, buyer]);
  if (buyer === undefined) return <p class="muted">{t(lang, 'inboxBuyerUnknown')}</p>;
  if (history === undefined) return null;
  const block = (e: Event) => {
    e.preventDefault();
    if (reason.trim() === '') return;
    props.act({ type: 'buyer.block', caseKey: props.caseKey, reason: reason.trim() }, () => setBlocking(false));
  };
  return (
    <>
      <ul class="buyer-history" data-testid="buyer-history">
        <li>{tn(lang, 'inboxBuyerOrders', { n: history.orders })}</li>
        <li class={history.refunds > 0 ? 'warn' : undefined}>{tn(lang, 'inboxBuyerRefunds', { n: history.refunds })}</li>
        <li class={history.disputes > 0 ? 'warn' : undefined}>{tn(lang, 'inboxBuyerDisputes', { n: history.disputes })}</li>
        <li>{t(lang, 'inboxBuyerCancelled', { n: history.cancelled })}</li>
        <li class={history.ratings.low > 0 ? 'warn' : undefined} data-testid="buyer-ratings">
          {history.ratings.average === undefined ? t(lang, 'buyerNoRatings') : t(lang, 'buyerRatings', { n: history.ratings.count, avg: history.ratings.average })}
        </li>
        {history.blocked && <li class="blocked">{t(lang, 'inboxBuyerBlocked')}</li>}
      </ul>
      {!history.blocked &&
        (blocking ? (
          <form class="block-form" data-testid="buyer-block" onSubmit={block}>
            <input name="reason" maxLength={500} autoFocus placeholder={t(lang, 'buyerBlockReason')} aria-label={t(lang, 'buyerBlockReason')} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            <button type="submit" class="primary" disabled={reason.trim() === ''}>
              {t(lang, 'buyerBlockConfirm')}
            </button>
            <button type="button" class="link" onClick={() => setBlocking(false)}>
              {t(lang, 'inboxCancel')}
            </button>
          </form>
        ) : (
          <button type="button" class="link" data-testid="buyer-block-open" onClick={() => setBlocking(true)}>
            {t(lang, 'buyerBlock')}
          </button>
        ))}
    </>
  );
}

/** One case: why it was raised, the order, the clock, what to do, and what was done. */
export function CaseDetail(props: { db: SentinelDB; item: Case; lang: Language; now: number; onBack: () => void }) {
  const { db, item, lang } = props;
  const notes = useLive(() => listNotes(db, item.key), [db, item.key]);
  const events = useLive(() => listCaseEvents(db, item.key), [db, item.key]);
  // Wrapped, so an order still loading (undefined) is told apart from one never read ({ order: undefined }):
  // replies, order fields and amounts wait for it instead of showing {buyer} or the wrong currency first.
  const loaded = useLive(async () => ({ order: await loadOrder(db, item.marketplace, item.orderId) }), [db, item.key]);
  const order = loaded?.order;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();

  // The order's after-sales reason refines the kind once it is read (a refund for a damaged parcel).
  const kind = kindOfCase(item, order);
  const act = (message: Message, after?: () => void) => {
    setError(undefined);
    send(message)
      .then(after)
      .catch((e: unknown) => setError(t(lang, 'errorPrefix', { reason: e instanceof Error ? e.message : String(e) })));
  };
  const addNote = (e: Event) => {
    e.preventDefault();
    if (draft.trim() === '') return;
    act({ type: 'case.addNote', caseKey: item.key, text: draft.trim() }, () => setDraft(''));
  };

  return (
    <article data-testid="case-detail" data-case-key={item.key}>
      <button type="button" class="back" onClick={props.onBack}>
        ← {t(lang, 'back')}
      </button>
      <h1>
        <span class={`sev sev-${item.severity}`} title={severityLabel(lang, item.severity)}>
          {item.severity}
        </span>
        {detectorLabel(lang, item.detector)}
        <span class="sev-words">{severityLabel(lang, item.severity)}</span>
      </h1>
      <p class="muted">
        {t(lang, 'order')} {item.orderId} · {MARKETPLACE_NAMES[item.marketplace][lang]} ·{' '}
        {t(lang, 'inboxOpenedAt', { time: formatOnClock(lang, item.openedAt, item.marketplace) })}
      </p>
      <Countdown dueAt={item.dueAt} marketplace={item.marketplace} lang={lang} />
      <p class="explanation" data-testid="case-explanation">
        {item.explanation[lang]}
      </p>
      {item.conditionCleared && <p class="cleared-note">{t(lang, 'conditionCleared')}</p>}

      <h2>{t(lang, 'evidence')}</h2>
      <dl class="evidence" data-testid="case-evidence">
        {formatEvidence(item.evidence, lang, marketplaceTimeZone(item.marketplace)).map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
      {loaded && !isShopLevel(item) && <Templates item={item} order={order} lang={lang} />}

      {loaded && !isShopLevel(item) && (
        <div class="beside">
          <section>
            <h2>{t(lang, 'inboxOrderFields')}</h2>
            {order ? <OrderFields order={order} lang={lang} /> : <p class="muted">{t(lang, 'inboxOrderUnknown')}</p>}
          </section>
          {order && (
            <aside>
              <h2>{t(lang, 'inboxBuyerHistory')}</h2>
              <BuyerHistory db={db} order={order} caseKey={item.key} lang={lang} act={act} />
            </aside>
          )}
        </div>
      )}

      <h2>{t(lang, 'caseStatus')}</h2>
      {loaded && <CaseStatus item={item} lang={lang} currency={order?.money.currency ?? 'CNY'} act={act} />}

      <h2>{t(lang, 'caseRecordTitle')}</h2>
      <CaseRecord key={item.key} item={item} kind={kind} lang={lang} now={props.now} act={act} />
      <p class="evidence-link">
        <a href={`/evidence.html#case=${encodeURIComponent(item.key)}`} target="_blank" rel="noopener" data-testid="evidence-open">
          {t(lang, 'evidenceOpen')}
        </a>{' '}
        <span class="muted">{t(lang, 'evidenceOpenHint')}</span>
      </p>

      <h2>{t(lang, 'inboxTimeline')}</h2>
      {notes !== undefined && events !== undefined && <Timeline notes={notes} events={events} lang={lang} templateName={(id) => templateTitle(id, lang)} />}
      <form class="note-form" onSubmit={addNote}>
        <textarea
          aria-label={t(lang, 'addNote')}
          placeholder={t(lang, 'notePlaceholder')}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) addNote(e);
          }}
        />
        <div class="row">
          <span class="error" role="alert">
            {error}
          </span>
          <button type="submit" class="primary" disabled={draft.trim() === ''}>
            {t(lang, 'addNote')}
          </button>
        </div>
      </form>
    </article>
  );
}
