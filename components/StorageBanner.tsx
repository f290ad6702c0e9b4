import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { tn } from '../lib/i18n/format';
import type { Language, StoragePressure } from '../lib/schema';
import { readStored, STORAGE_PRESSURE } from '../lib/storage/stored';

const DAY = 86_400_000;

/** Tells the seller when storage ran out in the last day: what was pruned, or that it is full. */
export function StorageBanner({ lang }: { lang: Language }) {
  const [pressure, setPressure] = useState<StoragePressure>();
  useEffect(() => {
    // Read without the storage library: this banner is in the popup's first chunk (lib/storage/stored.ts).
    void readStored(STORAGE_PRESSURE).then((stored) => {
      if (stored && Date.now() - stored.at < DAY) setPressure(stored);
    });
  }, []);
  if (!pressure) return null;
  return (
    <p class="error" role="alert" data-testid="storage-pressure">
      {pressure.full ? t(lang, 'storageFull') : tn(lang, 'storagePruned', { n: pressure.pruned })}
    </p>
  );
}
