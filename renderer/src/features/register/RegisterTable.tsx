// The virtualised register table: only the visible rows are in the DOM, so it stays smooth at any size.
// Headers of sortable columns are buttons (aria-sort on the header); each row has a checkbox. Keys on
// a focused row: Enter opens the case, Space toggles its checkbox. Selection itself lives in the page
// (a Set of ids), so "select all matching" never needs the rows in the DOM.
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { Box, Checkbox, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '#domain/case';
import type { CaseSort, SortField } from '#query/queryTypes';
import { navigate } from '#ui/useHashRoute';
import { columnLabel, type RegisterColumnDef } from './registerColumns';
import classes from './RegisterTable.module.css';

const ROW_HEIGHT = 44;
const HEAD_HEIGHT = 40;
const GAP = 12;
const PAD = 24;

/** Narrowest width the columns fit in (flexible columns at their minimum): wider content scrolls sideways. */
function minWidthOf(widths: string[]): number {
  const px = widths.map((w) => Number(/(\d+)px/.exec(w)?.[1] ?? 0));
  return px.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1) + PAD;
}
// The row checkbox sits inside the first (ticket) cell: the cell's text stays the ticket id.
const CHECK_WIDTH = '28px';

interface Props {
  rows: CaseRecord[];
  columns: RegisterColumnDef[];
  sort: CaseSort;
  onSort: (field: SortField) => void;
  selected: ReadonlySet<string>;
  /** `range`: shift-click, extend from the last toggled row. */
  onToggle: (index: number, range: boolean) => void;
  onNearEnd: () => void;
}

export function RegisterTable({ rows, columns, sort, onSort, selected, onToggle, onNearEnd }: Props) {
  const { t, i18n } = useTranslation('register');
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    // The sticky header sits above the rows inside the same scroller.
    scrollMargin: HEAD_HEIGHT,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];

  useEffect(() => {
    if (last && last.index >= rows.length - 20) onNearEnd();
  }, [last, rows.length, onNearEnd]);

  const open = (row: CaseRecord) => navigate({ name: 'case', id: row.id });
  const widths = columns.map((c, i) => (i === 0 ? `calc(${CHECK_WIDTH} + ${c.width})` : c.width));
  const grid = { gridTemplateColumns: widths.join(' ') };
  const minWidth = minWidthOf([CHECK_WIDTH, ...columns.map((c) => c.width)]) - GAP;
  const onRowKey = (e: KeyboardEvent, row: CaseRecord, index: number) => {
    if (e.target !== e.currentTarget) return; // keys inside the checkbox are the checkbox's
    if (e.key === 'Enter') open(row);
    else if (e.key === ' ') {
      e.preventDefault();
      onToggle(index, e.shiftKey);
    }
  };
  const onCheck = (e: MouseEvent, index: number) => {
    e.stopPropagation();
    onToggle(index, e.shiftKey);
  };

  return (
    <Box role="table" aria-label={t('title')} aria-rowcount={rows.length + 1} className={classes.table}>
      <div ref={parentRef} className={classes.scroller}>
        <div role="row" className={`${classes.row} ${classes.head}`} style={{ ...grid, minWidth }}>
          {columns.map((c, i) => {
            const label = columnLabel(c.key, t);
            const active = c.sort !== undefined && sort.field === c.sort;
            return (
              <span
                key={c.key}
                role="columnheader"
                className={i === 0 ? classes.withCheck : undefined}
                aria-sort={c.sort === undefined ? undefined : active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                {c.sort === undefined ? (
                  label
                ) : (
                  <UnstyledButton
                    className={classes.sortButton}
                    onClick={() => onSort(c.sort!)}
                    title={t('columns.sortHint', { column: label })}
                  >
                    {label}
                    <span aria-hidden className={classes.sortMark}>
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </UnstyledButton>
                )}
              </span>
            );
          })}
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            const isSelected = selected.has(row.id);
            return (
              <div
                key={row.id}
                role="row"
                tabIndex={0}
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                className={`${classes.row} ${isSelected ? classes.selected : ''}`}
                style={{
                  ...grid,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start - HEAD_HEIGHT}px)`,
                }}
                onClick={() => open(row)}
                onKeyDown={(e) => onRowKey(e, row, item.index)}
              >
                {columns.map((c, i) =>
                  i === 0 ? (
                    <span key={c.key} role="cell" className={`${classes.mono} ${classes.checkCell}`}>
                      <span className={classes.check} onClick={(e) => onCheck(e, item.index)}>
                        <Checkbox
                          size="xs"
                          checked={isSelected}
                          onChange={() => undefined}
                          aria-label={t('columns.selectRow', { id: row.ticketId ?? row.id })}
                        />
                      </span>
                      {c.cell(row, t, i18n.language)}
                    </span>
                  ) : (
                    <span key={c.key} role="cell">
                      {c.cell(row, t, i18n.language)}
                    </span>
                  ),
                )}
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
