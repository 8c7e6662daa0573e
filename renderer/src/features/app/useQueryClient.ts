// One query worker per register for the life of the window (it holds the in-memory index; starting
// it again would re-read the whole register).
import { createQueryClient, type QueryClient } from '#query/queryClient';

const clients = new Map<string, QueryClient>();

export function useQueryClient(dbName: string): QueryClient {
  let client = clients.get(dbName);
  if (!client) {
    client = createQueryClient(dbName);
    clients.set(dbName, client);
  }
  return client;
}
