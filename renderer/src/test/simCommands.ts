// Vitest browser commands (they run in Node) that start and inspect a real central simulator, so
// data-layer tests in Chromium can sync against a real HTTP server and check what it received.
import { fileURLToPath } from 'node:url';
import { startCentralSim, type CentralSimHandle, type Faults } from '../../../central-sim/server';
import { row, tempDir, writeCsv } from '../../../central-sim/test-support';
import { issueListItem } from '../../../central-sim/views';

const SEED = fileURLToPath(new URL('../../../central-sim/seed/traffy-sample.csv', import.meta.url));
let handle: CentralSimHandle | null = null;

export interface SimTimelineEntry {
  note: string;
  status: string;
}

/** One ticket as the central service lists it: status label as get-issues sends it, last activity in epoch ms. */
export interface SimCaseView {
  id: string;
  status: string;
  lastActivityAt: number;
}

export interface SimNoteQuery {
  ticketId: string;
  note: string;
}

export const simCommands = {
  async simStart(_ctx: unknown, opts: { quotaPerMonth?: number | null } = {}): Promise<string> {
    await handle?.close();
    handle = await startCentralSim({ dataFile: SEED, port: 0, quotaPerMonth: opts.quotaPerMonth ?? null });
    return handle.url;
  },
  /** A simulator seeded with `rows` generated tickets of one district (e.g. past the 5,000-row cap of `all`). */
  async simStartGenerated(_ctx: unknown, opts: { district: string; rows: number }): Promise<string> {
    await handle?.close();
    const { dir } = tempDir();
    const base = Date.parse('2026-11-01T03:00:00Z');
    const rows = Array.from({ length: opts.rows }, (_, i) => {
      const at = new Date(base + i * 60_000).toISOString().replace('T', ' ').replace('Z', '+00');
      return row({
        ticket_id: `2026-G${String(i).padStart(5, '0')}`,
        organization: `เขต${opts.district}`,
        district: opts.district,
        comment: `เรื่องทดสอบที่ ${i + 1}`,
        timestamp: at,
        last_activity: at,
      });
    });
    handle = await startCentralSim({ dataFile: writeCsv(dir, rows), port: 0, quotaPerMonth: null });
    return handle.url;
  },
  simSetFaults(_ctx: unknown, faults: Partial<Faults>): void {
    handle?.sim.setFaults(faults);
  },
  simTimeline(_ctx: unknown, ticketId: string): SimTimelineEntry[] {
    return (handle?.sim.timeline(ticketId) ?? []).map((e) => ({ note: e.note, status: e.status }));
  },
  /** Tickets the district's account can see (office + units), as the central service's own view. */
  simDistrictTicketIds(_ctx: unknown, user: string): string[] {
    const sim = handle?.sim;
    const account = sim?.account(user);
    if (!sim || !account) return [];
    return sim
      .tickets()
      .filter((t) => sim.canSee(account, t))
      .map((t) => t.ticket_id);
  },
  /** Central tickets created with this client_ticket_id (a new-issue sent twice must leave one). */
  simTicketsWithClientId(_ctx: unknown, clientTicketId: string): string[] {
    return (handle?.sim.tickets() ?? []).filter((t) => t.client_ticket_id === clientTicketId).map((t) => t.ticket_id);
  },
  /** The district's tickets (as simDistrictTicketIds) with the status label and last activity get-issues reports. */
  simDistrictView(_ctx: unknown, user: string): SimCaseView[] {
    const sim = handle?.sim;
    const account = sim?.account(user);
    if (!sim || !account) return [];
    return sim
      .tickets()
      .filter((t) => sim.canSee(account, t))
      .map((t) => ({ id: t.ticket_id, status: String(issueListItem(t, sim.orgDir).status), lastActivityAt: t.last_activity }));
  },
  /** For each (ticket, note): how many entries of the ticket's live timeline carry exactly that note. */
  simNoteCounts(_ctx: unknown, queries: SimNoteQuery[]): number[] {
    const sim = handle?.sim;
    return queries.map((q) => (sim?.timeline(q.ticketId) ?? []).filter((e) => e.note === q.note).length);
  },
  async simStop(): Promise<void> {
    await handle?.close();
    handle = null;
  },
};

export type SimCommands = typeof simCommands;
