import { DETECTOR_INFO as DETECTORS } from '../lib/detectors/labels';
import { MARKETPLACE_NAMES } from '../lib/marketplaces';
import { SELLER_NOTE } from '../lib/cases/seller-note';
import { caseStatusLabel, severityLabel, t, type MessageKey } from '../lib/i18n';
import {
  DEFAULT_FILTERS,
  DUE_CHOICES,
  isDefaultFilters,
  SEVERITY_CHOICES,
  STATUS_CHOICES,
  type CheckChoice,
  type DueChoice,
  type InboxCounts,
  type InboxFilters,
  type StatusChoice,
} from '../lib/inbox/filter';
import { MARKETPLACES, type Language, type Marketplace } from '../lib/schema';
import { detectorLabel } from './CaseLine';

const FAMILY_KEYS: Record<string, MessageKey> = {
  shipping: 'inboxFamilyShipping',
  payment: 'inboxFamilyPayment',
  creation: 'inboxFamilyCreation',
  outliers: 'inboxFamilyOutliers',
  delivery: 'inboxFamilyDelivery',
  tracking: 'inboxFamilyTracking',
  address: 'inboxFamilyAddress',
  cancellation: 'inboxFamilyCancellation',
  refund: 'inboxFamilyRefund',
  abuse: 'inboxFamilyAbuse',
  complaints: 'inboxFamilyComplaints',
  'after-sales': 'inboxFamilyAfterSales',
  reviews: 'inboxFamilyReviews',
  stock: 'inboxFamilyStock',
  shop: 'inboxFamilyShop',
  [SELLER_NOTE]: 'inboxFamilySellerNote',
};
export const familyLabel = (lang: Language, family: string): string => {
  const key = FAMILY_KEYS[family];
  return key ? t(lang, key) : family;
};

/** Families in catalogue order, each with its detectors; seller notes last. */
const FAMILIES: ReadonlyArray<{ family: string; detectors: string[] }> = (() => {
  const byFamily = new Map<string, string[]>();
  for (const d of DETECTORS) byFamily.set(d.family, [...(byFamily.get(d.family) ?? []), d.id]);
  byFamily.set(SELLER_NOTE, [SELLER_NOTE]);
  return [...byFamily].map(([family, detectors]) => ({ family, detectors }));
})();

const STATUS_LABEL = (lang: Language, s: StatusChoice): string =>
  s === 'live' ? t(lang, 'inboxStatusLive') : s === 'all' ? t(lang, 'inboxStatusAll') : caseStatusLabel(lang, s);
const DUE_KEYS: Record<DueChoice, MessageKey> = {
  all: 'inboxDueAll',
  overdue: 'inboxDueOverdue',
  today: 'inboxDueToday',
  week: 'inboxDueWeek',
};

const withCount = (lang: Language, label: string, n: number | undefined) => t(lang, 'inboxChoiceCount', { label, n: n ?? 0 });

/**
 * The inbox filters, each choice with how many cases it would show given the others.
 * Severity and due are one-click buttons (few values); the longer lists are selects.
 */
export function Filters(props: { filters: InboxFilters; counts: InboxCounts; lang: Language; onChange: (next: InboxFilters) => void }) {
  const { filters, counts, lang } = props;
  const set = (change: Partial<InboxFilters>) => props.onChange({ ...filters, ...change });
  const changed = !isDefaultFilters(filters);

  return (
    <form class="filters" role="search" aria-label={t(lang, 'inboxFilters')} onSubmit={(e) => e.preventDefault()}>
      <input
        type="search"
        data-testid="filter-text"
        aria-label={t(lang, 'inboxFilterText')}
        placeholder={t(lang, 'inboxTextPlaceholder')}
        value={filters.text}
        onInput={(e) => set({ text: e.currentTarget.value })}
      />
      <div class="chips" role="group" aria-label={t(lang, 'inboxFilterSeverity')} data-testid="filter-severity">
        {SEVERITY_CHOICES.map((s) => (
          <button
            type="button"
            key={s}
            data-value={s}
            class={s === 'all' ? undefined : `chip-${s}`}
            aria-pressed={filters.severity === s}
            title={s === 'all' ? undefined : severityLabel(lang, s)}
            onClick={() => set({ severity: s })}
          >
            {s === 'all' ? t(lang, 'inboxAllSeverities') : s} <span class="n">{counts.severity[s]}</span>
          </button>
        ))}
      </div>
      <div class="chips" role="group" aria-label={t(lang, 'inboxFilterDue')} data-testid="filter-due">
        {DUE_CHOICES.map((d) => (
          <button type="button" key={d} data-value={d} aria-pressed={filters.due === d} onClick={() => set({ due: d })}>
            {t(lang, DUE_KEYS[d])} <span class="n">{counts.due[d]}</span>
          </button>
        ))}
      </div>
      <div class="selects">
        <label>
          <span>{t(lang, 'inboxFilterCheck')}</span>
          <select data-testid="filter-check" value={filters.check} onChange={(e) => set({ check: e.currentTarget.value as CheckChoice })}>
            <option value="all">{withCount(lang, t(lang, 'inboxAllChecks'), counts.check['all'])}</option>
            {FAMILIES.map(({ family, detectors }) => (
              <optgroup key={family} label={familyLabel(lang, family)}>
                {detectors.length > 1 && (
                  <option value={`family:${family}`}>
                    {withCount(lang, t(lang, 'inboxFamilyAll', { family: familyLabel(lang, family) }), counts.check[`family:${family}`])}
                  </option>
                )}
                {detectors.map((id) => (
                  <option key={id} value={`detector:${id}`}>
                    {withCount(lang, detectorLabel(lang, id), counts.check[`detector:${id}`])}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          <span>{t(lang, 'inboxFilterMarketplace')}</span>
          <select
            data-testid="filter-marketplace"
            value={filters.marketplace}
            onChange={(e) => set({ marketplace: e.currentTarget.value as Marketplace | 'all' })}
          >
            <option value="all">{withCount(lang, t(lang, 'inboxAllMarketplaces'), counts.marketplace['all'])}</option>
            {MARKETPLACES.filter((m) => counts.marketplace[m] || filters.marketplace === m).map((m) => (
              <option key={m} value={m}>
                {withCount(lang, MARKETPLACE_NAMES[m][lang], counts.marketplace[m])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t(lang, 'inboxFilterStatus')}</span>
          <select data-testid="filter-status" value={filters.status} onChange={(e) => set({ status: e.currentTarget.value as StatusChoice })}>
            {STATUS_CHOICES.map((s) => (
              <option key={s} value={s}>
                {withCount(lang, STATUS_LABEL(lang, s), counts.status[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {filters.openedThisWeek && (
        <p class="week-note" data-testid="filter-week">
          <span>{t(lang, 'inboxOpenedThisWeek')}</span>
          <button type="button" class="link" aria-label={t(lang, 'inboxRemoveFilter')} onClick={() => set({ openedThisWeek: false })}>
            ✕
          </button>
        </p>
      )}
      {changed && (
        <button type="button" class="link clear" onClick={() => props.onChange(DEFAULT_FILTERS)}>
          {t(lang, 'inboxClearFilters')}
        </button>
      )}
    </form>
  );
}
