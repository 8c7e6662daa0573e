// Vitest browser commands (they run in Node) that start and inspect a real central simulator, so
// data-layer tests in Chromium can sync against a real HTTP server and check what it received.
import { fileURLToPath } from 'node:url';
import { startCentralSim, type CentralSimHandle, type Faults } from '../../../central-sim/server';

const SEED = fileURLToPath(new URL('../../../central-sim/seed/traffy-sample.csv', import.meta.url));
let handle: CentralSimHandle | null = null;

export interface SimTimelineEntry {
  note: string;
  status: string;
}

export const simCommands = {
  async simStart(_ctx: unknown, opts: { quotaPerMonth?: number | null } = {}): Promise<string> {
    await handle?.close();
    handle = await startCentralSim({ dataFile: SEED, port: 0, quotaPerMonth: opts.quotaPerMonth ?? null });
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
  async simStop(): Promise<void> {
    await handle?.close();
    handle = null;
  },
};

export type SimCommands = typeof simCommands;
