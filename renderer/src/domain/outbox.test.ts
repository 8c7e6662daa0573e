import { describe, expect, it } from 'vitest';
import { findsConflict, type OutboxEntry } from './outbox';

const entry = (over: Partial<OutboxEntry> = {}): OutboxEntry =>
  ({
    seq: 1,
    caseId: '2026-AAAAAA',
    kind: 'update-status',
    payload: { ticketId: '2026-AAAAAA', issueStatusId: 4, statusLabel: 'เสร็จสิ้น', note: 'ซ่อมแล้ว', notifyReporter: false },
    state: 'pending',
    attempts: 0,
    createdAt: 1000,
    lastAttemptAt: null,
    uncertain: false,
    lastError: null,
    sentAt: null,
    basedOnActivityAt: 1000,
    basedOnStatusLabel: 'รอรับเรื่อง',
    ...over,
  }) as OutboxEntry;

describe('findsConflict', () => {
  const none = new Set<string>();
  it('flags a queued status change whose case moved centrally to another status', () => {
    expect(findsConflict(entry(), { statusLabel: 'กำลังดำเนินการ', lastActivityAt: 2000 }, none)).toBe(true);
  });
  it('does not flag when nothing moved, when only the time moved, or when the central status is ours', () => {
    expect(findsConflict(entry(), { statusLabel: 'กำลังดำเนินการ', lastActivityAt: 1000 }, none)).toBe(false);
    expect(findsConflict(entry(), { statusLabel: 'รอรับเรื่อง', lastActivityAt: 2000 }, none)).toBe(false);
    expect(findsConflict(entry(), { statusLabel: 'เสร็จสิ้น', lastActivityAt: 2000 }, none)).toBe(false);
    expect(findsConflict(entry(), { statusLabel: 'ติดตามเรื่อง', lastActivityAt: 2000 }, new Set(['ติดตามเรื่อง']))).toBe(false);
  });
  it('never flags comments or forwards, nor entries from before the status was recorded', () => {
    const comment = entry({
      kind: 'comment',
      payload: { ticketId: 'x', note: 'n', notifyReporter: false, commentType: 'chat_staff_only' },
    });
    expect(findsConflict(comment, { statusLabel: 'กำลังดำเนินการ', lastActivityAt: 2000 }, none)).toBe(false);
    expect(findsConflict(entry({ basedOnStatusLabel: undefined }), { statusLabel: 'กำลังดำเนินการ', lastActivityAt: 2000 }, none)).toBe(
      false,
    );
  });
});
