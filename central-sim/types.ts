// Central-simulator data model: orgs, tickets, timelines, accounts, faults and the persisted state.
// Pure types only; every instant is epoch milliseconds (converted to Traffy's text forms at the edges).

export type StatusType = 'waiting' | 'inprogress' | 'forward' | 'finish' | 'irrelevant' | 'follow';

export type OrgKind = 'admin' | 'office' | 'unit' | 'central';

export interface Org {
  org_id: string;
  name: string;
  name_en: string;
  kind: OrgKind;
  /** District code ("1030") for offices and their units; null for central agencies. */
  district: string | null;
}

/** One org's own view of a ticket (Traffy keeps a status per assigned org). */
export interface TicketOrg {
  org_id: string;
  issue_status_id: number;
  org_status_id: number | null;
  is_follow: boolean;
  is_forward: boolean;
  timestamp: number;
}

export interface Ticket {
  ticket_id: string;
  client_ticket_id: string | null;
  /** Categories joined with "," as Traffy sends them ("ถนน,ทางเท้า"). */
  type: string;
  orgs: TicketOrg[];
  description: string;
  photo: string[];
  photo_after: string[];
  latitude: number | null;
  longitude: number | null;
  address: string;
  subdistrict: string;
  district: string;
  province: string;
  timestamp: number;
  timestamp_inprogress: number | null;
  timestamp_finished: number | null;
  org_finished: string | null;
  /** Central status id (1..6) of the ticket as a whole: the last status applied. */
  status_id: number;
  confirmed: boolean;
  star: number | null;
  count_reopen: number;
  last_activity: number;
}

export interface TimelineEntry {
  timestamp: number;
  status_id: number | null;
  status: string;
  org_id: string | null;
  org: string | null;
  note: string;
  photos: string[];
}

export interface Notification {
  at: number;
  endpoint: string;
  ticket_id: string;
  user: string;
  noti_reporter: boolean;
  noti_staff: boolean;
}

export interface CommentRecord {
  at: number;
  ticket_id: string;
  user: string;
  org_id: string;
  comment_type: 'chat' | 'chat_staff_only' | 'comment';
  comment: string;
}

export interface Category {
  issue_category_id: number;
  type: string;
  type_en: string;
}

export interface Account {
  user: string;
  pass: string;
  /** Default org (the district office, or the admin org). */
  org_id: string;
  /** District code, or null for the admin account (sees everything). */
  district: string | null;
}

/** Everything that changes while the simulator runs; persisted as JSON when a state path is given. */
export interface SimState {
  version: 1;
  /** Absolute path of the CSV the state was seeded from (informative). */
  seededFrom: string;
  /** sha256 of the seed CSV's bytes: a different CSV means reseed; a moved one (app update) does not. */
  seedDigest: string;
  /** The constant added to every seeded instant (0 with keepDates). */
  shiftMs: number;
  orgs: Org[];
  categories: Category[];
  tickets: Ticket[];
  timelines: Record<string, TimelineEntry[]>;
  /** Credits used, keyed `${user}|${YYYY-MM}` (Bangkok calendar month). */
  creditsUsed: Record<string, number>;
  notifications: Notification[];
  comments: CommentRecord[];
  /** Ticket ids created through new-issue/v1. */
  created: string[];
  /** Uploaded base64 photos, keyed by content hash (served under /exchange-api/sim-photo/). */
  photos: Record<string, string>;
}

export interface Faults {
  /** Deterministic PRNG seed for the rates below. */
  seed: number;
  latencyMs: number;
  /** Hold the request (after applying it) and answer after 65 s. */
  timeoutRate: number;
  /** Answer 502/503 without applying the request. */
  errorRate5xx: number;
  /** Apply the request, then destroy the socket without answering. */
  dropRate: number;
  /** Apply the request, then send a truncated JSON body. */
  malformedRate: number;
  /** Serve get-issue(s) from a snapshot up to 600 s old (source "cache"). */
  staleReads: boolean;
  /** When > 0, every token is rejected (401) after this many uses. */
  expireTokens: number;
  /** new-issue/v1 answers "Duplicate of post #…" when an existing ticket lies within 100 m. */
  duplicateNewIssue: boolean;
}
