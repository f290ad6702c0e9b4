/**
 * What the rest of the extension knows of each detector without running it: its settings file
 * (one per detector, named by its id) holds its short name, its settings schema, its settings'
 * names, its evidence's names and words and the inputs it needs; scripts/registries.mjs lists
 * them by the place each declares. Kept apart from the detectors so lib/schema and the pages
 * import them without a cycle and without the detectors' code.
 */
import { z } from 'zod/mini';
import type { Bilingual } from '../../schema';
import { type Labels, SHARED_EVIDENCE_LABELS, SHARED_EVIDENCE_VALUES } from './common';
import { CLOCK_ORDER, SETTINGS_FILES } from '../../../.wxt/registry/detector-settings';
import type { DetectorFamily } from '../types';

/** Every detector's settings file by its id, in the order a seller's settings are saved (each file's `place`). */
const FILES = SETTINGS_FILES;
type Files = typeof FILES;

const settingsOf = /* @__NO_SIDE_EFFECTS__ */ (files: Files) =>
  z.object(
    Object.fromEntries(Object.entries(files).map(([id, file]) => [id, z.prefault(file.settings, {})])) as {
      [Id in keyof Files]: z.ZodMiniPrefault<Files[Id]['settings']>;
    },
  );

/** Each detector's settings, defaults filled in for a detector a stored object does not name. */
export const DetectorSettings = /* @__PURE__ */ settingsOf(FILES);

// Built by functions called with names only: a property read in the arguments of a pure call
// would keep every settings file in the content scripts, which use neither.
const namesOf = /* @__NO_SIDE_EFFECTS__ */ (files: Files) =>
  Object.fromEntries(Object.entries(files).map(([id, file]) => [id, file.label])) as Record<keyof Files, Bilingual>;

/** Each detector's short name (lib/detectors/labels serves it to the pages). */
export const DETECTOR_NAMES = /* @__PURE__ */ namesOf(FILES);

const listOf = /* @__NO_SIDE_EFFECTS__ */ (files: Files, order: typeof CLOCK_ORDER) =>
  order.map((id) => ({ id, family: files[id].family, label: files[id].label }));

/**
 * Every detector as the pages list it (its id, family and short name), in the order of DETECTORS:
 * what the pages know of a detector without the checks' code (lib/detectors/labels serves it).
 */
export const DETECTOR_LIST: readonly { readonly id: keyof Files; readonly family: DetectorFamily; readonly label: Bilingual }[] = /* @__PURE__ */ listOf(FILES, CLOCK_ORDER);

const inputsOf = /* @__NO_SIDE_EFFECTS__ */ (files: Files) =>
  Object.fromEntries(Object.entries(files).map(([id, file]) => [id, file.inputs])) as { [Id in keyof Files]: Files[Id]['inputs'] };

/** What each detector needs beyond what every console shows, as its file declares (lib/detectors/consoles reads it). */
export const DETECTOR_INPUT_IDS = /* @__PURE__ */ inputsOf(FILES);

const labelsOf = /* @__NO_SIDE_EFFECTS__ */ (files: Files, part: 'settingLabels' | 'evidenceLabels' | 'evidenceValues', shared: Labels): Labels =>
  Object.assign({}, shared, ...Object.values(files).map((file) => file[part]));

/** Every detector's settings' names, by setting key (lib/i18n/setting-labels serves them to the options page). */
export const SETTING_LABELS = /* @__PURE__ */ labelsOf(FILES, 'settingLabels', {});
/** Every evidence key's name, by key (lib/i18n/evidence shows them). */
export const EVIDENCE_LABELS = /* @__PURE__ */ labelsOf(FILES, 'evidenceLabels', SHARED_EVIDENCE_LABELS);
/** Every word value a detector writes in evidence, in both languages. */
export const EVIDENCE_VALUES = /* @__PURE__ */ labelsOf(FILES, 'evidenceValues', SHARED_EVIDENCE_VALUES);
