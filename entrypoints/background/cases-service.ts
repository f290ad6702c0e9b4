/** The seller's work on cases: notes, statuses, the case record, blocks, replies used, opening one. */
import { addNote, addNoteToOrder, setCaseStatus } from '../../lib/ingest';
import { blockBuyer, recordChange, recordReplyUsed } from '../../lib/cases/store';
import type { HandlerDeps, Service } from './service';

type CasesTypes = 'case.addNote' | 'case.setStatus' | 'case.templateUsed' | 'case.record' | 'buyer.block' | 'order.addNote' | 'ui.openCase';

export function casesService(deps: HandlerDeps): Service<CasesTypes> {
  return {
    async 'case.addNote'(msg) {
      const note = await addNote(deps.db, msg.caseKey, msg.text, deps.now());
      deps.onCasesChanged();
      return { ok: true, note };
    },
    async 'case.setStatus'(msg) {
      const updated = await setCaseStatus(deps.db, msg.caseKey, msg.status, deps.now(), {
        ...(msg.dismissReason ? { dismissReason: msg.dismissReason } : {}),
        ...(msg.waitingOn ? { waitingOn: msg.waitingOn } : {}),
        ...(msg.resolution ? { resolution: msg.resolution } : {}),
      });
      deps.onCasesChanged();
      return { ok: true, case: updated };
    },
    async 'case.templateUsed'(msg) {
      await recordReplyUsed(deps.db, msg.caseKey, { templateId: msg.templateId, language: msg.language, action: msg.action }, deps.now());
      return { ok: true };
    },
    async 'case.record'(msg) {
      const updated = await recordChange(deps.db, msg.caseKey, msg.change, deps.now());
      deps.onCasesChanged();
      return { ok: true, case: updated };
    },
    async 'buyer.block'(msg) {
      return { ok: true, ...(await blockBuyer(deps.db, msg.caseKey, msg.reason, deps.now())) };
    },
    async 'order.addNote'(msg) {
      const result = await addNoteToOrder(deps.db, msg.marketplace, msg.orderId, msg.text, deps.now());
      deps.onCasesChanged();
      return { ok: true, ...result };
    },
    async 'ui.openCase'(msg, sender) {
      if (!deps.openCase) throw new Error('the side panel cannot be opened here');
      await deps.openCase(msg.caseKey, sender.tab?.id);
      return { ok: true };
    },
  };
}
