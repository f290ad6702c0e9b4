/**
 * Turns a finding's evidence (detector-specific keys and raw values) into label/value pairs
 * a seller reads: labels in their language (each detector names its keys and words in its
 * settings file, lib/detectors/settings), instants on the clock given (lib/i18n/format), no raw ISO text.
 */
import { EVIDENCE_LABELS as LABELS, EVIDENCE_VALUES as VALUES } from '../detectors/settings';
import type { Evidence, Language } from '../schema';
import { formatTime } from './format';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** `split camelCase` → "Split camel case" for keys this table does not know yet. */
function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatEvidenceValue(
  value: Evidence[string],
  lang: Language,
  timeZone?: string,
): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (ISO_INSTANT.test(value)) {
    return formatTime(lang, Date.parse(value), timeZone);
  }
  return VALUES[value]?.[lang] ?? value;
}

export function formatEvidence(evidence: Evidence, lang: Language, timeZone?: string): Array<[string, string]> {
  return Object.entries(evidence).map(([key, value]) => [
    LABELS[key]?.[lang] ?? humanize(key),
    formatEvidenceValue(value, lang, timeZone),
  ]);
}
