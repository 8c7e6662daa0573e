// The register's columns: the fixed ones and the optional ones a view may show, each with its width,
// the engine sort field it sorts by (none for multi-valued and long-text columns: sorting them is not
// cheap in the engine) and how a cell renders. Never fetches anything.
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { CaseRecord } from '#domain/case';
import type { SortField } from '#query/queryTypes';
import { BucketBadge } from '#ui/BucketBadge';
import { formatWhen } from '#ui/format';
import type { OptionalColumn } from './registerView';

export type ColumnKey = 'ticketId' | 'statusLabel' | 'categories' | 'description' | 'subdistrict' | 'lastActivity' | OptionalColumn;

export interface RegisterColumnDef {
  key: ColumnKey;
  width: string;
  sort?: SortField;
  cell: (row: CaseRecord, t: TFunction<'register'>, lang: string) => ReactNode;
}

const truncated = (text: string) => (
  <Text size="sm" truncate>
    {text}
  </Text>
);

const DEFS: Record<ColumnKey, RegisterColumnDef> = {
  ticketId: { key: 'ticketId', width: '130px', sort: 'ticketId', cell: (r) => r.ticketId ?? r.id },
  statusLabel: {
    key: 'statusLabel',
    width: '150px',
    sort: 'statusLabel',
    cell: (r) => <BucketBadge bucket={r.bucket} label={r.statusLabel} />,
  },
  categories: { key: 'categories', width: '160px', cell: (r) => truncated(r.categories.join(', ')) },
  description: { key: 'description', width: 'minmax(200px, 1fr)', cell: (r) => truncated(r.description) },
  subdistrict: { key: 'subdistrict', width: '140px', sort: 'subdistrict', cell: (r) => truncated(r.subdistrict) },
  units: { key: 'units', width: '160px', cell: (r) => truncated(r.units.join(', ')) },
  channel: { key: 'channel', width: '130px', sort: 'channel', cell: (r, t) => truncated(t(`channels.${r.channel ?? 'traffy'}`)) },
  organizations: { key: 'organizations', width: '180px', cell: (r) => truncated(r.organizations.join(', ')) },
  createdAt: {
    key: 'createdAt',
    width: '170px',
    sort: 'createdAt',
    cell: (r, _t, lang) => <Text size="sm">{formatWhen(r.createdAt, lang)}</Text>,
  },
  star: { key: 'star', width: '80px', sort: 'star', cell: (r) => (r.star == null ? '' : r.star.toLocaleString()) },
  countReopen: {
    key: 'countReopen',
    width: '80px',
    sort: 'countReopen',
    cell: (r) => (r.countReopen ? r.countReopen.toLocaleString() : ''),
  },
  lastActivity: {
    key: 'lastActivity',
    width: '170px',
    sort: 'lastActivityAt',
    cell: (r, _t, lang) => <Text size="sm">{formatWhen(r.lastActivityAt, lang)}</Text>,
  },
};

const FIXED_BEFORE: ColumnKey[] = ['ticketId', 'statusLabel', 'categories', 'description', 'subdistrict'];

/** The columns shown, in order: the fixed ones, the chosen optional ones, last activity at the end. */
export function visibleColumns(optional: readonly OptionalColumn[]): RegisterColumnDef[] {
  const order: OptionalColumn[] = ['units', 'channel', 'organizations', 'createdAt', 'star', 'countReopen'];
  return [...FIXED_BEFORE, ...order.filter((c) => optional.includes(c)), 'lastActivity' as const].map((k) => DEFS[k]);
}

/** Header label of a column. */
export function columnLabel(key: ColumnKey, t: TFunction<'register'>): string {
  return key === 'createdAt' ? t('columns.created') : t(`columns.${key}`);
}
