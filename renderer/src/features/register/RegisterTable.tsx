// The virtualised register table: only the visible rows are in the DOM, so it stays smooth at any size.
import { useEffect, useRef } from 'react';
import { Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '#domain/case';
import { BucketBadge } from '#ui/BucketBadge';
import { formatWhen } from '#ui/format';
import { navigate } from '#ui/useHashRoute';
import classes from './RegisterTable.module.css';

const ROW_HEIGHT = 44;

export function RegisterTable({ rows, onNearEnd }: { rows: CaseRecord[]; onNearEnd: () => void }) {
  const { t, i18n } = useTranslation('register');
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => parentRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];

  useEffect(() => {
    if (last && last.index >= rows.length - 20) onNearEnd();
  }, [last, rows.length, onNearEnd]);

  const open = (row: CaseRecord) => navigate({ name: 'case', id: row.id });

  return (
    <Box role="table" aria-label={t('title')} aria-rowcount={rows.length + 1} className={classes.table}>
      <div role="row" className={`${classes.row} ${classes.head}`}>
        <span role="columnheader">{t('columns.ticketId')}</span>
        <span role="columnheader">{t('columns.statusLabel')}</span>
        <span role="columnheader">{t('columns.categories')}</span>
        <span role="columnheader">{t('columns.description')}</span>
        <span role="columnheader">{t('columns.subdistrict')}</span>
        <span role="columnheader">{t('columns.lastActivity')}</span>
      </div>
      <div ref={parentRef} className={classes.scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.id}
                role="row"
                tabIndex={0}
                aria-rowindex={item.index + 2}
                className={classes.row}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => open(row)}
                onKeyDown={(e) => e.key === 'Enter' && open(row)}
              >
                <span role="cell" className={classes.mono}>
                  {row.ticketId ?? row.id}
                </span>
                <span role="cell">
                  <BucketBadge bucket={row.bucket} label={row.statusLabel} />
                </span>
                <span role="cell">
                  <Text size="sm" truncate>
                    {row.categories.join(', ')}
                  </Text>
                </span>
                <span role="cell">
                  <Text size="sm" truncate>
                    {row.description}
                  </Text>
                </span>
                <span role="cell">
                  <Text size="sm" truncate>
                    {row.subdistrict}
                  </Text>
                </span>
                <span role="cell">
                  <Text size="sm">{formatWhen(row.lastActivityAt, i18n.language)}</Text>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
