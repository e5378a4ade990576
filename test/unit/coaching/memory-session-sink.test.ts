import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../../src/core/session/types';
import { createMemorySessionSink } from '../../../src/platform/memory-session-sink';

const session = (id: string, startedAt: number): SessionRecord => ({
  id,
  programId: null,
  startedAt,
  endedAt: null,
  status: 'in_progress',
  painBefore: null,
  painAfter: null,
  exertion: null,
  ownerId: 'tab',
  notes: '',
});

describe('memory session sink', () => {
  it('keeps sessions with their sets, newest first, and applies patches', async () => {
    const sink = createMemorySessionSink();
    await sink.startSession(session('a', 1));
    await sink.startSession(session('b', 2));
    await sink.updateSession('a', { status: 'stopped_pain', endedAt: 5 });
    const recent = await sink.recentSessions(5);
    expect(recent.map((r) => r.session.id)).toEqual(['b', 'a']);
    expect(recent[1]?.session.status).toBe('stopped_pain');
    expect(await sink.recentSessions(1)).toHaveLength(1);
  });
  it('remembers the readiness answers', async () => {
    const sink = createMemorySessionSink();
    expect(await sink.getReadiness()).toBeNull();
    const record = {
      answeredAt: 1,
      answers: { heart: true },
      clearanceAdvised: true,
      disclaimerAcceptedAt: 1,
    };
    await sink.saveReadiness(record);
    expect(await sink.getReadiness()).toEqual(record);
  });
  it('refuses a patch of a record that was never started', async () => {
    await expect(createMemorySessionSink().updateSet('nope', { repCount: 1 })).rejects.toThrow(
      /nope/,
    );
  });
});
