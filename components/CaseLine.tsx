import { detectorLabel as labelOf } from '../lib/detectors/labels';
import { formatDue, severityLabel, t } from '../lib/i18n';
import { SELLER_NOTE } from '../lib/cases/seller-note';
import type { Case, Language } from '../lib/schema';

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
  const overdue = item.dueAt !== undefined && item.dueAt <= now;
  return (
    <li
      class={`case-line sev-${item.severity}${props.selected ? ' selected' : ''}${item.conditionCleared ? ' cleared' : ''}`}
      data-case-key={item.key}
      data-case-detector={item.detector}
      data-case-order={item.orderId}
      data-case-severity={item.severity}
      data-case-status={item.status}
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
        <span class={`case-due${overdue ? ' overdue' : ''}`}>{formatDue(lang, item.dueAt, now)}</span>
      </button>
    </li>
  );
}
