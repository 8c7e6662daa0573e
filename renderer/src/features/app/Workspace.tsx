// The working app once set up: reconnects the central account if needed, creates the sync service
// and shows the page for the current route inside the shell.
import { useEffect, useMemo, useState } from 'react';
import { onCasesChanged } from '#data/changeFeed';
import { useQueryClient } from './useQueryClient';
import type { KhetDb } from '#data/db';
import type { SetupSettings } from '#data/metaRepo';
import { districtByCode } from '#domain/districts';
import { desktop } from '#platform/index';
import { createSyncService } from '#sync/syncService';
import { useHashRoute } from '#ui/useHashRoute';
import { AppLayout } from '#features/shell/AppLayout';
import { ReconnectModal } from '#features/setup/ReconnectModal';
import { RegisterPage } from '#features/register/RegisterPage';
import { CasePage } from '#features/case/CasePage';
import { SyncPage } from '#features/sync/SyncPage';
import { QueuePage } from '#features/queue/QueuePage';
import { NewCasePage } from '#features/newcase/NewCasePage';
import { MeetingsPage } from '#features/meetings/MeetingsPage';
import { MeetingPage } from '#features/meetings/MeetingPage';
import { SettingsPage } from '#features/settings/SettingsPage';
import { useReminders } from '#features/followups/useReminders';
import { AppContext, type AppContextValue } from './AppContext';

export function Workspace({ db, setup }: { db: KhetDb; setup: SetupSettings }) {
  const district = districtByCode(setup.districtCode)!;
  const sync = useMemo(() => createSyncService(db, desktop.centralRequest, district.nameTh), [db, district.nameTh]);
  const query = useQueryClient(db.name);
  const value: AppContextValue = useMemo(() => ({ db, setup, district, sync, query }), [db, setup, district, sync, query]);
  useEffect(() => onCasesChanged((ids) => query.notifyChanged([...ids])), [query]);
  // Background sync on the district's schedule (office hours by default), within its credit budget.
  useEffect(() => sync.startBackground(), [sync]);
  const route = useHashRoute();
  const [needsPassword, setNeedsPassword] = useState(false);

  useEffect(() => {
    void desktop.centralStatus().then(async (s) => {
      if (!s.ok || s.value.configured) return;
      // Demo credentials are public; a real account's password is asked for again (browser build).
      if (setup.mode === 'demo') await desktop.centralUseDemo({ districtCode: setup.districtCode });
      else setNeedsPassword(true);
    });
  }, [setup]);

  return (
    <AppContext.Provider value={value}>
      <AppLayout route={route}>
        {route.name === 'queue' && <QueuePage />}
        {route.name === 'register' && <RegisterPage />}
        {route.name === 'new-case' && <NewCasePage />}
        {route.name === 'meetings' && <MeetingsPage />}
        {route.name === 'meeting' && <MeetingPage key={route.id} meetingId={route.id} />}
        {route.name === 'case' && <CasePage caseId={route.id} />}
        {route.name === 'sync' && <SyncPage />}
        {route.name === 'settings' && <SettingsPage />}
      </AppLayout>
      <Reminders />
      <ReconnectModal opened={needsPassword} onDone={() => setNeedsPassword(false)} />
    </AppContext.Provider>
  );
}

/** Follow-up reminders and the daily digest, inside the app context. */
function Reminders() {
  useReminders();
  return null;
}
