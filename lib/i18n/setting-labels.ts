/**
 * Names of detector settings on the options page (en + zh), from each detector's settings file
 * (lib/detectors/settings); unknown keys are humanised.
 */
import { SETTING_LABELS as LABELS } from '../detectors/settings';
import type { Language } from '../schema';

export function settingLabel(lang: Language, key: string): string {
  const known = LABELS[key];
  if (known) return known[lang];
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words;
}
