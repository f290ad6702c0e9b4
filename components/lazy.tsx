import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type LazyComponent<P> = ComponentType<P> & {
  /** Fetches the code now (e.g. when the page is idle) so the first use finds it ready. */
  preload(): Promise<unknown>;
};

/**
 * A component whose code is fetched on first use (or `preload`), not with the page: parts a
 * seller opens later (a case's detail, the week's summary, the import drop) stay out of
 * what the page must load and compile before its first paint. Renders nothing until loaded.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => (loaded = component), (error: unknown) => {
      pending = undefined; // a later use tries again
      throw error;
    }));
  function Lazy(props: P) {
    const [, setReady] = useState(loaded !== undefined);
    // Always waits on the load, even when it landed between this render and this effect:
    // otherwise the view stays blank until something else redraws it.
    useEffect(() => {
      preload().then(() => setReady(true), (error: unknown) => console.warn('[Order Sentinel] loading a view failed', error));
    }, []);
    return loaded ? h(loaded as ComponentType<object>, props) : null;
  }
  return Object.assign(Lazy, { preload });
}

/** Calls `work` when the page is idle (after its first paint and first reads), or after `timeout` ms. */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

/**
 * True once the frame showing what `shown` stands for (the first screen) has been painted and
 * the page is idle: the next animation frame, then the first idle moment after it (at most
 * `timeout` ms later). Work started only then (the parts loaded later, reading every case,
 * opening Dexie) neither holds up that frame nor the seller's first click on it.
 */
export function usePainted(shown: boolean, timeout = 200): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!shown || painted) return;
    let cancelIdle: (() => void) | undefined;
    const frame = requestAnimationFrame(() => (cancelIdle = whenIdle(() => setPainted(true), timeout)));
    return () => {
      cancelAnimationFrame(frame);
      cancelIdle?.();
    };
  }, [shown, painted, timeout]);
  return painted;
}
