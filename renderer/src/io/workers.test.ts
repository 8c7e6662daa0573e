// The import/export worker protocols, run over a real MessageChannel (structured clone, transfer)
// with the same cores the module workers load; only `new Worker(...)` itself is not exercised here.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { CaseRecord } from '#domain/case';
import { REGISTER_COLUMNS, type RegisterColumn } from '#domain/registerRow';
import { serveExportJobs } from './exportWorkerCore';
import { exportRegisterInWorker, type ExportPhase } from './exportInWorker';
import { serveImportJobs } from './importWorkerCore';
import { importInWorker } from './importInWorker';
import { ImportFileError } from './importPipeline';
import { parseTraffyCsv } from './traffyCsv';
import type { ExportReply, ExportRequest, PortLike } from './workerProtocol';

const sampleBytes = readFileSync('/work/shared/data/traffy-open-sample-2023-05.csv');

function fakeWorker(serve: (port: PortLike) => void): () => Worker {
  return () => {
    const { port1, port2 } = new MessageChannel();
    serve(port1);
    const fake = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      onerror: null,
      postMessage: (msg: unknown, transfer: Transferable[] = []) => port2.postMessage(msg, transfer),
      terminate: () => {
        port1.close();
        port2.close();
      },
    };
    port2.onmessage = (e) => fake.onmessage?.(e);
    return fake as unknown as Worker;
  };
}

let direct: { records: CaseRecord[]; summary: Awaited<ReturnType<typeof parseTraffyCsv>> };
beforeAll(async () => {
  const records: CaseRecord[] = [];
  const summary = await parseTraffyCsv(new Blob([sampleBytes]), { onChunk: (r) => void records.push(...r) });
  direct = { records, summary };
}, 30_000);

describe('importInWorker', () => {
  const createWorker = fakeWorker(serveImportJobs);

  it('parses off-thread, posts chunks, waits for each to be stored, reports progress', async () => {
    const records: CaseRecord[] = [];
    const sizes: number[] = [];
    let last: [number, number] = [0, 0];
    const summary = await importInWorker(
      new File([sampleBytes], 'traffy.csv', { type: 'text/csv' }),
      (done, total) => (last = [done, total]),
      async (chunk) => {
        sizes.push(chunk.length);
        await new Promise((r) => setTimeout(r, 2));
        records.push(...chunk);
      },
      { chunkSize: 300, createWorker },
    );
    expect(summary).toEqual(direct.summary);
    expect(records).toEqual(direct.records);
    expect(sizes).toEqual([300, 300, 300, 100]);
    expect(last).toEqual([sampleBytes.length, sampleBytes.length]);
  }, 30_000);

  it('parses at most one chunk ahead, and stores chunks one at a time in file order', async () => {
    const port = { posted: 0, acked: 0, maxAhead: 0 };
    const counting = fakeWorker((p) => {
      const send = p.postMessage.bind(p);
      p.postMessage = (msg: unknown, transfer?: Transferable[]) => {
        if ((msg as { type: string }).type === 'chunk') port.posted++;
        port.maxAhead = Math.max(port.maxAhead, port.posted - port.acked);
        send(msg, transfer);
      };
      serveImportJobs(p);
      const onmessage = p.onmessage!;
      p.onmessage = (e) => {
        if ((e.data as { type: string }).type === 'ack') port.acked++;
        onmessage(e);
      };
    });
    let storing = 0;
    let overlapped = false;
    const records: CaseRecord[] = [];
    await importInWorker(
      new File([sampleBytes], 'traffy.csv', { type: 'text/csv' }),
      () => undefined,
      async (chunk) => {
        overlapped ||= storing > 0;
        storing++;
        await new Promise((r) => setTimeout(r, 20));
        records.push(...chunk);
        storing--;
      },
      { chunkSize: 300, createWorker: counting },
    );
    expect(overlapped).toBe(false);
    expect(records).toEqual(direct.records);
    // One chunk being stored plus the one parsed ahead of it.
    expect(port.maxAhead).toBe(2);
  }, 30_000);

  it('sniffs a workbook by its magic bytes whatever the file is called', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['ticket_id', 'comment', 'timestamp', 'state'], ['2023-AAAAAA', 'ไฟดับ', '2023-05-12 09:30', 'เสร็จสิ้น']]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array<ArrayBuffer>;
    const records: CaseRecord[] = [];
    const summary = await importInWorker(new File([bytes], 'export.bin'), () => {}, (r) => void records.push(...r), { createWorker });
    expect(summary).toMatchObject({ cases: 1, byBucket: { finish: 1 } });
    expect(records[0]).toMatchObject({ id: '2023-AAAAAA', description: 'ไฟดับ' });
  });

  it('rejects with ImportFileError for a non-Traffy file, and with the store error when onChunk fails', async () => {
    const notTraffy = await importInWorker(new File(['name,phone\na,1\n'], 'x.csv'), () => {}, () => {}, { createWorker }).catch((e: unknown) => e);
    expect(notTraffy).toBeInstanceOf(ImportFileError);
    expect((notTraffy as ImportFileError).problem.code).toBe('not-traffy');
    const failing = await importInWorker(new File([sampleBytes], 'a.csv'), () => {}, () => Promise.reject(new Error('disk full')), { createWorker }).catch((e: unknown) => e);
    expect((failing as Error).message).toBe('disk full');
  }, 30_000);
});

describe('exportRegisterInWorker', () => {
  const createWorker = fakeWorker(serveExportJobs);
  const headers = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, c])) as Record<RegisterColumn, string>;
  const opts = { lang: 'th' as const, title: 'ทะเบียน', districtName: 'เขตบางรัก', generatedAt: Date.UTC(2023, 4, 12), headers };

  it('returns the workbook bytes, reporting write then compress progress that never goes back', async () => {
    const reports: Array<[ExportPhase, number]> = [];
    const bytes = await exportRegisterInWorker(direct.records, opts, (d, _t, phase) => reports.push([phase, d]), createWorker);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const wb = XLSX.read(bytes, { dense: true });
    const sheet = wb.Sheets[wb.SheetNames[0]!]!;
    expect(sheet['!data']).toHaveLength(direct.records.length + 3);
    expect(sheet['!data']?.[3]?.[0]?.v).toBe(direct.records[0]?.ticketId);
    expect([...new Set(reports.map(([p]) => p))]).toEqual(['write', 'compress']);
    const done = reports.map(([, d]) => d);
    expect(done).toEqual([...done].sort((x, y) => x - y)); // rows through the deflater never go back
    expect(reports.at(-1)).toEqual(['compress', direct.records.length]);
  }, 60_000);

  it('rejects with the error and stops when a row cannot be written', async () => {
    const broken = { ...direct.records[0]!, categories: undefined } as unknown as CaseRecord;
    const err = await exportRegisterInWorker([...direct.records.slice(0, 5), broken], opts, undefined, createWorker).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/join|undefined/);
  });

  it('refuses an export whose rows do not add up to the announced total', async () => {
    const { port1, port2 } = new MessageChannel();
    serveExportJobs(port1);
    const replies: ExportReply[] = [];
    const ended = new Promise<void>((resolve) => {
      port2.onmessage = (e: MessageEvent<ExportReply>) => {
        replies.push(e.data);
        if (e.data.type !== 'progress') resolve();
      };
    });
    port2.postMessage({ type: 'begin', job: { ...opts, format: 'xlsx' }, total: 5 } satisfies ExportRequest);
    port2.postMessage({ type: 'rows', rows: direct.records.slice(0, 3) } satisfies ExportRequest);
    port2.postMessage({ type: 'end' } satisfies ExportRequest);
    await ended;
    port1.close();
    expect(replies.at(-1)).toEqual({ type: 'error', message: 'export: 3 rows written, 5 announced' });
  });

  it('returns CSV bytes when asked, reporting send, build and write', async () => {
    const phases = new Set<ExportPhase>();
    const bytes = await exportRegisterInWorker(direct.records.slice(0, 10), { ...opts, format: 'csv' }, (_d, _t, p) => phases.add(p), createWorker);
    expect([...phases]).toEqual(['send', 'build', 'write']);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFticketId,')).toBe(true);
    expect(text.trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(11);
  });
});
