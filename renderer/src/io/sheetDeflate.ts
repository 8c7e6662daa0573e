// The deflater behind the streamed sheet part: in fflate's own worker (AsyncDeflate), so the sheet is
// compressed in parallel with the rows being written, when such a worker starts here; in this thread
// otherwise (slower, but never stuck: fflate's worker has no load-error hook, so a worker blocked by,
// say, a CSP without `worker-src blob:` would otherwise wait forever).
// Never: touches the zip structure (fflate's Zip does) or holds more than the chunks still queued.
import { AsyncDeflate, Deflate, ZipPassThrough } from 'fflate';

/** fflate level 1: at 100k rows ~40 MB (SheetJS's zip: 93 MB), ~2.3× less CPU than level 6 for ~30% more bytes. */
const LEVEL = 1;
let probe: Promise<boolean> | null = null;

/** Whether fflate's deflate worker starts and answers here (asked once per thread, cached). */
export function deflateWorkerStarts(timeoutMs = 4000): Promise<boolean> {
  probe ??= new Promise<boolean>((resolve) => {
    let deflate: AsyncDeflate | null = null;
    const timer = setTimeout(() => {
      deflate?.terminate();
      resolve(false);
    }, timeoutMs);
    const settle = (ok: boolean) => {
      clearTimeout(timer);
      resolve(ok);
    };
    try {
      deflate = new AsyncDeflate({ level: LEVEL }, (err, _data, final) => (err ? settle(false) : final && settle(true)));
      deflate.push(new Uint8Array(1), true);
    } catch {
      settle(false);
    }
  });
  return probe;
}

/** A zip entry (ZipPassThrough keeps its CRC and size) whose data fflate deflates in a worker or inline. */
export class SheetZipDeflate extends ZipPassThrough {
  override compression = 8;
  /** Zip general-purpose flag bits 1–2: 3 = "super fast", as for level 1. */
  readonly flag = 3;
  /** Called once per pushed chunk, in push order, when the deflater has consumed it. */
  ondrained: (() => void) | null = null;
  private readonly inner: AsyncDeflate | Deflate;

  constructor(filename: string, inWorker: boolean) {
    super(filename);
    if (inWorker) {
      const deflate = new AsyncDeflate({ level: LEVEL }, (err, data, final) => this.ondata(err, data, final));
      deflate.ondrain = () => this.ondrained?.();
      this.inner = deflate;
    } else {
      this.inner = new Deflate({ level: LEVEL }, (data, final) => this.ondata(null, data, final));
    }
  }

  /** Bytes pushed but not yet consumed by the worker (0 inline). */
  get queuedSize(): number {
    return this.inner instanceof AsyncDeflate ? this.inner.queuedSize : 0;
  }

  /** Stops the worker; fflate's Zip calls it when the zip is terminated. */
  readonly terminate = (): void => {
    if (this.inner instanceof AsyncDeflate) this.inner.terminate();
  };

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.inner.push(chunk, final);
    if (this.inner instanceof Deflate) this.ondrained?.();
  }
}
