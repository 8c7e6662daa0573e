// The Traffy Exchange API client used by pull, push and the case screens: one typed method per
// endpoint of the contract (/work/shared/reference/traffy-exchange-api.openapi.yaml). One client,
// two transports: the transport is `window.desktop.centralRequest` (main process in Electron, direct
// fetch in the browser build), which also owns the credentials. This module never sees a password.
// Owns: the client's public shape and its assembly. Reads live in clientReads.ts, writes in
// clientWrites.ts, the reply path (envelope → onEnvelope → errors → zod) in clientCall.ts.
import type { Result } from '#contract/result';
import { createCaller, type Transport } from './clientCall';
import { createReads } from './clientReads';
import {
  createWrites,
  type CommentInput,
  type JoinForwardInput,
  type NewIssueInput,
  type NewIssueOutcome,
  type StatusUpdate,
} from './clientWrites';
import type { Envelope } from './envelope';
import type { ApiCategory, ApiIssueDetail, ApiOrg, ApiStatusDef } from './schemas';

export type { Transport } from './clientCall';
export type { CommentInput, CommentType, JoinForwardInput, NewIssueInput, NewIssueOutcome, StatusUpdate } from './clientWrites';
export type { ApiCategory, ApiStatusDef } from './schemas';
export type PullWindow = 'today' | '3days' | 'all';

export interface CentralClient {
  /** The account's orgs (get-org-list/v1 without org_id: the reply starts with a PHP warning). */
  getOrgList(): Promise<Result<ApiOrg[]>>;
  /** search-org/v1; the keyword must be at least 3 UTF-8 bytes (else invalid-input, no call). */
  searchOrg(keyword: string): Promise<Result<ApiOrg[]>>;
  /** get-type-list/v2 for one integer org id (default: the account's org). */
  getTypeList(orgId?: string): Promise<Result<ApiCategory[]>>;
  /** get-status-list/v2 for one integer org id (default: the account's org), custom statuses included. */
  getStatusList(orgId?: string): Promise<Result<ApiStatusDef[]>>;
  /** Raw issue objects: validated one by one by the caller so one bad record can be quarantined. */
  getIssues(orgIds: readonly string[], window: PullWindow): Promise<Result<unknown[]>>;
  /**
   * get-issue/v2, or get-issue/v1 where v2 is missing (HTTP 404 / "no such endpoint"; remembered).
   * v1's org `org` comes out as `name` too. `fromCache`: the reply says it came from the central
   * cache (up to 600 s old).
   */
  getIssue(ticketId: string): Promise<Result<ApiIssueDetail & { fromCache: boolean }>>;
  /**
   * download-issues/v2 as CSV text, the UTF-8 BOM STRIPPED (the first header is `ticket_id`). A JSON
   * error envelope instead of CSV (quota exhausted, ...) is an error, its credits reported. A CSV
   * reply carries no envelope, so no credits are reported for it.
   */
  downloadIssues(orgIds: readonly string[], window: PullWindow): Promise<Result<string>>;
  /** update-issue/v1 (PATCH). At most 3 photos (else invalid-input, no call). The reply never echoes the status. */
  updateIssue(update: StatusUpdate): Promise<Result<void>>;
  comment(input: CommentInput): Promise<Result<void>>;
  /** join-forward/v1: scenario 1 invites the orgs to co-handle, 2 forwards to them. */
  joinForward(input: JoinForwardInput): Promise<Result<void>>;
  /**
   * new-issue/v1. A "Duplicate of post #<id>" reply is ok({ ticketId: <id>, duplicate: true }). At
   * most one photo: the contract's photo_base64 is a single string.
   */
  newIssue(input: NewIssueInput): Promise<Result<NewIssueOutcome>>;
  /** star/v1, 1 to 5; never notifies the reporter. */
  star(ticketId: string, star: number): Promise<Result<void>>;
}

export function createCentralClient(transport: Transport, onEnvelope: (env: Envelope) => void = () => {}): CentralClient {
  const caller = createCaller(transport, onEnvelope);
  return { ...createReads(caller), ...createWrites(caller) };
}
