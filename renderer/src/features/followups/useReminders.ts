// Reminders while the app is open: when a follow-up's time comes, an in-app notification (and a
// desktop notification where the user allowed them), once per follow-up; and a daily digest the first
// time the app opens on a Bangkok day.
import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { markReminded, openFollowUps } from '#data/followUpRepo';
import { readMeta, writeMeta } from '#data/metaRepo';
import { dueForReminder, followUpTiming } from '#domain/followUp';
import { navigate } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';

const CHECK_EVERY_MS = 30_000;
const bangkokDay = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);

function desktopNotify(title: string, body: string): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  new Notification(title, { body });
}

export function useReminders(): void {
  const { t } = useTranslation('followups');
  const { db } = useApp();
  useEffect(() => {
    let stopped = false;
    async function check() {
      const now = new Date().getTime();
      const open = await openFollowUps(db);
      if (stopped) return;
      const day = bangkokDay(now);
      if ((await readMeta<string>(db, 'digestDay')) !== day) {
        await writeMeta(db, 'digestDay', day);
        const today = open.filter((f) => followUpTiming(f, now) === 'today').length;
        const overdue = open.filter((f) => followUpTiming(f, now) === 'overdue').length;
        if (today + overdue > 0)
          notifications.show({ title: t('digest.title'), message: t('digest.body', { today, overdue }), autoClose: 15_000 });
      }
      const due = dueForReminder(open, now);
      for (const f of due) {
        const title = t('reminder.title', { kind: t(`kinds.${f.kind}`) });
        notifications.show({
          title,
          message: `${f.caseId} ${f.note}`,
          color: 'orange',
          autoClose: false,
          onClick: () => navigate({ name: 'case', id: f.caseId }),
        });
        desktopNotify(title, `${f.caseId} ${f.note}`);
      }
      if (due.length > 0)
        await markReminded(
          db,
          due.map((f) => f.seq!),
          now,
        );
    }
    void check();
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [db, t]);
}
