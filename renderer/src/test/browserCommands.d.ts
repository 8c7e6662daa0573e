// Types of the simulator commands available to browser tests (see simCommands.ts).
import type { Faults } from '../../../central-sim/server';
import type { SimCaseView, SimNoteQuery, SimTimelineEntry } from './simCommands';

declare module 'vitest/browser' {
  interface BrowserCommands {
    simStart(opts?: { quotaPerMonth?: number | null }): Promise<string>;
    simStartGenerated(opts: { district: string; rows: number }): Promise<string>;
    simSetFaults(faults: Partial<Faults>): Promise<void>;
    simTimeline(ticketId: string): Promise<SimTimelineEntry[]>;
    simDistrictTicketIds(user: string): Promise<string[]>;
    simTicketsWithClientId(clientTicketId: string): Promise<string[]>;
    simDistrictView(user: string): Promise<SimCaseView[]>;
    simNoteCounts(queries: SimNoteQuery[]): Promise<number[]>;
    simStop(): Promise<void>;
  }
}
