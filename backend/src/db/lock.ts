/** The data folder's lock: one Kente process per PGlite folder (PGlite does not lock it itself). */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockHolder(lockFile: string): number {
  try {
    return Number(readFileSync(lockFile, 'utf8').trim()) || 0;
  } catch {
    return 0;
  }
}

/**
 * Takes <dataDir>/kente.lock or throws a readable error if a live process holds it.
 * Atomic: the pid is written to a private file first, then hard-linked to the lock name
 * (link fails if the name exists), so nobody ever reads a half-written lock. A stale
 * lock (its pid is dead) is removed only by whoever creates `kente.lock.takeover`
 * (O_EXCL), so two starting processes cannot both remove it and both win.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'kente.lock');
  const takeover = `${lockFile}.takeover`;
  const mine = `${lockFile}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        linkSync(mine, lockFile);
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          if (lockHolder(lockFile) === process.pid) rmSync(lockFile, { force: true });
        };
        process.once('exit', release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = lockHolder(lockFile);
      if (holder === process.pid) throw new Error(`The data folder ${dataDir} is already open in this process.`);
      if (holder && isAlive(holder)) {
        throw new Error(
          `The data folder ${dataDir} is in use by another Kente process (pid ${holder}). Stop it first, or set KENTE_DATA_DIR to another folder.`,
        );
      }
      let fd: number | undefined;
      try {
        fd = openSync(takeover, 'wx');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // Someone else is taking over; a takeover file older than 10 s was left by a crash.
        if (Date.now() - statSync(takeover).mtimeMs > 10_000) rmSync(takeover, { force: true });
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      try {
        if (lockHolder(lockFile) === holder) rmSync(lockFile, { force: true }); // still the dead one
      } finally {
        closeSync(fd);
        rmSync(takeover, { force: true });
      }
    }
    throw new Error(`Could not lock ${lockFile}`);
  } finally {
    rmSync(mine, { force: true });
  }
}
