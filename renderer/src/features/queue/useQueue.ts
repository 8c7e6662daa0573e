// Runs the queue's lists: engine queries for register-wide lists, the follow-up and outbox tables for
// the rest, and the deadline clock over open cases. Recomputed when the register changes.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { openFollowUps } from '#data/followUpRepo';
import { allOutbox } from '#data/outboxRepo';
import { followUpTiming } from '#domain/followUp';
import { useNow } from '#ui/useNow';
import { useApp } from '#features/app/AppContext';
import { useRegisterVersion } from './useRegisterVersion';
import { pastDeadlineIds } from './pastDeadline';
import { engineQueries, LIST_LIMIT, type QueueKey, type QueueList } from './queueLists';

export function useQueue(): { lists: Partial<Record<QueueKey, QueueList>>; ready: boolean } {
  const { db, query } = useApp();
  const [engineLists, setEngineLists] = useState<Partial<Record<QueueKey, QueueList>>>({});
  const [ready, setReady] = useState(false);
  const version = useRegisterVersion();
  const now = useNow(30_000);
  const followUps = useLiveQuery(() => openFollowUps(db), [db]);
  const outbox = useLiveQuery(() => allOutbox(db), [db]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await query.ready;
      const at = new Date().getTime();
      const out: Partial<Record<QueueKey, QueueList>> = {};
      for (const [key, q] of Object.entries(engineQueries(at)) as [QueueKey, NonNullable<ReturnType<typeof engineQueries>[QueueKey]>][]) {
        const r = await query.query({ ...q, limit: LIST_LIMIT });
        out[key] = { key, count: r.total, ids: r.ids };
      }
      const late = await pastDeadlineIds(db, query, at);
      out['past-deadline'] = { key: 'past-deadline', count: late.ids.length, ids: late.ids.slice(0, LIST_LIMIT), notes: late.notes };
      if (!cancelled) {
        setEngineLists(out);
        setReady(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [db, query, version]);

  const lists: Partial<Record<QueueKey, QueueList>> = { ...engineLists };
  if (followUps) {
    for (const key of ['followups-overdue', 'followups-today'] as const) {
      const timing = key === 'followups-overdue' ? 'overdue' : 'today';
      const due = followUps.filter((f) => followUpTiming(f, now) === timing);
      lists[key] = {
        key,
        count: due.length,
        ids: [...new Set(due.map((f) => f.caseId))],
        notes: Object.fromEntries(due.map((f) => [f.caseId, `${f.kind}|${f.dueAt}|${f.note}`])),
      };
    }
  }
  if (outbox) {
    for (const [key, state] of [
      ['push-failed', 'failed'],
      ['conflicts', 'conflict'],
    ] as const) {
      const entries = outbox.filter((o) => o.state === state);
      lists[key] = {
        key,
        count: entries.length,
        ids: [...new Set(entries.map((o) => o.caseId))],
        notes: Object.fromEntries(entries.map((o) => [o.caseId, o.lastError ?? ''])),
      };
    }
  }
  return { lists, ready: ready && followUps !== undefined && outbox !== undefined };
}
