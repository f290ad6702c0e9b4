/**
 * The privacy page (privacy.html, linked from the welcome page): what is read,
 * what is kept on this computer, what the browser syncs, and that nothing is sent. PRIVACY.md
 * says the same for the stores.
 */
import { useEffect } from 'preact/hooks';
import { useDb, useLanguage } from '../../components/hooks';
import { t, type MessageKey } from '../../lib/i18n';

const SECTIONS: ReadonlyArray<{ id: string; heading: MessageKey; body: readonly MessageKey[] }> = [
  { id: 'read', heading: 'privacyReadsHeading', body: ['welcomeReads'] },
  { id: 'local', heading: 'privacyLocalHeading', body: ['privacyLocal'] },
  { id: 'sync', heading: 'privacySyncHeading', body: ['privacySync'] },
  { id: 'sent', heading: 'privacySentHeading', body: ['privacySent', 'welcomeNeverSend'] },
];

export function App() {
  const db = useDb();
  const lang = useLanguage(db);
  const title = `${t(lang, 'privacyTitle')} · ${t(lang, 'appName')}`;
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang, title]);
  return (
    <main data-testid="privacy">
      <h1>
        {t(lang, 'appName')} · {t(lang, 'privacyTitle')}
      </h1>
      {SECTIONS.map((s) => (
        <section key={s.id} data-section={s.id}>
          <h2>{t(lang, s.heading)}</h2>
          {s.body.map((key) => (
            <p key={key}>{t(lang, key)}</p>
          ))}
        </section>
      ))}
    </main>
  );
}
