// Module worker entry for register exports (see exportWorkerCore.ts); started by exportInWorker.ts.
// Never: holds logic of its own, so the same core runs in tests over a MessagePort.
import { serveExportJobs } from './exportWorkerCore';
import type { PortLike } from './workerProtocol';

serveExportJobs(self as unknown as PortLike);
