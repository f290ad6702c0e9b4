import { useState } from 'preact/hooks';
import { caseStatusLabel, dismissReasonLabel, t } from '../../lib/i18n';
import { resolutionCategoryLabel, statusPhrase, waitingOnLabel } from '../../lib/inbox/timeline';
import { CASE_STATUSES, DISMISS_REASONS, RESOLUTIONS, WAITING_ON, type Case, type Message, type Resolution } from '../../lib/schema';
import type { Language } from '../../lib/schema';

/** Remedies where money moved: the amount is asked for (weekly summary: money at stake). */
const WITH_AMOUNT: ReadonlySet<Resolution['category']> = new Set(['refunded', 'partial_compensation']);

type Choosing = 'waiting' | 'resolved' | 'dismissed' | undefined;

/** "5", "12.50", "12,50" → a non-negative amount; anything else is undefined. */
export function parseAmount(text: string): number | undefined {
  const normal = text.trim().replace(/[,，]/g, '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return undefined;
  return Number(normal);
}

/**
 * One-click status transitions. Waiting asks on whom, resolved asks the remedy (and the
 * amount where money moved), dismissed asks why (the reasons tune the thresholds).
 */
export function CaseStatus(props: { item: Case; lang: Language; currency: string; act: (m: Message) => void }) {
  const { item, lang, act } = props;
  const [choosing, setChoosing] = useState<Choosing>();
  const [pending, setPending] = useState<Resolution['category']>();
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(props.currency);
  const [amountError, setAmountError] = useState(false);
  const setStatus = (extra: Omit<Extract<Message, { type: 'case.setStatus' }>, 'type' | 'caseKey'>) => {
    setChoosing(undefined);
    setPending(undefined);
    act({ type: 'case.setStatus', caseKey: item.key, ...extra });
  };
  const toggle = (c: Choosing) => {
    setPending(undefined);
    setChoosing(choosing === c ? undefined : c);
  };
  const saveAmount = (e: Event) => {
    e.preventDefault();
    const value = parseAmount(amount);
    if (value === undefined || pending === undefined || !/^[A-Z]{3}$/.test(currency)) return setAmountError(true);
    setAmountError(false);
    setStatus({ status: 'resolved', resolution: { category: pending, amount: value, currency } });
  };

  return (
    <>
      <div class="statuses" role="group" aria-label={t(lang, 'caseStatus')} data-testid="case-status">
        {CASE_STATUSES.map((s) => (
          <button
            type="button"
            key={s}
            data-status={s}
            aria-pressed={item.status === s}
            aria-expanded={s === 'waiting' || s === 'resolved' || s === 'dismissed' ? choosing === s : undefined}
            onClick={() => (s === 'waiting' || s === 'resolved' || s === 'dismissed' ? toggle(s) : setStatus({ status: s }))}
          >
            {caseStatusLabel(lang, s)}
          </button>
        ))}
      </div>
      {choosing === 'waiting' && (
        <div class="statuses sub" role="group" aria-label={t(lang, 'inboxWaitingOnWho')} data-testid="waiting-on">
          <span class="muted">{t(lang, 'inboxWaitingOnWho')}</span>
          {WAITING_ON.map((w) => (
            <button type="button" key={w} data-waiting={w} onClick={() => setStatus({ status: 'waiting', waitingOn: w })}>
              {waitingOnLabel(lang, w)}
            </button>
          ))}
        </div>
      )}
      {choosing === 'resolved' && (
        <div class="statuses sub" role="group" aria-label={t(lang, 'inboxResolvedHow')} data-testid="resolutions">
          <span class="muted">{t(lang, 'inboxResolvedHow')}</span>
          {RESOLUTIONS.map((r) => (
            <button
              type="button"
              key={r}
              data-resolution={r}
              aria-pressed={pending === r}
              onClick={() => (WITH_AMOUNT.has(r) ? setPending(r) : setStatus({ status: 'resolved', resolution: { category: r } }))}
            >
              {resolutionCategoryLabel(lang, r)}
            </button>
          ))}
        </div>
      )}
      {choosing === 'resolved' && pending !== undefined && (
        <form class="amount-form" data-testid="resolution-amount" onSubmit={saveAmount}>
          <label>
            {t(lang, 'inboxAmount')}{' '}
            <input inputMode="decimal" name="amount" value={amount} autoFocus onInput={(e) => setAmount(e.currentTarget.value)} />
          </label>
          <label>
            {t(lang, 'inboxCurrency')}{' '}
            <input name="currency" size={4} maxLength={3} value={currency} onInput={(e) => setCurrency(e.currentTarget.value.toUpperCase())} />
          </label>
          <button type="submit" class="primary">
            {t(lang, 'inboxSave')}
          </button>
          <button type="button" class="link" onClick={() => setPending(undefined)}>
            {t(lang, 'inboxCancel')}
          </button>
          {amountError && (
            <span class="error" role="alert">
              {t(lang, 'inboxAmountInvalid')}
            </span>
          )}
        </form>
      )}
      {choosing === 'dismissed' && (
        <div class="statuses sub dismiss-reasons" role="group" aria-label={t(lang, 'dismissWhy')} data-testid="dismiss-reasons">
          <span class="muted">{t(lang, 'dismissWhy')}</span>
          {DISMISS_REASONS.map((reason) => (
            <button type="button" key={reason} data-reason={reason} onClick={() => setStatus({ status: 'dismissed', dismissReason: reason })}>
              {dismissReasonLabel(lang, reason)}
            </button>
          ))}
        </div>
      )}
      {item.status === 'dismissed' && item.dismissReason ? (
        <p class="muted" data-testid="dismissed-because">
          {t(lang, 'dismissedBecause', { reason: dismissReasonLabel(lang, item.dismissReason) })}
        </p>
      ) : (
        (item.status === 'waiting' || item.status === 'resolved') && (
          <p class="muted" data-testid="case-status-now">
            {t(lang, 'inboxNowStatus', {
              status: statusPhrase(lang, {
                kind: 'status',
                caseKey: item.key,
                at: 0,
                to: item.status,
                ...(item.waitingOn ? { waitingOn: item.waitingOn } : {}),
                ...(item.resolution ? { resolution: item.resolution } : {}),
              }),
            })}
          </p>
        )
      )}
    </>
  );
}
