/** The case record's words in the seller's language (causes, parties, kinds), for every view and export. */
import { CAUSES, HANDLING_NAMES, PARTY_NAMES, isCauseCode, type HandlingKind } from './handling';
import type { CaseCause, Language, ResponsibleParty } from '../schema';

/** A cause code's words; a code no list knows any more is shown as written. */
export const causeLabel = (lang: Language, code: string): string => (isCauseCode(code) ? CAUSES[code][lang] : code);

/** "Lost in transit — carrier says the hub flooded" */
export const causeText = (lang: Language, cause: CaseCause): string =>
  cause.text === undefined ? causeLabel(lang, cause.code) : `${causeLabel(lang, cause.code)} — ${cause.text}`;

export const partyLabel = (lang: Language, party: ResponsibleParty): string => PARTY_NAMES[party][lang];

export const kindLabel = (lang: Language, kind: HandlingKind): string => HANDLING_NAMES[kind][lang];
