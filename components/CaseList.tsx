import { elementScroll, observeElementOffset, observeElementRect, Virtualizer, type VirtualizerOptions } from '@tanstack/virtual-core';
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { Case, Language } from '../lib/schema';
import { CaseLine } from './CaseLine';

/** Every row has this height (ui.css `.case-scroll .case-line`), so no row needs measuring. */
export const CASE_ROW_HEIGHT = 50;

/**
 * The inbox list, virtualised: only the rows in view (and a few either side) are in the DOM,
 * so 10 000 cases scroll as smoothly as 10. Rows keep their automation hooks (CaseLine).
 */
export function CaseList(props: {
  cases: readonly Case[];
  lang: Language;
  now: number;
  selected: string | undefined;
  onSelect: (key: string) => void;
  label: string;
}) {
  const { cases } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // The same function while the list is the same: the virtualizer re-measures every row
  // whenever getItemKey changes (~20 ms for 10 000 rows), which a new closure per render
  // would make happen on every scroll step and clock tick.
  const getItemKey = useCallback((i: number) => cases[i]?.key ?? i, [cases]);
  const options: VirtualizerOptions<HTMLDivElement, HTMLLIElement> = {
    count: cases.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CASE_ROW_HEIGHT,
    getItemKey,
    overscan: 10,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    // Before the first measurement: assume the list fills the window, so rows show at once.
    initialRect: { width: 0, height: typeof innerHeight === 'number' ? innerHeight : 800 },
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());

  // A case opened from a link (#case=…) is scrolled into view once the list has it.
  const index = props.selected === undefined ? -1 : cases.findIndex((c) => c.key === props.selected);
  const shownSelection = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (index < 0 || shownSelection.current === props.selected) return;
    shownSelection.current = props.selected;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [index, props.selected, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = Math.max(0, virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0));
  return (
    <div class="case-scroll" ref={scrollRef} data-testid="case-scroll">
      <ul data-testid="case-list" aria-label={props.label} aria-rowcount={cases.length} style={{ paddingTop: `${top}px`, paddingBottom: `${bottom}px` }}>
        {items.map((row) => {
          const item = cases[row.index]!;
          return (
            <CaseLine
              key={item.key}
              item={item}
              lang={props.lang}
              now={props.now}
              selected={item.key === props.selected}
              onSelect={props.onSelect}
              position={row.index + 1}
              setSize={cases.length}
            />
          );
        })}
      </ul>
    </div>
  );
}
