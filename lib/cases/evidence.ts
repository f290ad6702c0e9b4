/**
 * A case's evidence pack (DOMAIN.md: a case exported alone for a platform appeal 申诉 or a carrier
 * claim): the order as read, its status history, what the detector saw, the seller's record, the
 * timeline, notes, replies used and the names of the seller's attachments. One pack, three forms:
 * JSON (the records as stored), Markdown and the printable page (entrypoints/evidence), both told
 * from the same pack. Scraped text stays text: Markdown escapes it, the page renders it as text.
 */
import { z } from 'zod/mini';
import { listCaseEvents, listNotes, listStatusHistory, loadCase, loadOrder, loadSettings, type SentinelDB } from '../db';
import { detectorLabel } from '../detectors/labels';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { BUILT_IN_TEMPLATES } from '../templates/catalogue';
import { caseStatusLabel, t } from '../i18n';
import { formatEvidence } from '../i18n/evidence';
import { describeEvent, mergeTimeline, resolutionText } from '../inbox/timeline';
import { Case, CaseEvent, Note, Order, StatusChange, isShopLevel, orderKey, type Language } from '../schema';
import { SELLER_NOTE } from './seller-note';
import { kindLabel, causeText, partyLabel } from './words';
import { checklistOf, itemLabel, startingChecklist } from './record';
import type { HandlingKind } from './handling';

export const EVIDENCE_FORMAT = 'order-sentinel/evidence@1';

export const EvidencePack = z.object({
  format: z.literal(EVIDENCE_FORMAT),
  exportedAt: z.number(),
  /** The handling kind the checklist came from. */
  kind: z.string(),
  case: Case,
  order: z.nullable(Order),
  statusHistory: z.array(StatusChange),
  events: z.array(CaseEvent),
  notes: z.array(Note),
});
export type EvidencePack = z.infer<typeof EvidencePack>;

/** Reads everything the pack holds for case `key` (each record zod-parsed); undefined when the case is gone. */
export async function loadEvidence(
  db: SentinelDB,
  key: string,
  now: number,
  kindOf: (c: Case, order: Order | undefined) => HandlingKind,
): Promise<EvidencePack | undefined> {
  const c = await loadCase(db, key);
  if (c === undefined) return undefined;
  const shop = isShopLevel(c);
  const [order, statusHistory, events, notes, settings] = await Promise.all([
    shop ? undefined : loadOrder(db, c.marketplace, c.orderId),
    shop ? [] : listStatusHistory(db, orderKey(c)),
    listCaseEvents(db, key),
    listNotes(db, key),
    loadSettings(db),
  ]);
  const kind = kindOf(c, order);
  // A list nobody edited is the one its kind starts from (the seller's own, if any): the pack shows it as the case did.
  const withList = c.checklist === undefined ? { ...c, checklist: startingChecklist(kind, settings.checklists) } : c;
  return { format: EVIDENCE_FORMAT, exportedAt: now, kind, case: withList, order: order ?? null, statusHistory, events, notes };
}

/** One line of the pack's timeline: when, and what happened in one sentence (a note is the seller's words). */
export interface TimelineLine {
  at: number;
  kind: 'note' | CaseEvent['kind'];
  text: string;
}

/** A built-in template's title in `lang`; the seller's own templates are named by their id. */
export function templateTitle(id: string, lang: Language): string {
  return BUILT_IN_TEMPLATES.find((tpl) => tpl.id === id)?.title[lang] ?? id;
}

export function timelineLines(pack: EvidencePack, lang: Language): TimelineLine[] {
  const name = (id: string) => templateTitle(id, lang);
  return mergeTimeline(pack.notes, pack.events).map((e) =>
    e.kind === 'note' ? { at: e.at, kind: 'note', text: e.note.text } : { at: e.at, kind: e.event.kind, text: describeEvent(lang, e, name) },
  );
}

/** Instants in the pack as the seller reads them: ISO date and time with the zone's offset (UTC here). */
export const isoTime = (at: number): string => new Date(at).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');

/** Labelled facts, in the order a platform reviewer reads them. Values are plain text. */
export interface Section {
  title: string;
  rows: Array<[string, string]>;
}

function money(n: number | undefined, currency: string): string | undefined {
  return n === undefined ? undefined : `${n.toFixed(2)} ${currency}`;
}

/** The pack's sections (everything but the timeline and lists), shared by Markdown and the printable page. */
export function packSections(pack: EvidencePack, lang: Language): Section[] {
  const c = pack.case;
  const o = pack.order;
  const keep = (rows: Array<[string, string | undefined]>): Array<[string, string]> =>
    rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
  const sections: Section[] = [
    {
      title: t(lang, 'evidenceCase'),
      rows: keep([
        [t(lang, 'order'), c.orderId],
        [t(lang, 'inboxFieldMarketplace'), MARKETPLACE_NAMES[c.marketplace][lang]],
        [t(lang, 'evidenceCheck'), c.detector === SELLER_NOTE ? t(lang, 'sellerNote') : detectorLabel(c.detector, lang)],
        [t(lang, 'evidenceSeverity'), c.severity],
        [t(lang, 'caseStatus'), caseStatusLabel(lang, c.status)],
        [t(lang, 'evidenceOpenedAt'), isoTime(c.openedAt)],
        [t(lang, 'evidenceDueAt'), c.dueAt === undefined ? undefined : isoTime(c.dueAt)],
        [t(lang, 'evidenceExplanation'), c.explanation[lang]],
        ...formatEvidence(c.evidence, lang, 'UTC'),
      ]),
    },
    {
      title: t(lang, 'evidenceRecord'),
      rows: keep([
        [t(lang, 'caseRecordCause'), c.cause ? causeText(lang, c.cause) : undefined],
        [t(lang, 'caseRecordResponsible'), c.responsible ? partyLabel(lang, c.responsible) : undefined],
        [t(lang, 'evidenceRemedy'), c.resolution ? resolutionText(lang, c.resolution) : undefined],
        [t(lang, 'caseRecordFollowUp'), c.followUpAt === undefined ? undefined : isoTime(c.followUpAt)],
      ]),
    },
  ];
  if (o) {
    sections.push({
      title: t(lang, 'evidenceOrder'),
      rows: keep([
        [t(lang, 'buyer'), o.buyer],
        [t(lang, 'items'), o.items.map((i) => `${i.title}${i.sku ? ` (${i.sku})` : ''} × ${i.quantity}`).join('; ')],
        [t(lang, 'paid'), money(o.money.paid, o.money.currency)],
        [t(lang, 'inboxFieldRefundRequested'), money(o.refundRequested, o.money.currency)],
        [t(lang, 'inboxFieldRefunded'), money(o.money.refunded, o.money.currency)],
        [t(lang, 'orderStatus'), o.statusRaw],
        [t(lang, 'inboxFieldPlacedAt'), isoTime(o.placedAt)],
        [t(lang, 'inboxFieldPaidAt'), o.paidAt === undefined ? undefined : isoTime(o.paidAt)],
        [t(lang, 'inboxFieldShipBy'), o.shipBy === undefined ? undefined : isoTime(o.shipBy)],
        [t(lang, 'inboxFieldShippedAt'), o.shippedAt === undefined ? undefined : isoTime(o.shippedAt)],
        [t(lang, 'inboxFieldCarrier'), o.carrier],
        [t(lang, 'inboxFieldTracking'), o.trackingNo],
        [t(lang, 'inboxFieldLastTracking'), o.trackingEvent],
        [t(lang, 'inboxFieldDeliverBy'), o.deliverBy === undefined ? undefined : isoTime(o.deliverBy)],
        [t(lang, 'inboxFieldDeliveredAt'), o.deliveredAt === undefined ? undefined : isoTime(o.deliveredAt)],
        [t(lang, 'inboxFieldAfterSales'), o.afterSalesReason?.raw],
        [t(lang, 'inboxFieldBuyerMessage'), o.buyerMessage],
        [t(lang, 'inboxFieldSellerRemark'), o.sellerRemark],
        [t(lang, 'inboxFieldRating'), o.rating === undefined ? undefined : `${o.rating} ★`],
        [t(lang, 'evidenceReadFrom'), `${o.source.url} (${isoTime(o.source.observedAt)})`],
      ]),
    });
  }
  return sections;
}

/** The checklist as "[x] measure (done at)" lines. */
export function checklistLines(pack: EvidencePack, lang: Language): Array<{ done: boolean; text: string; doneAt?: number }> {
  return checklistOf(pack.case, pack.kind as HandlingKind).map((i) => ({
    done: i.doneAt !== undefined,
    text: itemLabel(i, lang),
    ...(i.doneAt === undefined ? {} : { doneAt: i.doneAt }),
  }));
}

/** Text that cannot turn into Markdown structure, a link or HTML when the file is rendered. */
export function mdText(text: string): string {
  return text
    .replace(/[\\`*_[\]#!|~>]/g, (ch) => `\\${ch}`)
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

/** The pack as a Markdown file: what a seller attaches to an appeal or a claim. */
export function evidenceMarkdown(pack: EvidencePack, lang: Language): string {
  const c = pack.case;
  const out: string[] = [`# ${mdText(t(lang, 'evidenceTitle', { orderId: c.orderId }))}`, '', mdText(t(lang, 'evidenceExported', { time: isoTime(pack.exportedAt) })), ''];
  for (const s of packSections(pack, lang)) {
    out.push(`## ${mdText(s.title)}`, '', `| ${mdText(t(lang, 'evidenceField'))} | ${mdText(t(lang, 'evidenceValue'))} |`, '| --- | --- |');
    for (const [k, v] of s.rows) out.push(`| ${mdText(k)} | ${mdText(v)} |`);
    out.push('');
  }
  out.push(`## ${mdText(t(lang, 'caseRecordChecklist', { kind: kindLabel(lang, pack.kind as HandlingKind) }))}`, '');
  for (const i of checklistLines(pack, lang)) out.push(`- [${i.done ? 'x' : ' '}] ${mdText(i.text)}${i.doneAt === undefined ? '' : ` (${isoTime(i.doneAt)})`}`);
  out.push('', `## ${mdText(t(lang, 'evidenceHistory'))}`, '');
  if (pack.statusHistory.length === 0) out.push(mdText(t(lang, 'evidenceNone')));
  for (const h of pack.statusHistory) out.push(`- ${isoTime(h.observedAt)} ${mdText(h.statusRaw)} (${mdText(h.status)})`);
  out.push('', `## ${mdText(t(lang, 'evidenceTimeline'))}`, '');
  const lines = timelineLines(pack, lang);
  if (lines.length === 0) out.push(mdText(t(lang, 'evidenceNone')));
  for (const l of lines) out.push(`- ${isoTime(l.at)} ${l.kind === 'note' ? `${mdText(t(lang, 'evidenceNote'))}: ` : ''}${mdText(l.text)}`);
  out.push('', `## ${mdText(t(lang, 'evidenceReplies'))}`, '');
  const replies = c.repliesUsed ?? [];
  if (replies.length === 0) out.push(mdText(t(lang, 'evidenceNone')));
  for (const r of replies) out.push(`- ${isoTime(r.at)} ${mdText(templateTitle(r.templateId, lang))}`);
  out.push('', `## ${mdText(t(lang, 'evidenceAttachments'))}`, '');
  const files = c.attachments ?? [];
  if (files.length === 0) out.push(mdText(t(lang, 'evidenceNone')));
  for (const a of files) out.push(`- ${mdText(a.name)}`);
  out.push('');
  return out.join('\n');
}

/** The pack as a JSON file: the records as stored, and the timeline told in `lang`. */
export function evidenceJson(pack: EvidencePack, lang: Language): string {
  return `${JSON.stringify({ ...pack, language: lang, timeline: timelineLines(pack, lang), checklist: checklistLines(pack, lang) }, null, 2)}\n`;
}

/** File names for a pack: evidence-<marketplace>-<order id>.md, safe on every file system. */
export function evidenceFileName(pack: EvidencePack, ext: 'md' | 'json'): string {
  return `evidence-${pack.case.marketplace}-${pack.case.orderId.replace(/[^\w.-]+/g, '_').slice(0, 80)}.${ext}`;
}
