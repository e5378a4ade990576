// The page's one storage problem channel: a disk-full problem outlives lesser ones, and the
// connection closing while this page deletes its data on purpose is not a problem to show.
import { describe, expect, it } from 'vitest';
import { storageError } from '../../../src/platform/storage/errors';
import { createStorageProblems } from '../../../src/ui/data/storage-problems';

const channel = () => createStorageProblems({ exportLiveSession: () => Promise.resolve(null) });

describe('createStorageProblems', () => {
  it('keeps a disk-full problem on screen when a lesser one follows', () => {
    const problems = channel();
    problems.report(storageError('quota_exceeded', 'full'));
    problems.report(storageError('stale_tab', 'another tab'));
    expect(problems.store.get().problem?.code).toBe('quota_exceeded');
  });

  it('shows the latest problem otherwise', () => {
    const problems = channel();
    problems.report(storageError('stale_tab', 'another tab'));
    problems.report(storageError('write_failed', 'failed'));
    expect(problems.store.get().problem?.code).toBe('write_failed');
  });

  it('ignores the connection closing while this page deletes all data, and only then', async () => {
    const problems = channel();
    await problems.whileDeleting(() => {
      problems.report(storageError('stale_tab', 'closed'));
      return Promise.resolve();
    });
    expect(problems.store.get().problem).toBeNull();
    problems.report(storageError('stale_tab', 'closed'));
    expect(problems.store.get().problem?.code).toBe('stale_tab');
  });

  it('says there is nothing to export when no session started on IndexedDB here', async () => {
    const problems = channel();
    problems.exportNow();
    await expect.poll(() => problems.store.get().exportPhase).toBe('nothing');
  });
});
