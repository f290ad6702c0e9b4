/**
 * The seller's settings: language, theme, what the toolbar opens, each detector's settings (from
 * the detectors' own settings files), notifications, re-evaluation, retention and checklists.
 * Apart from lib/schema so the shapes that cross a boundary never depend on the detectors.
 */
import '../zod-config';
import { z } from 'zod/mini';
import { DetectorSettings } from '../detectors/settings';
import { CHECKLIST_MAX, ChecklistDefaultItem } from '../schema';

export const Settings = z.object({
  /** 'auto' follows the browser's UI language. */
  language: z._default(z.enum(['auto', 'en', 'zh']), 'auto'),
  /**
   * What the toolbar icon opens: the popup (counts, read health, teach mode) or, where the
   * browser has one, the side panel straight away.
   */
  toolbarClick: z._default(z.enum(['popup', 'sidepanel']), 'popup'),
  /** 'auto' follows the system's light/dark preference. */
  theme: z._default(z.enum(['auto', 'light', 'dark']), 'auto'),
  detectors: z.prefault(DetectorSettings, {}),
  /** Adapters the seller switched off (e.g. one misreading a console after a redesign). */
  disabledAdapters: z._default(/* @__PURE__ */ z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(100)), []),
  /** Desktop notifications for new P1 cases: off unless the seller turns them on. */
  notifications: z.prefault(
    z.object({ enabled: z._default(z.boolean(), false), dailyCap: z._default(/* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(100)), 5) }),
    {},
  ),
  /** How often open orders are re-evaluated as time passes. */
  reevaluateMinutes: z._default(/* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(24 * 60)), 15),
  /** Orders older than this many days (by placement) without any case are pruned on the re-evaluation alarm. */
  retentionDays: z._default(/* @__PURE__ */ z.number().check(z.int(), z.gte(7), z.lte(3650)), 180),
  /**
   * The seller's own starting checklist per kind of case (lib/cases/handling's kinds), in place of
   * the built-in one for cases opened after; a kind not here starts from the built-in list.
   */
  checklists: z._default(
    /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().check(z.regex(/^[a-z_]{1,40}$/)), /* @__PURE__ */ z.array(ChecklistDefaultItem).check(z.maxLength(CHECKLIST_MAX))),
    {},
  ),
});
export type Settings = z.infer<typeof Settings>;
// Pure: a bundle that never reads the defaults (the content script) leaves every settings schema out.
export const DEFAULT_SETTINGS: Settings = /*#__PURE__*/ Settings.parse({});
