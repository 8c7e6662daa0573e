// One query worker per register for the life of the window (it holds the in-memory index; starting
// it again would re-read the whole register). It starts loading once the register has drawn its first
// rows (read by keyset straight from IndexedDB), so that first screen does not compete with the
// worker reading every case; on an empty register after START_LATEST_MS; on any other screen (the
// queue, a case) at once, since those are answered by the engine.
import { createQueryClient, type QueryClient } from '#query/queryClient';

const clients = new Map<string, QueryClient>();

const START_LATEST_MS = 1500;

/** Resolves after the frame in which the register table first shows data rows, or after START_LATEST_MS. */
function firstRowsDrawn(): Promise<void> {
  if (!/^#\/register/.test(window.location.hash)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      // After this frame's paint, not inside it.
      setTimeout(resolve, 0);
    };
    const check = () => {
      if (done) return;
      // The header row plus at least one data row.
      if (document.querySelectorAll('[role="table"] [role="row"]').length > 1) finish();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    // rAF does not run in a hidden window: the timer still starts the engine there.
    setTimeout(finish, START_LATEST_MS);
  });
}

export function useQueryClient(dbName: string): QueryClient {
  let client = clients.get(dbName);
  if (!client) {
    client = createQueryClient(dbName, { startWhen: firstRowsDrawn() });
    clients.set(dbName, client);
  }
  return client;
}
