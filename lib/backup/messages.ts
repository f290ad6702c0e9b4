/** A refused backup file, explained in the seller's language. */
import { t, type MessageKey } from '../i18n';
import type { Language } from '../schema';
import { BACKUP_VERSION, type BackupProblem, type BackupTables } from './format';

const TABLE_KEYS: Record<keyof BackupTables | 'header', MessageKey> = {
  orders: 'backupTableOrders',
  statusHistory: 'backupTableStatusHistory',
  cases: 'backupTableCases',
  notes: 'backupTableNotes',
  caseEvents: 'backupTableCaseEvents',
  settings: 'backupTableSettings',
  header: 'backupTableHeader',
};

/** Why a file was refused, in the seller's language (zod's own detail stays as it is). */
export function problemText(lang: Language, p: BackupProblem): string {
  switch (p.kind) {
    case 'corrupt':
      return t(lang, 'backupCorrupt', { detail: p.detail });
    case 'foreign':
      return t(lang, 'backupForeign');
    case 'no-version':
      return t(lang, 'backupNoVersion');
    case 'newer':
      return t(lang, 'backupNewer', { version: p.version, max: BACKUP_VERSION });
    case 'invalid': {
      const table = t(lang, TABLE_KEYS[p.table]);
      if (p.record === undefined) return t(lang, 'backupInvalidPart', { table, field: p.field, detail: p.detail });
      const name = p.name === undefined ? '' : ` (${p.name})`;
      return t(lang, 'backupInvalidRecord', { table, record: p.record, name, field: p.field, detail: p.detail });
    }
  }
}

