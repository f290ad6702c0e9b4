/**
 * The detectors as the pages show them: what they know of each (its name and family,
 * lib/detectors/labels) with its check's description and tuning, each imported alone from the
 * check files (.wxt/registry/detector-texts), so the pages bundle none of the checks' code.
 */
import type { Bilingual } from '../schema';
import { DETECTOR_DESCRIPTIONS, DETECTOR_TUNINGS } from '../../.wxt/registry/detector-texts';
import { DETECTOR_INFO, type DetectorInfo } from './labels';
import type { Tuning } from './types';

export interface PageDetector extends DetectorInfo {
  /** What it checks, in a sentence. */
  readonly description: Bilingual;
  /** How a seller's "threshold too strict" dismissals move its threshold, when they can. */
  readonly tuning?: Tuning;
}

const shownOf = /* @__NO_SIDE_EFFECTS__ */ (list: readonly DetectorInfo[], descriptions: Readonly<Record<string, Bilingual>>, tunings: Readonly<Record<string, Tuning>>): PageDetector[] =>
  list.map((detector) => ({ ...detector, description: descriptions[detector.id]!, ...(tunings[detector.id] !== undefined && { tuning: tunings[detector.id] }) }));

/** Every detector in the order of DETECTORS, with its description and its tuning. */
export const PAGE_DETECTORS: readonly PageDetector[] = /* @__PURE__ */ shownOf(DETECTOR_INFO, DETECTOR_DESCRIPTIONS, DETECTOR_TUNINGS);
