/**
 * What the background answers to each message type. Shared by the handler (which builds
 * them) and the client (which parses them), so both sides agree on one schema.
 */
import { z } from 'zod/mini';
import { Case, MessagesResponse, Note, ReadStatus, RowFindings, SkippedRow, type Message } from '../schema';

const Count = /* @__PURE__ */ z.number().check(z.int(), z.nonnegative());

export const ErrorResponse = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

const Ok = z.object({ ok: z.literal(true) });
const OrderNoteOk = z.object({ ok: z.literal(true), note: Note, caseKey: z.string() });

/**
 * What a page reads of the background's answer to its rows: the rows it could not read as orders
 * (by their position in the page's list), which the page then shows as skipped, and the badges of
 * the orders it shows, so one read is one request and its answer.
 */
export const PageReadAnswer = z.object({
  ok: z.literal(true),
  skipped: /* @__PURE__ */ z.array(SkippedRow).check(z.maxLength(20_000)),
  badges: RowFindings,
});

/** The whole answer to a page's rows: also what it stored. */
export const ObservedAnswer = /* @__PURE__ */ z.extend(PageReadAnswer, { written: Count, changed: Count, findings: Count });

export const OK_RESPONSES = {
  'orders.observed': ObservedAnswer,
  'orders.imported': z.object({ ok: z.literal(true), written: Count, changed: Count, findings: Count }),
  'page.status': z.object({ ok: z.literal(true) }),
  'tab.status': z.object({ ok: z.literal(true), status: z.nullable(ReadStatus) }),
  'case.addNote': z.object({ ok: z.literal(true), note: Note }),
  'case.setStatus': z.object({ ok: z.literal(true), case: Case }),
  'detect.now': z.object({ ok: z.literal(true), evaluated: Count, findings: Count }),
  'case.templateUsed': z.object({ ok: z.literal(true) }),
  'case.record': z.object({ ok: z.literal(true), case: Case }),
  'buyer.block': z.object({ ok: z.literal(true), buyer: z.string(), added: z.boolean() }),
  'order.addNote': OrderNoteOk,
  'ui.openCase': z.object({ ok: z.literal(true) }),
  'site.enable': z.object({ ok: z.literal(true) }),
  'site.disable': z.object({ ok: z.literal(true) }),
  'teach.save': z.object({ ok: z.literal(true) }),
  'i18n.messages': MessagesResponse,
  'teach.inject': Ok,
  'notes.inject': Ok,
  'tools.inject': Ok,
  'reader.inject': Ok,
  'pagedata.observed': z.object({ ok: z.literal(true), written: Count, changed: Count, findings: Count }),
  /** Entries merged into stored orders, kept for orders not read yet, and skipped as unreadable. */
  'orders.annotated': z.object({ ok: z.literal(true), applied: Count, waiting: Count, skipped: Count, findings: Count }),
} as const satisfies Record<Message['type'], z.ZodMiniType>;

export type OkResponseOf<T extends Message['type']> = z.infer<(typeof OK_RESPONSES)[T]>;
export type ResponseOf<T extends Message['type']> = OkResponseOf<T> | ErrorResponse;
/** Any answer the background gives: `{ ok: true, ... }` or `{ ok: false, error }`. */
export type Response = ResponseOf<Message['type']>;

// Built in a pure call so a bundle that never uses it (the content script) leaves it out.
export const Response = /*#__PURE__*/ (() => z.union([ErrorResponse, ...Object.values(OK_RESPONSES)]))();

export function responseSchema<T extends Message['type']>(type: T): z.ZodMiniType<ResponseOf<T>> {
  return z.union([OK_RESPONSES[type], ErrorResponse]) as unknown as z.ZodMiniType<ResponseOf<T>>;
}

/**
 * The answers the content script parses, named one by one: it imports these rather than
 * responseSchema, whose table holds every answer's schema (cases, reports…), so the bundler
 * leaves the others out of every console page (content script size).
 */
export const PlainAnswer = z.union([Ok, ErrorResponse]);
export const OrderNoteAnswer = z.union([OrderNoteOk, ErrorResponse]);
