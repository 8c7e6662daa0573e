// Top of the tree: first-run setup until a district is chosen, then the workspace.
import { Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '#data/db';
import { readSetup } from '#data/metaRepo';
import { SetupScreen } from '#features/setup/SetupScreen';
import { Workspace } from './Workspace';

export function App() {
  const db = getDb();
  const setup = useLiveQuery(async () => (await readSetup(db)) ?? 'none', [db]);
  if (setup === undefined)
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  if (setup === 'none') return <SetupScreen db={db} />;
  return <Workspace db={db} setup={setup} />;
}
