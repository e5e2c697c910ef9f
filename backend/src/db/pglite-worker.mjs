// Runs PGlite (PostgreSQL in WASM) in a worker thread and exposes it on a Unix
// socket inside a 0700 folder of the data directory, so the main thread talks to it
// through node-postgres like to any server, never blocks its event loop on a query,
// and no other local user can connect (there is no TCP port: see backend/README.md).
import { chmodSync, fsyncSync, rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, socketPath, fsync } = workerData;

// PGlite's defaults minus "-F" (fsync off). wal_sync_method=fsync because Emscripten's
// fdatasync is a no-op while fsync reaches the file system's stream_ops.fsync.
const durableParams = [
  '--single',
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'io_method=sync',
  '-c',
  'max_parallel_maintenance_workers=0',
  '-c',
  'wal_sync_method=fsync',
];

try {
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm }, ...(fsync ? { startParams: durableParams } : {}) });
  if (fsync) {
    // Emscripten's NODEFS has no fsync: PostgreSQL's fsync calls would succeed without
    // reaching the disk. Give it one (PGlite 0.5.14 exposes its module as `mod`; the
    // version is pinned, and a missing hook is reported instead of silently ignored).
    const nodefs = db.mod?.FS?.filesystems?.NODEFS;
    if (!nodefs?.stream_ops) throw new Error('this PGlite build does not expose NODEFS; set KENTE_PGLITE_FSYNC=0 to run without fsync');
    nodefs.stream_ops.fsync = (stream) => {
      fsyncSync(stream.nfd);
      return 0;
    };
  }
  rmSync(socketPath, { force: true }); // a socket file left by a worker that was killed
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 4 }); // the app uses one; slack for a reconnect
  await server.start();
  chmodSync(socketPath, 0o600);
  parentPort.postMessage({ type: 'ready' });
  parentPort.on('message', async (message) => {
    // The watchdog's ping: answered only when the worker's event loop is free (a query runs synchronously in WASM).
    if (message?.type === 'ping') {
      parentPort.postMessage({ type: 'pong', id: message.id });
      return;
    }
    if (message?.type !== 'close') return;
    try {
      await server.stop();
      await db.close();
    } finally {
      parentPort.postMessage({ type: 'closed' });
    }
  });
} catch (error) {
  parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
