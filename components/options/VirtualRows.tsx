/**
 * A long list that renders only the rows in view (plus a few around them, and the row that has the focus), all
 * of one fixed height, so twenty thousand entries cost as much as twenty. The rows are buttons with a roving tab
 * stop: Tab enters the list at the current row, arrow keys, Page Up/Down, Home and End move, Enter opens.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

const OVERSCAN = 4;

export interface VirtualRowsProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** The list's accessible name. */
  label: string;
  describedBy?: string;
  rowHeight: number;
  /** The height of the visible part, in pixels. */
  height: number;
  /** When it changes (a new search or sort), the list goes back to its top. */
  resetKey: string;
  renderRow: (item: T) => ComponentChildren;
  onOpen: (item: T) => void;
}

/** The indices to render: those in view with some to spare, and the focusable one wherever it is. */
export function windowOf(count: number, scrollTop: number, height: number, rowHeight: number, current: number): number[] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const indices: number[] = [];
  if (current < first && current < count) indices.push(current);
  for (let i = first; i < last; i++) indices.push(i);
  if (current >= last && current < count) indices.push(current);
  return indices;
}

export function VirtualRows<T>({ items, keyOf, label, describedBy, rowHeight, height, resetKey, renderRow, onOpen }: VirtualRowsProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const count = items.length;
  const current = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    setActive(0);
    setTop(0);
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  // Right after the render that shows the row, before anything else runs: a key pressed next acts on that row.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.focus();
  });

  const moveTo = (index: number): void => {
    if (count === 0) return;
    const next = Math.min(Math.max(0, index), count - 1);
    const element = scroller.current;
    if (element) {
      const rowTop = next * rowHeight;
      let scrollTop = element.scrollTop;
      if (rowTop < scrollTop) scrollTop = rowTop;
      else if (rowTop + rowHeight > scrollTop + height) scrollTop = rowTop + rowHeight - height;
      element.scrollTop = scrollTop;
      setTop(scrollTop);
    }
    setActive(next);
    focusPending.current = true;
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: count - 1,
    };
    const target = moves[e.key];
    if (target === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    moveTo(target);
  };

  return (
    <div ref={scroller} class="vlist" style={{ height: `${height}px` }} onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
      <ul aria-label={label} aria-describedby={describedBy} style={{ height: `${count * rowHeight}px` }} onKeyDown={onKeyDown}>
        {windowOf(count, top, height, rowHeight, current).map((i) => {
          const item = items[i]!;
          const key = keyOf(item);
          return (
            <li key={key} data-id={key} aria-posinset={i + 1} aria-setsize={count} style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}>
              <button
                type="button"
                class="vrow"
                data-index={i}
                tabIndex={i === current ? 0 : -1}
                onFocus={() => setActive(i)}
                onClick={() => onOpen(item)}
              >
                {renderRow(item)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
