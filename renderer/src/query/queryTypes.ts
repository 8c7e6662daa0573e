// The query engine's public vocabulary: what a register view may ask for and what it gets back.
// Owns the meaning of every filter (documented on each field) and the defaults. Pure types and
// constants; never imports Dexie, React or worker APIs, so UI code and the worker share it freely.
import type { StatusBucket } from '#domain/status';

export const SORT_FIELDS = ['lastActivityAt', 'createdAt', 'star', 'countReopen', 'ticketId', 'subdistrict', 'statusLabel', 'channel'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDir = 'asc' | 'desc';

export interface CaseSort {
  field: SortField;
  dir: SortDir;
}

/**
 * A register query. Every present filter must hold (AND); list filters match when the case has at
 * least one of the listed values (OR within a list). An absent or empty list means "no constraint".
 */
export interface CaseQuery {
  buckets?: StatusBucket[];
  /** true: only waiting/inprogress/follow (isOpen); false: only the closed buckets. */
  open?: boolean;
  subdistricts?: string[];
  categories?: string[];
  organizations?: string[];
  /** How the case reached the district (CaseRecord.channel; a case without one is 'traffy'). */
  channels?: string[];
  /** Local units (ฝ่าย) the case is routed to. */
  units?: string[];
  /** true: routed to no unit yet; false: routed to at least one. */
  awaitingUnit?: boolean;
  /** Epoch ms, half-open ranges: from ≤ t < to. */
  createdFrom?: number;
  createdTo?: number;
  activityFrom?: number;
  activityTo?: number;
  /** Inclusive; cases without a rating never match a star bound. */
  minStar?: number;
  maxStar?: number;
  /** true: rated (any star); false: not rated. */
  rated?: boolean;
  /** true: reopened at least once (countReopen > 0); false: never reopened. */
  reopened?: boolean;
  hasAfterPhoto?: boolean;
  /** Also count the distinct subdistricts, categories, units and channels (QueryFacets.values). */
  facetValues?: boolean;
  /** Full-text search; every word must match (the last one as a prefix unless followed by a space). */
  text?: string;
  /** Default newest activity first. Ties break by case id in the same direction; a missing star sorts last. */
  sort?: CaseSort;
  offset?: number;
  /** Default DEFAULT_LIMIT; 0 gives counts and facets only. */
  limit?: number;
}

export interface QueryFacets {
  /** Per bucket, for the rows matching every filter EXCEPT `buckets` and `open` (so tabs can show their counts). */
  buckets: Record<StatusBucket, number>;
  /** The open share of `buckets` (waiting + inprogress + follow). */
  open: number;
  /** With `facetValues`: per dimension, its values with counts for the rows matching every filter EXCEPT that dimension's own; most frequent first. */
  values?: Record<FacetDimension, FacetCount[]>;
}

export const FACET_DIMENSIONS = ['subdistrict', 'category', 'unit', 'channel'] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];

export interface FacetCount {
  value: string;
  count: number;
}

export interface QueryResult {
  /** Rows matching every filter. */
  total: number;
  /** The page: case ids in sort order, `offset`…`offset + limit`. */
  ids: string[];
  facets?: QueryFacets;
  /** false when `text` was asked for while the search index was still being built (results incomplete). */
  searchReady: boolean;
}

export interface QueryStats {
  cases: number;
  searchReady: boolean;
  /** Texts still waiting to be indexed for search. */
  searchPending: number;
  /** Used JS heap of the worker in bytes, where the browser tells (Chromium). */
  heapHint?: number;
}

export const DEFAULT_SORT: CaseSort = { field: 'lastActivityAt', dir: 'desc' };
export const DEFAULT_LIMIT = 50;
