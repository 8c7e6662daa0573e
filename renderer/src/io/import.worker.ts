// Module worker entry for Traffy imports (see importWorkerCore.ts); started by importInWorker.ts.
// Never: holds logic of its own, so the same core runs in tests over a MessagePort.
import { serveImportJobs } from './importWorkerCore';
import type { PortLike } from './workerProtocol';

serveImportJobs(self as unknown as PortLike);
