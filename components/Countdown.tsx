import { useNow } from './clock';
import { marketplaceTimeZone } from '../lib/marketplaces';
import { t } from '../lib/i18n';
import { formatTime } from '../lib/i18n/format';
import type { Language, Marketplace } from '../lib/schema';

const MINUTE = 60_000;

/** "2 d 3 h", "4 h 12 min", "35 min": minutes matter once a deadline is near. */
export function countdownText(lang: Language, ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return t(lang, 'daysHours', { d: Math.floor(hours / 24), h: hours % 24 });
  if (hours === 0) return t(lang, 'minutes', { n: minutes });
  return `${t(lang, 'hours', { n: hours })} ${t(lang, 'minutes', { n: minutes % 60 })}`;
}

/** A time on the marketplace's clock, naming that clock when it is not the browser's (lib/i18n/format). */
export function formatOnClock(lang: Language, at: number, marketplace: Marketplace): string {
  return formatTime(lang, at, marketplaceTimeZone(marketplace), 'weekdayTime');
}

/**
 * A case's live countdown on the marketplace's clock, ticking each minute. It says plainly
 * that every hour counts (nights and weekends too), whatever business hours the seller keeps.
 */
export function Countdown(props: { dueAt: number | undefined; marketplace: Marketplace; lang: Language }) {
  const { dueAt, marketplace, lang } = props;
  const now = useNow(MINUTE);
  if (dueAt === undefined) {
    return (
      <p class="countdown muted" data-testid="case-countdown">
        {t(lang, 'noDueTime')}
      </p>
    );
  }
  const overdue = dueAt <= now;
  return (
    <div class={`countdown${overdue ? ' overdue' : ''}`} data-testid="case-countdown">
      <strong role="timer" aria-live="off">
        {t(lang, overdue ? 'inboxCountdownOverdue' : 'inboxCountdownLeft', { time: countdownText(lang, dueAt - now) })}
      </strong>{' '}
      <span>{t(lang, 'inboxDueAt', { time: formatOnClock(lang, dueAt, marketplace) })}</span>
      <p class="clock-note">{t(lang, 'inboxClockNote')}</p>
    </div>
  );
}
