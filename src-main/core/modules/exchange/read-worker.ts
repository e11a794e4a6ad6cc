import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { closeSqlite, openSqlite } from '../../db/open';
import { AppError } from '../../errors';
import type { ManifestEntry } from './format';
import { type AfterRead, GO_READ, GO_WAIT, type ReadJob, type ReadMessage } from './read-protocol';
import { openEntries, readEntryLines } from './reader';

// The worker thread that reads a large package for the import (package-rows.ts starts it). It
// does the reading's whole CPU share on the second core: the hash of every stored byte, the
// decryption, the inflating's bookkeeping, the UTF-8 decoding and JSON parsing of every line and
// the check of every value. The importer's thread is left with the inserts. The entries are the
// ones of the manifest the importer verified (signature, sizes, hashes), passed in, never read
// again from the file: whatever is on disk must match them line for line or the read fails.
// Rows go over in batches, serialized (V8's structured clone, about as costly to read as the JSON
// they came from, but without the rest), with at most a few batches in flight so memory stays
// flat whatever the package's size.
//
// The worker starts while the importer checks the entries' hashes, and reads nothing until told
// to. After the import's commit it may be asked to copy the write-ahead log into the database
// file (a checkpoint: 0.4 s for the 320 MB a district of 100,000 writes), so that the console's
// thread does not wait for it.

async function run(job: ReadJob): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const gate = new Int32Array(job.gate);
  const source = typeof job.source === 'string' ? job.source : Buffer.from(job.source);
  const key = job.key ? Buffer.from(job.key) : null;
  const p = await openEntries(source);
  try {
    port.postMessage({ kind: 'ready' } satisfies ReadMessage);
    while (Atomics.load(gate, 1) === GO_WAIT) Atomics.wait(gate, 1, GO_WAIT, 1000);
    if (Atomics.load(gate, 1) !== GO_READ) return;
    for (let entry = 0; entry < job.entries.length; entry++) {
      let batch: unknown[][] = [];
      const send = () => {
        const bytes = serialize(batch);
        batch = [];
        // Wait (this thread only) while the importer is behind.
        for (let n = Atomics.load(gate, 0); n >= job.maxInFlight; n = Atomics.load(gate, 0))
          Atomics.wait(gate, 0, n, 1000);
        Atomics.add(gate, 0, 1);
        const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
        const msg: ReadMessage = { kind: 'rows', entry, rows: bytes };
        port.postMessage(msg, whole ? [bytes.buffer as ArrayBuffer] : []);
      };
      const e = job.entries[entry] as ManifestEntry;
      await readEntryLines(p, e, key, (values) => {
        batch.push(values);
        if (batch.length >= job.batchRows) send();
      });
      if (batch.length) send();
      port.postMessage({ kind: 'done', entry } satisfies ReadMessage);
    }
  } finally {
    p.close();
  }
  const after = await new Promise<AfterRead>((resolve) => port.once('message', resolve));
  port.close();
  if (after.checkpoint) {
    // PASSIVE: copies what no reader still needs, never waits for one. Whatever it leaves, the
    // next commit's automatic checkpoint takes up.
    const db = openSqlite(after.checkpoint, { fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } finally {
      closeSqlite(db, { optimize: false });
    }
  }
}

run(workerData as ReadJob).catch((err: unknown) => {
  // Once the rows are read the importer no longer listens; a failed checkpoint changes nothing.
  const msg: ReadMessage =
    err instanceof AppError
      ? { kind: 'failed', code: err.code, params: err.params }
      : { kind: 'failed', code: 'PACKAGE_UNREADABLE', message: (err as Error)?.message?.slice(0, 120) };
  parentPort?.postMessage(msg);
});
