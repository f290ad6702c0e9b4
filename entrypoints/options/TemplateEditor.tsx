/**
 * Options › Reply templates: edit the built-in replies per language, switch them off, reset
 * them, duplicate any, write your own; the variables they can use; the shop name for {shop}.
 * Saved to storage.sync (components/Templates.tsx useTemplateStore), refused with a clear
 * message when it would not fit sync's per-item quota.
 */
import { useState } from 'preact/hooks';
import { detectorLabel } from '../../components/CaseLine';
import { useTemplateStore } from '../../components/Templates';
import '../../components/templates.css';
import { DETECTOR_INFO as DETECTORS } from '../../lib/detectors/labels';
import { MARKETPLACE_NAMES } from '../../lib/marketplaces';
import { t, type MessageKey } from '../../lib/i18n';
import { SELLER_NOTE } from '../../lib/cases/seller-note';
import { MARKETPLACES, type Language } from '../../lib/schema';
import { BUILT_IN_TEMPLATES, TEMPLATE_VARIABLES, unknownVariables, type TemplateVariable } from '../../lib/templates/catalogue';
import {
  addOwnTemplate,
  duplicateTemplate,
  editBuiltIn,
  mergeTemplates,
  removeOwnTemplate,
  resetBuiltIn,
  setDisabled,
  updateOwnTemplate,
  type EffectiveTemplate,
  type TemplateStore,
} from '../../lib/templates/store';

const VARIABLE_HELP: Record<TemplateVariable, MessageKey> = {
  buyer: 'varBuyer',
  orderId: 'varOrderId',
  item: 'varItem',
  carrier: 'varCarrier',
  trackingNo: 'varTrackingNo',
  amount: 'varAmount',
  eta: 'varEta',
  shop: 'varShop',
};
const LANGUAGES: readonly Language[] = ['zh', 'en'];
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '中文' };
const CHECKS = [...DETECTORS.map((d) => d.id as string).filter((id) => id !== 'rate-spike'), SELLER_NOTE];

export function TemplateEditor(props: { lang: Language }) {
  const { lang } = props;
  const { store, save } = useTemplateStore(lang);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  if (!store) return null;

  const apply = (next: TemplateStore) => {
    save(next)
      .then(() => setMessage({ ok: true, text: t(lang, 'settingsSaved') }))
      .catch((e: unknown) => setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) }));
  };
  const templates = mergeTemplates(store);

  return (
    <section class="template-editor" data-testid="template-editor">
      <h2>{t(lang, 'templateEditorTitle')}</h2>
      <p class="muted">{t(lang, 'templateEditorIntro')}</p>
      {message && (
        <p class={message.ok ? 'saved' : 'error'} role="status" data-testid="template-editor-status">
          {message.text}
        </p>
      )}

      <details>
        <summary>{t(lang, 'templateVariables')}</summary>
        <dl class="vars">
          {TEMPLATE_VARIABLES.map((v) => (
            <>
              <dt>{`{${v}}`}</dt>
              <dd>{t(lang, VARIABLE_HELP[v])}</dd>
            </>
          ))}
        </dl>
      </details>

      <details>
        <summary>{t(lang, 'templateShopNames')}</summary>
        {MARKETPLACES.map((m) => (
          <label class="row" key={m}>
            <span class="grow">{MARKETPLACE_NAMES[m][lang]}</span>
            <input
              type="text"
              data-shop={m}
              maxLength={100}
              value={store.shopNames[m] ?? ''}
              onChange={(e) => {
                const name = e.currentTarget.value.trim();
                const { [m]: _old, ...rest } = store.shopNames;
                apply({ ...store, shopNames: name ? { ...rest, [m]: name } : rest });
              }}
            />
          </label>
        ))}
      </details>

      {templates.map((template) => (
        <TemplateRow key={template.id} template={template} store={store} lang={lang} apply={apply} />
      ))}
      <button
        type="button"
        data-action="add-template"
        onClick={() =>
          apply(
            addOwnTemplate(store, {
              family: 'after-sales',
              detectors: ['message-unanswered'],
              audience: 'buyer',
              title: { en: t('en', 'templateNewTitle'), zh: t('zh', 'templateNewTitle') },
              body: { en: 'Hello {buyer}, about your order {orderId}: ', zh: '{buyer}您好，关于您的订单{orderId}：' },
            }),
          )
        }
      >
        {t(lang, 'templateAdd')}
      </button>
    </section>
  );
}

function TemplateRow(props: { template: EffectiveTemplate; store: TemplateStore; lang: Language; apply: (next: TemplateStore) => void }) {
  const { template, store, lang, apply } = props;
  const builtIn = BUILT_IN_TEMPLATES.find((b) => b.id === template.id);
  const setText = (field: 'title' | 'body', language: Language, text: string) => {
    if (builtIn) return apply(editBuiltIn(store, builtIn, field, language, text));
    apply(updateOwnTemplate(store, template.id, { [field]: { ...template[field], [language]: text } }));
  };
  const unknown = [...new Set(LANGUAGES.flatMap((l) => unknownVariables(template.body[l])))];
  const tags = [
    t(lang, template.builtIn ? 'templateBuiltIn' : 'templateOwn'),
    ...(template.edited ? [t(lang, 'templateEdited')] : []),
    t(lang, template.audience === 'carrier' ? 'templateAudienceCarrier' : 'templateAudienceBuyer'),
  ];
  return (
    <details class="template-row" data-template-id={template.id}>
      <summary>
        {template.title[lang]} <span class="tags">({tags.join(' · ')})</span>
      </summary>
      <label class="row">
        <input
          type="checkbox"
          data-field="enabled"
          checked={!template.disabled}
          onChange={(e) => apply(setDisabled(store, template.id, !e.currentTarget.checked))}
        />
        {t(lang, 'templateEnabled')}
      </label>
      {builtIn ? (
        <p class="tags">
          {t(lang, 'templateForChecks')}: {template.detectors.map((d) => detectorLabel(lang, d)).join(', ')}
        </p>
      ) : (
        <label class="row">
          <span>{t(lang, 'templateForChecks')}</span>
          <select
            data-field="detector"
            value={template.detectors[0] ?? ''}
            onChange={(e) => apply(updateOwnTemplate(store, template.id, { detectors: [e.currentTarget.value] }))}
          >
            {CHECKS.map((id) => (
              <option key={id} value={id}>
                {detectorLabel(lang, id)}
              </option>
            ))}
          </select>
        </label>
      )}
      {LANGUAGES.map((language) => (
        <div key={language}>
          <label>
            {t(lang, 'templateTitleLabel', { lang: LANGUAGE_NAMES[language] })}
            <input
              type="text"
              maxLength={200}
              data-field="title"
              data-lang={language}
              value={template.title[language]}
              onChange={(e) => setText('title', language, e.currentTarget.value)}
            />
          </label>
          <label>
            {t(lang, 'templateBodyLabel', { lang: LANGUAGE_NAMES[language] })}
            <textarea
              maxLength={2000}
              data-field="body"
              data-lang={language}
              value={template.body[language]}
              onChange={(e) => setText('body', language, e.currentTarget.value)}
            />
          </label>
        </div>
      ))}
      {unknown.length > 0 && <p class="error">{t(lang, 'templateUnknownVars', { vars: unknown.map((v) => `{${v}}`).join(' ') })}</p>}
      <div class="row">
        {builtIn && template.edited && (
          <button type="button" data-action="reset" onClick={() => apply(resetBuiltIn(store, template.id))}>
            {t(lang, 'templateReset')}
          </button>
        )}
        <button type="button" data-action="duplicate" onClick={() => apply(duplicateTemplate(store, template))}>
          {t(lang, 'templateDuplicate')}
        </button>
        {!builtIn && (
          <button type="button" data-action="delete" onClick={() => apply(removeOwnTemplate(store, template.id))}>
            {t(lang, 'templateDelete')}
          </button>
        )}
      </div>
    </details>
  );
}
