import { useEffect, useState } from 'preact/hooks';
import { detectorLabel as labelOf } from '../lib/detectors/labels';
import { formatDue, severityLabel, t } from '../lib/i18n';
import { SELLER_NOTE } from '../lib/cases/seller-note';
import { isLiveCaseStatus, type Case, type Language } from '../lib/schema';

export const detectorLabel = (lang: Language, id: string): string =>
  id === SELLER_NOTE ? t(lang, 'sellerNote') : labelOf(id, lang);

/** One case in a list: severity, detector, order id, countdown. Carries the automation hooks. */
export function CaseLine(props: {
  item: Case;
  lang: Language;
  now: number;
  selected?: boolean;
  onSelect?: (key: string) => void;
  /** In a virtualised list: the row's place (1-based) and the list's length, for screen readers. */
  position?: number;
  setSize?: number;
}) {
  const { item, lang, now } = props;
  const followUpDue = useFollowUpCome(item, now);
  const overdue = item.dueAt !== undefined && item.dueAt <= now;
  return (
    <li
      class={`case-line sev-${item.severity}${props.selected ? ' selected' : ''}${item.conditionCleared ? ' cleared' : ''}`}
      data-case-key={item.key}
      data-case-detector={item.detector}
      data-case-order={item.orderId}
      data-case-severity={item.severity}
      data-case-status={item.status}
      data-follow-up-due={followUpDue ? 'true' : undefined}
      aria-posinset={props.position}
      aria-setsize={props.setSize}
    >
      <button type="button" class="case-button" onClick={() => props.onSelect?.(item.key)} aria-current={props.selected}>
        <span class={`sev sev-${item.severity}`} title={severityLabel(lang, item.severity)} aria-label={severityLabel(lang, item.severity)}>
          {item.severity}
        </span>
        <span class="case-main">
          <span class="case-title">{detectorLabel(lang, item.detector)}</span>
          <span class="case-order">{item.orderId}</span>
        </span>
        {followUpDue ? (
          <span class="case-due overdue" data-testid="case-line-follow-up">
            {t(lang, 'caseLineFollowUpDue')}
          </span>
        ) : (
          <span class={`case-due${overdue ? ' overdue' : ''}`}>{formatDue(lang, item.dueAt, now)}</span>
        )}
      </button>
    </li>
  );
}

/**
 * Whether the live case's follow-up time has come: at `now`, or at the very moment it passes
 * (a timer), so an open list shows it then rather than at the clock's next tick.
 */
function useFollowUpCome(item: Pick<Case, 'followUpAt' | 'status'>, now: number): boolean {
  const at = item.followUpAt;
  const [reached, setReached] = useState<number>();
  useEffect(() => {
    if (at === undefined || at <= now) return;
    // setTimeout holds at most 2^31-1 ms (~24.8 days): a later follow-up is met by the clock's ticks.
    const id = setTimeout(() => setReached(at), Math.min(at - Date.now(), 2 ** 31 - 1));
    return () => clearTimeout(id);
  }, [at, now]);
  if (at === undefined || !isLiveCaseStatus(item.status)) return false;
  return at <= now || reached === at;
}
