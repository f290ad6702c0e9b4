import { useEffect, useState } from 'preact/hooks';
import { familyLabel } from '../../components/Filters';
import { useDb, useLanguage, useLive } from '../../components/hooks';
import { usePageTitle } from '../../components/look';
import { ImportDrop } from '../../components/ImportDrop';
import { ADAPTERS, adapterById } from '../../lib/adapters';
import { listCases, loadSettings, saveSettings, type SentinelDB } from '../../lib/db';
import { dismissalStats, proposeThreshold } from '../../lib/cases/tuning';
import { useNow } from '../../components/clock';
import { PAGE_DETECTORS as DETECTORS } from '../../lib/detectors/pages';
import { dismissReasonLabel, t } from '../../lib/i18n';
import { formatTime, tn } from '../../lib/i18n/format';
import { MARKETPLACES, type Case, type Language, type Marketplace, type SiteAccess } from '../../lib/schema';
import { type Settings } from '../../lib/settings';
import { MARKETPLACE_NAMES } from '../../lib/marketplaces';
import { settingLabel } from '../../lib/i18n/setting-labels';
import { sitesItem } from '../../lib/storage/items';
import { Checklists } from './Checklists';
import { TemplateEditor } from './TemplateEditor';
import { Data } from './Data';

type DetectorSettings = Settings['detectors'];
type Detector = (typeof DETECTORS)[number];

/** The checks by family, in the catalogue's order: a seller scans a family, not 20 checks. */
const FAMILIES: ReadonlyArray<{ family: string; detectors: Detector[] }> = (() => {
  const byFamily = new Map<string, Detector[]>();
  for (const detector of DETECTORS) byFamily.set(detector.family, [...(byFamily.get(detector.family) ?? []), detector]);
  return [...byFamily].map(([family, detectors]) => ({ family, detectors }));
})();

export function App() {
  const db = useDb();
  const lang = useLanguage(db);
  const settings = useLive(() => loadSettings(db), [db]);
  const cases = useLive(() => listCases(db), [db]);
  const now = useNow(60_000);
  // Said in the language of the page as it is now (a language change is itself saved here).
  const [message, setMessage] = useState<{ ok: boolean; text: (lang: Language) => string }>();
  const title = `${t(lang, 'appName')} · ${t(lang, 'options')}`;
  usePageTitle(title);
  if (!settings) return null;

  const save = (next: Settings) => {
    saveSettings(db, next)
      .then(() => setMessage({ ok: true, text: (l) => t(l, 'settingsSaved') }))
      .catch((e: unknown) => setMessage({ ok: false, text: (l) => t(l, 'errorPrefix', { reason: e instanceof Error ? e.message : String(e) }) }));
  };
  const setDetector = <K extends keyof DetectorSettings>(id: K, patch: Partial<DetectorSettings[K]>) =>
    save({ ...settings, detectors: { ...settings.detectors, [id]: { ...settings.detectors[id], ...patch } } });

  return (
    <main>
      <h1>
        {t(lang, 'appName')} · {t(lang, 'options')}
      </h1>
      <p class="muted">{t(lang, 'optionsIntro')}</p>
      {message && (
        <p class={message.ok ? 'saved' : 'error'} role="status">
          {message.text(lang)}
        </p>
      )}

      <section>
        <h2>{t(lang, 'language')}</h2>
        <select
          data-testid="language"
          value={settings.language}
          onChange={(e) => save({ ...settings, language: e.currentTarget.value as Settings['language'] })}
        >
          <option value="auto">{t(lang, 'languageAuto')}</option>
          <option value="zh">简体中文</option>
          <option value="en">English</option>
        </select>
        <h2>{t(lang, 'toolbarClick')}</h2>
        <select
          data-testid="toolbar-click"
          value={settings.toolbarClick}
          onChange={(e) => save({ ...settings, toolbarClick: e.currentTarget.value as Settings['toolbarClick'] })}
        >
          <option value="popup">{t(lang, 'toolbarClickPopup')}</option>
          <option value="sidepanel">{t(lang, 'toolbarClickPanel')}</option>
        </select>
        <h2>{t(lang, 'theme')}</h2>
        <select
          data-testid="theme"
          value={settings.theme}
          onChange={(e) => save({ ...settings, theme: e.currentTarget.value as Settings['theme'] })}
        >
          <option value="auto">{t(lang, 'themeAuto')}</option>
          <option value="light">{t(lang, 'themeLight')}</option>
          <option value="dark">{t(lang, 'themeDark')}</option>
        </select>
      </section>

      <Consoles db={db} lang={lang} settings={settings} save={save} />

      <section data-testid="notifications">
        <h2>{t(lang, 'notificationsTitle')}</h2>
        <label class="row">
          <input
            type="checkbox"
            data-testid="notifications-enabled"
            checked={settings.notifications.enabled}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              if (!enabled) return save({ ...settings, notifications: { ...settings.notifications, enabled } });
              // Asked inside the click: browsers grant optional permissions only on a user gesture.
              void browser.permissions
                .request({ permissions: ['notifications'] })
                .then((granted) =>
                  granted
                    ? save({ ...settings, notifications: { ...settings.notifications, enabled: true } })
                    : setMessage({ ok: false, text: (l) => t(l, 'notificationsDenied') }),
                );
            }}
          />
          <span class="grow">
            {t(lang, 'notificationsEnable')}
            <small>{t(lang, 'notificationsHint')}</small>
          </span>
          <NumberField
            label={t(lang, 'notificationsCap')}
            value={settings.notifications.dailyCap}
            onChange={(dailyCap) => save({ ...settings, notifications: { ...settings.notifications, dailyCap: Math.round(dailyCap) } })}
          />
        </label>
      </section>

      <Sites lang={lang} />

      <Data db={db} lang={lang} settings={settings} save={save} />

      <section data-testid="detectors">
        <h2>{t(lang, 'detectorsTitle')}</h2>
        <p class="muted">{t(lang, 'checksIntro')}</p>
        {FAMILIES.map(({ family, detectors }) => (
          <div class="family" data-family={family} key={family}>
            <h3>{familyLabel(lang, family)}</h3>
            {detectors.map((detector) => (
              <div class="check" key={detector.id}>
                <div class="check-name">
                  <label>
                    <input
                      type="checkbox"
                      data-detector={detector.id}
                      checked={settings.detectors[detector.id].enabled}
                      onChange={(e) => setDetector(detector.id, { enabled: e.currentTarget.checked })}
                    />{' '}
                    <strong>{detector.label[lang]}</strong>
                  </label>
                  <small>{detector.description[lang]}</small>
                  <Dismissals
                    detector={detector.id}
                    cases={cases ?? []}
                    settings={settings}
                    now={now}
                    lang={lang}
                    apply={(setting, value) => setDetector(detector.id, { [setting]: value } as never)}
                  />
                </div>
                <DetectorFields
                  values={settings.detectors[detector.id] as Record<string, unknown>}
                  lang={lang}
                  onChange={(patch) => setDetector(detector.id, patch as never)}
                />
              </div>
            ))}
          </div>
        ))}
      </section>

      <Checklists db={db} lang={lang} settings={settings} />

      <TemplateEditor lang={lang} />
      <ImportDrop lang={lang} />
    </main>
  );
}

/** How many orders of a marketplace are known and when one was last read from its console. */
async function readStatus(db: SentinelDB, marketplace: Marketplace): Promise<{ orders: number; lastAt?: number }> {
  let orders = 0;
  let lastAt: number | undefined;
  await db.orders.where('marketplace').equals(marketplace).each((o) => {
    orders += 1;
    if (lastAt === undefined || o.source.observedAt > lastAt) lastAt = o.source.observedAt;
  });
  return lastAt === undefined ? { orders } : { orders, lastAt };
}

/**
 * The consoles read, each with its switch and what was read from it; the web addresses it is
 * read on stay behind "details" (a seller rarely needs them).
 */
function Consoles(props: { db: SentinelDB; lang: Language; settings: Settings; save: (next: Settings) => void }) {
  const { db, lang, settings, save } = props;
  const status = useLive(
    async () => Object.fromEntries(await Promise.all(ADAPTERS.map(async (a) => [a.id, await readStatus(db, a.marketplace)] as const))),
    [db],
  );
  return (
    <section data-testid="adapters">
      <h2>{t(lang, 'consoles')}</h2>
      <p class="muted">{t(lang, 'consolesIntro')}</p>
      <ul class="consoles">
        {ADAPTERS.map((adapter) => {
          const on = !settings.disabledAdapters.includes(adapter.id);
          const read = status?.[adapter.id];
          return (
            <li class="console" key={adapter.id} data-console={adapter.id}>
              <label>
                <input
                  type="checkbox"
                  data-adapter={adapter.id}
                  checked={on}
                  onChange={(e) =>
                    save({
                      ...settings,
                      disabledAdapters: e.currentTarget.checked
                        ? settings.disabledAdapters.filter((id) => id !== adapter.id)
                        : [...settings.disabledAdapters, adapter.id],
                    })
                  }
                />{' '}
                <strong>{adapter.label[lang]}</strong>
              </label>
              <span class="read-status muted" data-testid={`read-status-${adapter.id}`}>
                {!on
                  ? t(lang, 'consoleOff')
                  : read === undefined
                    ? ''
                    : read.lastAt === undefined
                      ? t(lang, 'consoleNotRead')
                      : tn(lang, 'consoleRead', { n: read.orders, time: formatTime(lang, read.lastAt) })}
              </span>
              <details class="addresses">
                <summary>{t(lang, 'consoleAddresses')}</summary>
                <small>{adapter.anyHost ? t(lang, 'anyHostConsole') : adapter.matches.join(', ')}</small>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What the seller's dismissals say about a detector, and a threshold to try (never applied by itself). */
function Dismissals(props: {
  detector: string;
  cases: readonly Case[];
  settings: Settings;
  now: number;
  lang: 'en' | 'zh';
  apply: (setting: string, value: number) => void;
}) {
  const { lang } = props;
  const stats = dismissalStats(props.cases, props.now).find((s) => s.detector === props.detector);
  if (!stats) return null;
  const reasons = Object.entries(stats.byReason)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${dismissReasonLabel(lang, reason as keyof typeof stats.byReason)}`)
    .join(lang === 'zh' ? '，' : ', ');
  const proposal = proposeThreshold(props.detector, props.cases, props.settings, props.now);
  return (
    <small data-testid={`dismissals-${props.detector}`}>
      {t(lang, 'dismissedRecently', { n: stats.total, reasons })}
      {proposal && (
        <>
          {' '}
          {t(lang, 'thresholdProposal', { current: proposal.current, proposed: proposal.proposed, n: proposal.quieted })}{' '}
          <button type="button" data-testid={`apply-${props.detector}`} onClick={() => props.apply(proposal.setting, proposal.proposed)}>
            {t(lang, 'applyProposal')}
          </button>
        </>
      )}
    </small>
  );
}

/**
 * Every threshold of a detector, from its settings as stored (numbers, word lists, per-
 * marketplace hours), so a new detector's settings appear without touching this page.
 * Values are checked by the settings schema when saved; a refused value shows the reason.
 */
function DetectorFields(props: { values: Record<string, unknown>; lang: 'en' | 'zh'; onChange: (patch: Record<string, unknown>) => void }) {
  const { values, lang } = props;
  const fields = Object.entries(values).flatMap(([key, value]) => {
    const field = settingField(key, value, lang, props.onChange);
    return field ? [field] : [];
  });
  const [main, ...advanced] = fields;
  return (
    <div class="check-settings">
      {main}
      {advanced.length > 0 && (
        <details class="advanced">
          <summary>{t(lang, 'moreSettings')}</summary>
          <div class="fields">{advanced}</div>
        </details>
      )}
    </div>
  );
}

/** One setting's input, by the type of its stored value (unknown shapes have none). */
function settingField(key: string, value: unknown, lang: Language, onChange: (patch: Record<string, unknown>) => void) {
  if (key === 'enabled') return null;
  if (typeof value === 'number') {
    return <NumberField key={key} label={settingLabel(lang, key)} value={value} step={value % 1 === 0 ? 1 : 0.01} onChange={(v) => onChange({ [key]: v })} />;
  }
  if (Array.isArray(value)) {
    return (
      <label key={key}>
        {settingLabel(lang, key)}{' '}
        <input
          type="text"
          data-setting={key}
          value={value.join(', ')}
          onChange={(e) =>
            onChange({ [key]: e.currentTarget.value.split(/[,，]/).map((w) => w.trim()).filter(Boolean) })
          }
        />
      </label>
    );
  }
  if (typeof value === 'boolean') {
    return (
      <label key={key}>
        <input type="checkbox" checked={value} onChange={(e) => onChange({ [key]: e.currentTarget.checked })} /> {settingLabel(lang, key)}
      </label>
    );
  }
  if (value && typeof value === 'object' && Object.keys(value).every((k) => (MARKETPLACES as readonly string[]).includes(k))) {
    const hours = value as Record<string, number>;
    return (
      <details key={key}>
        <summary>{settingLabel(lang, key)}</summary>
        {MARKETPLACES.map((mp) => (
          <label key={mp} class="marketplace-hours">
            {MARKETPLACE_NAMES[mp][lang]}{' '}
            <input
              type="number"
              min={1}
              data-marketplace={mp}
              value={hours[mp] ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.valueAsNumber;
                const { [mp]: _old, ...rest } = hours;
                onChange({ [key]: Number.isFinite(v) ? { ...rest, [mp]: v } : rest });
              }}
            />
          </label>
        ))}
      </details>
    );
  }
  return null;
}

function NumberField(props: { label: string; value: number; step?: number; onChange: (value: number) => void }) {
  return (
    <label>
      {props.label}{' '}
      <input
        type="number"
        min={0}
        step={props.step ?? 1}
        value={props.value}
        onChange={(e) => {
          const value = e.currentTarget.valueAsNumber;
          if (Number.isFinite(value)) props.onChange(value);
        }}
      />
    </label>
  );
}

/** Sites the seller granted (self-hosted consoles, taught sites), with a way to stop reading one. */
function Sites({ lang }: { lang: 'en' | 'zh' }) {
  const [sites, setSites] = useState<SiteAccess[]>();
  const load = () =>
    void sitesItem.getValue().then(setSites);
  useEffect(load, []);
  if (!sites || sites.length === 0) return null;
  return (
    <section data-testid="sites">
      <h2>{t(lang, 'sitesTitle')}</h2>
      {sites.map((site) => (
        <div class="row" key={site.origin}>
          <span class="grow">
            {site.origin}
            <small>{site.adapter === 'taught' ? t(lang, 'taughtSite') : adapterById(site.adapter)?.label[lang]}</small>
          </span>
          <button
            type="button"
            onClick={() => void browser.runtime.sendMessage({ type: 'site.disable', origin: site.origin }).then(load)}
          >
            {t(lang, 'stopReadingSite')}
          </button>
        </div>
      ))}
    </section>
  );
}
