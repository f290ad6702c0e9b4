import { useEffect, useState } from 'preact/hooks';

// Apart from ./hooks, which loads Dexie: the popup's first paint must not.

/** The current time, refreshed every `everyMs` so countdowns move. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
