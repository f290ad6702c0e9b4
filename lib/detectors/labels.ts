/**
 * Every detector's short name (badges, lists), from its settings file (lib/detectors/settings),
 * so the pages can name a detector without bundling every detector's code.
 */
import type { Bilingual } from '../schema';
import { DETECTOR_NAMES } from './settings';
import type { DetectorId } from './types';

export const DETECTOR_LABELS: Readonly<Record<DetectorId, Bilingual>> = DETECTOR_NAMES;

/** A detector's short name in both languages, or the id itself for one this build does not know. */
export const detectorLabels = (id: string): Bilingual => (DETECTOR_LABELS as Record<string, Bilingual | undefined>)[id] ?? { en: id, zh: id };

/** A detector's short name, or the id itself for one this build does not know. */
export const detectorLabel = (id: string, lang: 'en' | 'zh'): string => detectorLabels(id)[lang];
