/**
 * Reply templates beside a case: the templates for the case's check, filled from
 * the order, in the seller's language and the buyer's. Missing variables are marked; Copy and
 * Insert are checked against the marketplace's messaging rules first, and each use is
 * recorded on the case timeline. Everything is rendered as text nodes, never as HTML.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ADAPTERS } from '../lib/adapters';
import { MARKETPLACE_NAMES } from '../lib/marketplaces';
import { t, type MessageKey } from '../lib/i18n';
import type { Case, Language, Message, Order } from '../lib/schema';
import { fillTemplate, missingVariables, valuesFor, type Filled } from '../lib/templates/fill';
import { checkPolicy, type Violation } from '../lib/templates/policy';
import {
  mergeTemplates,
  overQuota,
  EMPTY_STORE,
  SYNC_QUOTA_BYTES_PER_ITEM,
  syncBytes,
  templatesForCase,
  type EffectiveTemplate,
  type TemplateStore,
} from '../lib/templates/store';
import { insertTarget, replyLanguages, type InsertTarget } from '../lib/templates/target';
import { tabStatusItems, templatesItem } from '../lib/storage/items';
import './templates.css';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '中文' };

/** The seller's template edits in storage.sync, kept current; `save` refuses what sync would refuse. */
export function useTemplateStore(lang: Language): {
  store: TemplateStore | undefined;
  save: (next: TemplateStore) => Promise<void>;
} {
  const [store, setStore] = useState<TemplateStore>();
  useEffect(() => {
    let live = true;
    void templatesItem
      .getValue()
      .then((got) => live && setStore(got))
      .catch(() => live && setStore(EMPTY_STORE));
    const stop = templatesItem.watch(setStore);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = async (next: TemplateStore) => {
    if (overQuota(next)) {
      throw new Error(t(lang, 'templateOverQuota', { bytes: syncBytes(next), max: SYNC_QUOTA_BYTES_PER_ITEM }));
    }
    await templatesItem.setValue(next);
    setStore(next);
  };
  return { store, save };
}

/** Where an insert would go, re-checked as tabs are read (their status lives in storage.session). */
function useInsertTarget(marketplace: Case['marketplace']): InsertTarget | undefined {
  const [target, setTarget] = useState<InsertTarget>();
  useEffect(() => {
    let live = true;
    const check = async () => {
      const [tabs, statuses] = await Promise.all([browser.tabs.query({}), tabStatusItems.all()]);
      const statusOf = (id: number) => statuses.get(id);
      const infos = tabs.flatMap((tab) =>
        tab.id === undefined ? [] : [{ id: tab.id, active: tab.active, ...(tab.lastAccessed ? { lastAccessed: tab.lastAccessed } : {}) }],
      );
      if (live) setTarget(insertTarget(marketplace, infos, statusOf, ADAPTERS));
    };
    const recheck = () => void check().catch(() => live && setTarget({ kind: 'none', reason: 'no-console-tab' }));
    recheck();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'session') recheck();
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.tabs.onActivated.addListener(recheck);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
      browser.tabs.onActivated.removeListener(recheck);
    };
  }, [marketplace]);
  return target;
}

const INSERT_REASONS: Record<string, MessageKey> = {
  'no-console-tab': 'templatesInsertNoTab',
  'no-known-box': 'templatesInsertNoBox',
  'order-not-on-page': 'templatesInsertNotOnPage',
  'box-not-found': 'templatesInsertBoxNotFound',
};

export function Templates(props: { item: Case; order: Order | undefined; lang: Language }) {
  const { item, order, lang } = props;
  const { store } = useTemplateStore(lang);
  const target = useInsertTarget(item.marketplace);
  // The order's after-sales reason picks its reply first (a damaged parcel: photos, replacement, refund).
  const reason = order?.afterSalesReason?.reason;
  const templates = useMemo(() => (store ? templatesForCase(mergeTemplates(store), item.detector, reason) : undefined), [store, item.detector, reason]);
  if (!store || !templates) return null;
  const languages = replyLanguages(lang, item.marketplace);
  return (
    <section class="templates" data-testid="case-templates" aria-label={t(lang, 'templatesTitle')}>
      <h2>{t(lang, 'templatesTitle')}</h2>
      {templates.length === 0 && <p class="muted">{t(lang, 'templatesNone')}</p>}
      {templates.map((template, index) => (
        <details key={template.id} class="template" data-template-id={template.id} open={index === 0}>
          <summary>
            {template.title[lang]}
            {template.audience === 'carrier' && <span class="muted"> · {t(lang, 'templatesToCarrier')}</span>}
          </summary>
          {languages.map((language) => (
            <TemplateText
              key={language}
              item={item}
              lang={lang}
              language={language}
              languageNote={languages.length > 1 ? t(lang, language === lang ? 'templatesSellerLanguage' : 'templatesBuyerLanguage') : undefined}
              template={template}
              filled={fillTemplate(
                template.body[language],
                valuesFor(order, item, store.shopNames[item.marketplace], { language }),
              )}
              target={target}
            />
          ))}
        </details>
      ))}
    </section>
  );
}

type Action = 'copy' | 'insert';

function TemplateText(props: {
  item: Case;
  lang: Language;
  language: Language;
  languageNote: string | undefined;
  template: EffectiveTemplate;
  filled: Filled;
  target: InsertTarget | undefined;
}) {
  const { item, lang, language, template, filled, target } = props;
  // The template's own words are checked, not the order's values: an order id is no phone number.
  const violations: Violation[] = useMemo(() => checkPolicy(item.marketplace, template.body[language]), [item.marketplace, template.body, language]);
  const [confirming, setConfirming] = useState<Action>();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const missing = missingVariables(filled);
  const insertBlocked = target === undefined || target.kind === 'none';

  // The use goes on the case's timeline; a refusal is shown, not swallowed.
  const record = async (action: Action) => {
    const answer = (await browser.runtime.sendMessage({
      type: 'case.templateUsed',
      caseKey: item.key,
      templateId: template.id,
      language,
      action,
    } satisfies Message)) as { ok?: boolean; error?: string } | undefined;
    if (!answer?.ok) throw new Error(answer?.error ?? 'no answer from the extension');
  };

  const run = async (action: Action) => {
    setConfirming(undefined);
    setOutcome(undefined);
    try {
      if (action === 'copy') {
        await navigator.clipboard.writeText(filled.text);
        setOutcome({ ok: true, text: t(lang, 'templatesCopied') });
      } else {
        if (target?.kind !== 'tab') return;
        const answer = (await browser.tabs.sendMessage(target.tabId, {
          type: 'template.insert',
          orderId: item.orderId,
          text: filled.text,
        })) as { inserted?: boolean; reason?: string } | undefined;
        if (!answer?.inserted) {
          setOutcome({ ok: false, text: t(lang, INSERT_REASONS[answer?.reason ?? ''] ?? 'templatesInsertNoTab') });
          return;
        }
        setOutcome({ ok: true, text: t(lang, 'templatesInserted') });
      }
      await record(action);
    } catch (error) {
      setOutcome({ ok: false, text: t(lang, 'templatesFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const attempt = (action: Action) => (violations.length > 0 ? setConfirming(action) : void run(action));

  return (
    <div class="template-text" data-lang={language}>
      <p class="template-lang muted">
        {LANGUAGE_NAMES[language]}
        {props.languageNote && ` · ${props.languageNote}`}
      </p>
      <p class="template-body" lang={language === 'zh' ? 'zh-CN' : 'en'}>
        {filled.parts.map((part, i) =>
          part.missing ? (
            <mark key={i} class="missing" data-variable={part.variable}>
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </p>
      {missing.length > 0 && (
        <p class="template-missing" data-testid="template-missing">
          {t(lang, 'templatesMissing', { vars: missing.map((v) => `{${v}}`).join(' ') })}
        </p>
      )}
      {violations.length > 0 && (
        <div class="policy" role="alert" data-testid="template-policy">
          <p>{t(lang, 'templatesPolicyTitle', { marketplace: MARKETPLACE_NAMES[item.marketplace][lang] })}</p>
          <ul>
            {violations.map((v) => (
              <li key={`${v.rule}-${v.match}`} data-rule={v.rule}>
                {v.message[lang]} <q class="offending">{v.match}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="template-actions">
        {confirming ? (
          <>
            <button type="button" class="danger" data-action={`${confirming}-anyway`} onClick={() => void run(confirming)}>
              {t(lang, confirming === 'copy' ? 'templatesCopyAnyway' : 'templatesInsertAnyway')}
            </button>
            <button type="button" onClick={() => setConfirming(undefined)}>
              {t(lang, 'templatesCancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" class="primary" data-action="copy" onClick={() => attempt('copy')}>
              {t(lang, 'templatesCopy')}
            </button>
            <button
              type="button"
              data-action="insert"
              disabled={insertBlocked}
              title={target?.kind === 'none' ? t(lang, INSERT_REASONS[target.reason]!) : undefined}
              onClick={() => attempt('insert')}
            >
              {t(lang, 'templatesInsert')}
            </button>
          </>
        )}
      </div>
      {target?.kind === 'none' && <p class="muted insert-reason">{t(lang, INSERT_REASONS[target.reason]!)}</p>}
      {outcome && (
        <p class={outcome.ok ? 'saved' : 'error'} role="status" data-testid="template-outcome">
          {outcome.text}
        </p>
      )}
    </div>
  );
}
