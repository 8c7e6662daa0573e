// The Simulator: owns the mutable state (tickets, timelines, credits, notifications), the org
// directory, accounts, tokens and faults, and answers the questions handlers and tests ask of it.
import { demoAccounts, TokenService } from './auth';
import { FaultInjector } from './faults';
import { OrgDirectory } from './orgs';
import { bangkokMonth } from './time';
import type { Account, CommentRecord, Faults, Notification, Org, SimState, Ticket, TimelineEntry } from './types';

export interface SimulatorOptions {
  now: () => number;
  /** null = unlimited. */
  quotaPerMonth: number | null;
  tokenTtlSeconds: number;
  faults: Partial<Faults>;
  /** Called after every change (persistence hooks in here); `urgent` = tickets changed, not just credits. */
  onChange: (state: SimState, urgent: boolean) => void;
}

export const STALE_WINDOW_MS = 600_000;

export interface ReadView {
  get(ticketId: string): Ticket | undefined;
  tickets: readonly Ticket[];
  timeline(ticketId: string): TimelineEntry[];
  source: 'db' | 'cache';
}

interface Snapshot {
  at: number;
  tickets: Ticket[];
  timelines: Record<string, TimelineEntry[]>;
}

export class Simulator {
  readonly now: () => number;
  readonly quota: number | null;
  readonly accounts: Map<string, Account> = demoAccounts();
  readonly tokens: TokenService;
  readonly orgDir: OrgDirectory;
  private readonly faultInjector: FaultInjector;
  private readonly byId = new Map<string, Ticket>();
  private snapshot: Snapshot | null = null;
  /** Where uploaded photos are served from; the server sets it once it knows its address. */
  photoBaseUrl = '';

  constructor(
    readonly state: SimState,
    private readonly opts: SimulatorOptions,
  ) {
    this.now = opts.now;
    this.quota = opts.quotaPerMonth;
    this.tokens = new TokenService(opts.now, opts.tokenTtlSeconds);
    this.orgDir = new OrgDirectory(state.orgs);
    this.faultInjector = new FaultInjector(opts.faults);
    for (const t of state.tickets) this.byId.set(t.ticket_id, t);
  }

  // ---- inspection (tests and the app's demo mode) ----

  getIssue(ticketId: string): Ticket | undefined {
    return this.byId.get(ticketId);
  }

  timeline(ticketId: string): TimelineEntry[] {
    return this.state.timelines[ticketId] ?? [];
  }

  tickets(): readonly Ticket[] {
    return this.state.tickets;
  }

  get notifications(): readonly Notification[] {
    return this.state.notifications;
  }

  get comments(): readonly CommentRecord[] {
    return this.state.comments;
  }

  get created(): readonly string[] {
    return this.state.created;
  }

  org(orgId: string): Org | undefined {
    return this.orgDir.get(orgId);
  }

  orgs(): readonly Org[] {
    return this.state.orgs;
  }

  get faults(): Faults {
    return this.faultInjector.current;
  }

  get faultDraws(): FaultInjector {
    return this.faultInjector;
  }

  setFaults(update: Partial<Faults>): void {
    this.faultInjector.set(update);
    if (update.staleReads === false) this.snapshot = null;
  }

  // ---- accounts and visibility ----

  account(user: string): Account | undefined {
    return this.accounts.get(user);
  }

  /** Orgs an account acts for: its office and units; every org for admin. */
  accountOrgs(account: Account): Org[] {
    return account.district === null ? this.state.orgs : this.orgDir.districtOrgs(account.district);
  }

  mayActFor(account: Account, orgId: string): boolean {
    return account.district === null || this.orgDir.get(orgId)?.district === account.district;
  }

  canSee(account: Account, ticket: Ticket): boolean {
    return account.district === null || ticket.orgs.some((o) => this.mayActFor(account, o.org_id));
  }

  // ---- credits ----

  private creditKey(user: string): string {
    return `${user}|${bangkokMonth(this.now())}`;
  }

  creditBalance(user: string): number | null {
    if (this.quota === null) return null;
    return Math.max(0, this.quota - (this.state.creditsUsed[this.creditKey(user)] ?? 0));
  }

  /** Spend one credit; false (nothing spent) when the month's quota is used up. */
  charge(user: string): boolean {
    if (this.quota === null) return true;
    const balance = this.creditBalance(user) ?? 0;
    if (balance <= 0) return false;
    const key = this.creditKey(user);
    this.state.creditsUsed[key] = (this.state.creditsUsed[key] ?? 0) + 1;
    return true;
  }

  /** At or below 5% of the quota: replies turn into warnings. */
  creditsLow(user: string): boolean {
    const balance = this.creditBalance(user);
    return this.quota !== null && balance !== null && balance <= this.quota * 0.05;
  }

  // ---- reads (optionally stale) and writes ----

  /** What get-issue(s) read: the live state, or with staleReads a snapshot up to 600 s old. */
  readView(): ReadView {
    const live: ReadView = {
      get: (id) => this.byId.get(id),
      tickets: this.state.tickets,
      timeline: (id) => this.timeline(id),
      source: 'db',
    };
    if (!this.faults.staleReads) return live;
    const now = this.now();
    const snap = this.snapshot;
    if (snap && now - snap.at <= STALE_WINDOW_MS) {
      const index = new Map(snap.tickets.map((t) => [t.ticket_id, t]));
      return { get: (id) => index.get(id), tickets: snap.tickets, timeline: (id) => snap.timelines[id] ?? [], source: 'cache' };
    }
    this.snapshot = { at: now, tickets: structuredClone(this.state.tickets), timelines: structuredClone(this.state.timelines) };
    return live;
  }

  addTicket(ticket: Ticket, timeline: TimelineEntry[]): void {
    this.state.tickets.push(ticket);
    this.byId.set(ticket.ticket_id, ticket);
    this.state.timelines[ticket.ticket_id] = timeline;
  }

  appendTimeline(ticketId: string, entry: TimelineEntry): void {
    (this.state.timelines[ticketId] ??= []).push(entry);
  }

  /** Persist after a change: at once when tickets may have changed, soon when only credits did. */
  changed(urgent = true): void {
    this.opts.onChange(this.state, urgent);
  }
}
