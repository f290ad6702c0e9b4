import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { tn } from '../lib/i18n/format';
import { STORAGE_PRESSURE_KEY, StoragePressure, type Language } from '../lib/schema';

const DAY = 86_400_000;

/** Tells the seller when storage ran out in the last day: what was pruned, or that it is full. */
export function StorageBanner({ lang }: { lang: Language }) {
  const [pressure, setPressure] = useState<StoragePressure>();
  useEffect(() => {
    void browser.storage.local.get(STORAGE_PRESSURE_KEY).then((stored) => {
      const parsed = StoragePressure.safeParse(stored[STORAGE_PRESSURE_KEY]);
      if (parsed.success && Date.now() - parsed.data.at < DAY) setPressure(parsed.data);
    });
  }, []);
  if (!pressure) return null;
  return (
    <p class="error" role="alert" data-testid="storage-pressure">
      {pressure.full ? t(lang, 'storageFull') : tn(lang, 'storagePruned', { n: pressure.pruned })}
    </p>
  );
}
