/**
 * The first-run page, opened once on install in the seller's language: which consoles are read
 * (with links to their order pages), what is read and what never happens, and a three-step tour.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { useDb, useLanguage } from '../../components/hooks';
import { ADAPTERS } from '../../lib/adapters';
import { severityLabel, t } from '../../lib/i18n';
import { tn } from '../../lib/i18n/format';
import type { Language } from '../../lib/schema';
import { consolesIn, grantedHosts, type ConsoleLinks } from './consoles';

export function App() {
  const db = useDb();
  const lang = useLanguage(db);
  const consoles = useMemo(() => consolesIn(ADAPTERS, grantedHosts(browser.runtime.getManifest())), []);
  const title = `${t(lang, 'welcomeTitle')} · ${t(lang, 'appName')}`;
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang, title]);
  const severity = (s: 'P1' | 'P2' | 'P3') => `${severityLabel(lang, s)} (${s})`;

  return (
    <main data-testid="welcome">
      <h1>{t(lang, 'welcomeTitle')}</h1>
      <p>{t(lang, 'welcomeIntro')}</p>

      <section>
        <h2>{t(lang, 'welcomeConsolesHeading')}</h2>
        <p class="muted">{t(lang, 'welcomeConsolesHint')}</p>
        <ul class="consoles" data-testid="welcome-consoles">
          {consoles.map((c) => (
            <ConsoleItem key={c.id} item={c} lang={lang} />
          ))}
        </ul>
        <p class="muted">{t(lang, 'welcomeOwnShop')}</p>
      </section>

      <section>
        <h2>{t(lang, 'welcomeReadsHeading')}</h2>
        <p>{t(lang, 'welcomeReads')}</p>
        <h2>{t(lang, 'welcomeNeverHeading')}</h2>
        <ul class="never" data-testid="welcome-never">
          <li>{t(lang, 'welcomeNeverSend')}</li>
          <li>{t(lang, 'welcomeNeverAct')}</li>
          <li>{t(lang, 'welcomeNeverOtherSites')}</li>
        </ul>
      </section>

      <section>
        <h2>{t(lang, 'welcomeTourHeading')}</h2>
        <ol class="tour" data-testid="welcome-tour">
          <li>
            <strong>{t(lang, 'welcomeStep1Title')}</strong>
            <span>{t(lang, 'welcomeStep1')}</span>
          </li>
          <li>
            <strong>{t(lang, 'welcomeStep2Title')}</strong>
            <span>{t(lang, 'welcomeStep2', { p1: severity('P1'), p2: severity('P2'), p3: severity('P3') })}</span>
          </li>
          <li>
            <strong>{t(lang, 'welcomeStep3Title')}</strong>
            <span>{t(lang, 'welcomeStep3')}</span>
          </li>
        </ol>
      </section>

      <footer>
        <a href="/privacy.html" data-testid="welcome-privacy">
          {t(lang, 'welcomePrivacyLink')}
        </a>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'welcomeOpenOptions')}
        </button>
      </footer>
    </main>
  );
}

/** One console: its name and first order page; a console on many addresses (Amazon's regions) folds the rest. */
function ConsoleItem(props: { item: ConsoleLinks; lang: Language }) {
  const { item, lang } = props;
  const [first, ...rest] = item.links;
  const link = (href: string) => (
    <a href={href} target="_blank" rel="noreferrer">
      {href}
    </a>
  );
  return (
    <li data-console={item.id}>
      <strong>{item.label[lang]}</strong>
      {first !== undefined && <> · {link(first)}</>}
      {rest.length > 0 && (
        <details>
          <summary>{tn(lang, 'welcomeOtherAddresses', { n: rest.length })}</summary>
          <ul class="links">
            {rest.map((href) => (
              <li key={href}>{link(href)}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
