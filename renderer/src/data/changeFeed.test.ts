// The change feed: listeners hear committed ids; the records a writer passed are available to a
// listener only while that emit is being dispatched, and only for that emit's ids.
import { describe, expect, it } from 'vitest';
import { newCaseFromRemote } from '#domain/case';
import { committedRecords, emitCasesChanged, onCasesChanged } from './changeFeed';
import { remote } from '../test/fixtures';

describe('change feed', () => {
  it('hands the committed records to a listener during the emit only', () => {
    const a = newCaseFromRemote('A', remote());
    const b = newCaseFromRemote('B', remote());
    const seen: Array<readonly unknown[] | null> = [];
    const stop = onCasesChanged((ids) => {
      seen.push(committedRecords([...ids]));
      seen.push(committedRecords(['A', 'X']));
    });
    emitCasesChanged(['A', 'B'], [a, b]);
    emitCasesChanged(['A', 'B']);
    stop();
    expect(seen).toEqual([[a, b], null, null, null]);
    expect(committedRecords(['A', 'B'])).toBeNull();
  });
});
