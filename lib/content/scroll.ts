/**
 * "Read the whole list": a virtualised list renders only the rows in view, so the list's own
 * scroll container is moved step by step (reading at each step) and then put back exactly
 * where the seller had it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const STEP_SETTLE_MS = 200;
const MAX_STEPS = 400;

/** The nearest ancestor that scrolls vertically, else the document's scroller. */
export function scrollContainerOf(element: Element): Element {
  for (let el = element.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return el;
  }
  return document.scrollingElement ?? document.documentElement;
}

export async function readWholeList(
  row: Element,
  readNow: () => Promise<void>,
  ctx: Pick<ContentScriptContext, 'isValid' | 'setTimeout'>,
): Promise<void> {
  const container = scrollContainerOf(row);
  const restoreTop = container.scrollTop;
  const wait = (ms: number) => new Promise<void>((resolve) => ctx.setTimeout(resolve, ms));
  try {
    container.scrollTop = 0;
    for (let step = 0; step < MAX_STEPS && ctx.isValid; step++) {
      await wait(STEP_SETTLE_MS);
      await readNow();
      const before = container.scrollTop;
      container.scrollTop = before + Math.max(1, Math.floor(container.clientHeight * 0.8));
      if (container.scrollTop === before) break; // reached the end
    }
    await wait(STEP_SETTLE_MS);
    await readNow();
  } finally {
    container.scrollTop = restoreTop;
  }
}
