/**
 * What the pages know of each detector (its short name for badges and lists, its family), from
 * its settings file (lib/detectors/settings), so the pages name and group detectors without
 * bundling any detector's code.
 */
import type { Bilingual } from '../schema';
import { DETECTOR_LIST, DETECTOR_NAMES } from './settings';
import type { DetectorFamily, DetectorId } from './types';

export const DETECTOR_LABELS: Readonly<Record<DetectorId, Bilingual>> = DETECTOR_NAMES;

/** A detector as the pages know it: its id, its family and its short name. */
export interface DetectorInfo {
  readonly id: DetectorId;
  readonly family: DetectorFamily;
  readonly label: Bilingual;
}

/** Every detector as the pages list it, in the order of DETECTORS. */
export const DETECTOR_INFO: readonly DetectorInfo[] = DETECTOR_LIST;

/** What the pages know of the detector `id`, or undefined for one this build does not know (lib/detectors re-exports it). */
export const detectorById = (id: string): DetectorInfo | undefined => DETECTOR_INFO.find((detector) => detector.id === id);

/** A detector's short name in both languages, or the id itself for one this build does not know. */
export const detectorLabels = (id: string): Bilingual => (DETECTOR_LABELS as Record<string, Bilingual | undefined>)[id] ?? { en: id, zh: id };

/** A detector's short name, or the id itself for one this build does not know. */
export const detectorLabel = (id: string, lang: 'en' | 'zh'): string => detectorLabels(id)[lang];
