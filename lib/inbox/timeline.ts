/**
 * A case's timeline: the seller's notes and the case events (status changes, templates used,
 * detection changes) merged by time, each told as one plain sentence.
 */
import { caseStatusLabel, dismissReasonLabel, t, type MessageKey } from '../i18n';
import type { CaseEvent, Language, Note, Resolution, Severity, WaitingOn } from '../schema';
import { SEVERITY_RANK } from '../schema';
import { causeText, partyLabel } from '../cases/words';
import { eventItemLabel } from '../cases/record';

export type TimelineEntry =
  | { kind: 'note'; at: number; note: Note }
  | { kind: 'event'; at: number; event: CaseEvent; /** Severity before a detection change, when known. */ previous?: Severity };

/** Notes and events, oldest first; at the same instant the event comes first (it caused the note). */
export function mergeTimeline(notes: readonly Note[], events: readonly CaseEvent[]): TimelineEntry[] {
  const sortedEvents = [...events].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
  let severity: Severity | undefined;
  const entries: TimelineEntry[] = sortedEvents.map((event) => {
    const previous = severity;
    if (event.kind === 'detection') severity = event.severity;
    return previous === undefined ? { kind: 'event', at: event.at, event } : { kind: 'event', at: event.at, event, previous };
  });
  for (const note of notes) entries.push({ kind: 'note', at: note.createdAt, note });
  // Stable sort: events were pushed first, so they stay before a note of the same instant.
  return entries.sort((a, b) => a.at - b.at);
}

const WAITING_KEYS: Record<WaitingOn, MessageKey> = {
  buyer: 'inboxWaitingOnBuyer',
  carrier: 'inboxWaitingOnCarrier',
  platform: 'inboxWaitingOnPlatform',
};
export const waitingOnLabel = (lang: Language, w: WaitingOn): string => t(lang, WAITING_KEYS[w]);

const RESOLUTION_KEYS: Record<Resolution['category'], MessageKey> = {
  reshipped: 'inboxResReshipped',
  refunded: 'inboxResRefunded',
  partial_compensation: 'inboxResPartialCompensation',
  replacement: 'inboxResReplacement',
  exchange: 'inboxResExchange',
  repair: 'inboxResRepair',
  explained: 'inboxResExplained',
  escalated: 'inboxResEscalated',
  no_action: 'inboxResNoAction',
};
export const resolutionCategoryLabel = (lang: Language, c: Resolution['category']): string => t(lang, RESOLUTION_KEYS[c]);

/** Money in the seller's locale: ¥5.00 / CN¥5.00. */
export function formatMoney(lang: Language, amount: number, currency: string): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(amount);
}

/** "partial compensation, ¥5.00" */
export function resolutionText(lang: Language, r: Resolution): string {
  const label = resolutionCategoryLabel(lang, r.category);
  if (r.amount === undefined || r.currency === undefined) return label;
  return t(lang, 'inboxResolutionWithAmount', { label, amount: formatMoney(lang, r.amount, r.currency) });
}

/** A status as a phrase: "waiting on carrier", "resolved (refunded, ¥20.00)", "dismissed (false alarm)". */
export function statusPhrase(lang: Language, e: Extract<CaseEvent, { kind: 'status' }>): string {
  if (e.to === 'waiting' && e.waitingOn) return waitingOnLabel(lang, e.waitingOn);
  if (e.to === 'resolved' && e.resolution) return t(lang, 'inboxStatusWith', { status: caseStatusLabel(lang, 'resolved'), detail: resolutionText(lang, e.resolution) });
  if (e.to === 'dismissed' && e.dismissReason)
    return t(lang, 'inboxStatusWith', { status: caseStatusLabel(lang, 'dismissed'), detail: dismissReasonLabel(lang, e.dismissReason) });
  return caseStatusLabel(lang, e.to);
}

/**
 * One sentence for a timeline event. `templateName` gives a template's title by id (the
 * id is shown when the template is gone).
 */
export function describeEvent(
  lang: Language,
  entry: Extract<TimelineEntry, { kind: 'event' }>,
  templateName: (id: string) => string | undefined = () => undefined,
): string {
  const e = entry.event;
  switch (e.kind) {
    case 'status':
      return e.from === undefined
        ? t(lang, 'inboxEventStatusTo', { to: statusPhrase(lang, e) })
        : t(lang, 'inboxEventStatus', { from: caseStatusLabel(lang, e.from), to: statusPhrase(lang, e) });
    case 'template':
      return t(lang, e.action === 'copy' ? 'inboxEventTemplateCopied' : 'inboxEventTemplateInserted', {
        name: templateName(e.templateId) ?? e.templateId,
      });
    case 'cause':
      return e.cause ? t(lang, 'caseEventCause', { cause: causeText(lang, e.cause) }) : t(lang, 'caseEventCauseCleared');
    case 'responsible':
      return e.responsible ? t(lang, 'caseEventResponsible', { party: partyLabel(lang, e.responsible) }) : t(lang, 'caseEventResponsibleCleared');
    case 'check':
      return t(lang, e.done ? 'caseEventChecked' : 'caseEventUnchecked', { measure: eventItemLabel(e.label, lang) });
    case 'followUp':
      return e.followUpAt === undefined
        ? t(lang, 'caseEventFollowUpCleared')
        : t(lang, 'caseEventFollowUp', { time: new Date(e.followUpAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' }) });
    case 'block':
      return t(lang, 'caseEventBlocked', { buyer: e.buyer, reason: e.reason });
    case 'detection':
      switch (e.change) {
        case 'opened':
          return t(lang, 'inboxEventOpened', { severity: e.severity });
        case 'severity':
          return t(
            lang,
            entry.previous !== undefined && SEVERITY_RANK[e.severity] > SEVERITY_RANK[entry.previous] ? 'inboxEventLowered' : 'inboxEventRaised',
            { severity: e.severity },
          );
        case 'cleared':
          return t(lang, 'inboxEventCleared');
        case 'returned':
          return t(lang, 'inboxEventReturned', { severity: e.severity });
        case 'reopened':
          return t(lang, 'inboxEventReopened', { severity: e.severity });
      }
  }
}
