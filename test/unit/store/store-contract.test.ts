/** One suite both stores pass; the SQLite one also survives a restart and concurrent writers. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { MAX_REPLY_RECORDS, type MusubiStore } from '../../../src/core/store.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { openSqliteStore } from '../../../src/store/sqlite-store.js';

const scope = { workspace: 'T1', channel: 'C1' };
const other = { workspace: 'T1', channel: 'C2' };
const tempDb = async () => path.join(await mkdtemp(path.join(tmpdir(), 'musubi-db-')), 'nested', 'musubi.db');

describe.each([
  ['memory', async () => createMemoryStore()],
  ['sqlite', async () => openSqliteStore(await tempDb(), silentLogger)],
] as [string, () => Promise<MusubiStore>][])('%s store', (_name, open) => {
  it('adds, lists per channel, de-duplicates and removes shortlist entries', async () => {
    const store = await open();
    const a = await store.addToShortlist(scope, { suggestion: 'Crescent City', addedBy: 'aiko', messageLink: 'chat://C1/1' });
    const again = await store.addToShortlist(scope, { suggestion: 'Crescent City', addedBy: 'ken' });
    await store.addToShortlist(scope, { suggestion: 'JUSSCA', addedBy: 'ken' });
    await store.addToShortlist(other, { suggestion: 'Elsewhere', addedBy: 'mai' });
    expect(again.id).toBe(a.id);
    expect((await store.listShortlist(scope)).map((e) => [e.suggestion, e.addedBy])).toEqual([['Crescent City', 'aiko'], ['JUSSCA', 'ken']]);
    expect(await store.removeFromShortlist(scope, a.id)).toBe(true);
    expect(await store.removeFromShortlist(scope, a.id)).toBe(false);
    expect((await store.listShortlist(scope)).map((e) => e.suggestion)).toEqual(['JUSSCA']);
    await store.recordFeedback(scope, { target: 'q1', targetKind: 'answer', vote: 'up', user: 'aiko' });
    await store.close();
  });

  it('records replies per channel, replaces one by id, and lists them oldest first', async () => {
    const store = await open();
    const base = { kind: 'matches', command: 'match', request: 'coastal town', passages: [], shown: ['a'], suggestions: [{ id: 'a', name: 'Crescent City', nameJa: 'クレセントシティ', nameEn: 'Crescent City', kind: 'city' as const, country: 'US', existing: true, reason: 'tsunami' }] };
    await store.recordReply(scope, { ...base, id: 'r1', messageIds: [], at: '2026-12-01T10:00:00.000Z' });
    await store.recordReply(scope, { ...base, id: 'r2', messageIds: ['1.2'], at: '2026-12-01T10:01:00.000Z' });
    await store.recordReply(scope, { ...base, id: 'r1', messageIds: ['1.1'], at: '2026-12-01T10:00:00.000Z' });
    await store.recordReply(other, { ...base, id: 'r3', messageIds: [], at: '2026-12-01T10:02:00.000Z' });
    const listed = await store.listReplies(scope);
    expect(listed.map((r) => [r.id, r.messageIds])).toEqual([['r1', ['1.1']], ['r2', ['1.2']]]);
    expect(listed[0]!.suggestions[0]).toMatchObject({ name: 'Crescent City', nameJa: 'クレセントシティ', kind: 'city' });
    expect(await store.listReplies({ workspace: 'T9', channel: 'C9' })).toEqual([]);
    await store.close();
  });

  it('keeps a channel\'s latest reply records only', async () => {
    const store = await open();
    const base = { kind: 'answer', command: 'ask', request: 'q', passages: [], shown: [], suggestions: [], messageIds: [] };
    for (let i = 0; i < MAX_REPLY_RECORDS + 5; i++) await store.recordReply(scope, { ...base, id: `r${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });
    const listed = await store.listReplies(scope);
    expect(listed).toHaveLength(MAX_REPLY_RECORDS);
    expect(listed[0]!.id).toBe('r5');
    await store.close();
  });

  it('lands 50 concurrent writes', async () => {
    const store = await open();
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.addToShortlist(scope, { suggestion: `City ${i}`, addedBy: `u${i}` })));
    expect(await store.listShortlist(scope)).toHaveLength(50);
    await store.close();
  });
});

describe('sqlite store', () => {
  it('keeps the shortlist across a restart, and two connections to one file see each other', async () => {
    const file = await tempDb();
    const first = openSqliteStore(file, silentLogger);
    const second = openSqliteStore(file, silentLogger);
    await Promise.all(Array.from({ length: 25 }, (_, i) => (i % 2 ? first : second).addToShortlist(scope, { suggestion: `Town ${i}`, addedBy: 'x' })));
    await first.close();
    await second.close();
    const reopened = openSqliteStore(file, silentLogger);
    expect(await reopened.listShortlist(scope)).toHaveLength(25);
    await reopened.close();
  });

  it('explains a database it cannot open', async () => {
    // A path below a regular file can never be created.
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'musubi-db-')), 'plain-file');
    await writeFile(file, 'not a directory');
    expect(() => openSqliteStore(path.join(file, 'musubi.db'), silentLogger)).toThrow(/Cannot open the shortlist database .*MUSUBI_DB_PATH/);
  });
});
