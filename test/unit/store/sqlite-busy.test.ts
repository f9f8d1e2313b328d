/** Another process holding the SQLite write lock: Musubi waits (busy timeout), then says what is wrong. */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { openSqliteStore } from '../../../src/store/sqlite-store.js';

const scope = { workspace: 'T1', channel: 'C1' };

/** A separate process that takes the write lock, says "locked", holds it for `ms`, then commits. */
function holdLock(file: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('journal_mode = WAL');
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { cwd: path.resolve(import.meta.dirname, '../../..') });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve({ done }));
    child.on('error', reject);
  });
}

const tempDb = async () => path.join(await mkdtemp(path.join(tmpdir(), 'musubi-db-')), 'musubi.db');

describe('sqlite store under another process’s lock', () => {
  it('waits for a lock held a short while, and the write lands', async () => {
    const file = await tempDb();
    openSqliteStore(file, silentLogger).close();
    const { done } = await holdLock(file, 800);
    const store = openSqliteStore(file, silentLogger, { busyTimeoutMs: 5000 });
    const started = Date.now();
    await store.addToShortlist(scope, { suggestion: 'Kobe', addedBy: 'x' });
    expect(Date.now() - started).toBeGreaterThan(300);
    expect(await store.listShortlist(scope)).toHaveLength(1);
    await store.close();
    await done;
  });

  it('says the database is locked by another process — at open and on a write — instead of blaming MUSUBI_DB_PATH', async () => {
    const file = await tempDb();
    // A fresh file needs migrating, which needs the write lock.
    const first = await holdLock(file, 1500);
    let error: unknown;
    try {
      openSqliteStore(file, silentLogger, { busyTimeoutMs: 200 });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'store_busy' });
    expect((error as Error).message).toMatch(/is locked by another process \(waited 200 ms\) while opening it/);
    expect((error as Error).message).not.toMatch(/Set MUSUBI_DB_PATH to a writable file/);
    await first.done;

    const store = openSqliteStore(file, silentLogger, { busyTimeoutMs: 200 });
    const second = await holdLock(file, 1500);
    await expect(store.addToShortlist(scope, { suggestion: 'Nara', addedBy: 'x' })).rejects.toMatchObject({ code: 'store_busy', message: expect.stringMatching(/locked by another process .* while adding to the shortlist/) });
    await second.done;
    await store.close();
  });
});
