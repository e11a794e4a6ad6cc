import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../errors';
import type { ManifestEntry } from './format';
import { type AfterRead, GO_READ, GO_STOP, type ReadJob, type ReadMessage } from './read-protocol';
import { type OpenPackage, readEntryLines } from './reader';

// Where the importer gets a package's rows from: read on its own thread (small packages, and
// wherever the worker cannot start), or from the reading worker (read-worker.ts) on the second
// core while this thread inserts. A district's whole registry of 100,000 people reads in about
// 1.1 s of this thread's time inline and about 0.4 s through the worker.

export interface PackageRows {
  /** 'worker' or 'thread': how the rows were read (the tests check which). */
  readonly via: 'worker' | 'thread';
  /** The entries are verified: reading may start. */
  begin(): void;
  /** Calls `onLine` with each line of `entry`, the entries taken in the manifest's order. */
  read(entry: ManifestEntry, onLine: (values: unknown[]) => void): Promise<void>;
  /**
   * Every entry is read and the import committed: the worker checkpoints `dbPath` (when given) on
   * its own and then ends.
   */
  finish(dbPath: string | null): void;
  /** Stops the worker unless it was handed its checkpoint. */
  close(): Promise<void>;
}

export type ReaderChoice = 'auto' | 'worker' | 'thread';

/** Below this many lines in all, a package is read on the importer's thread (the worker's start costs more). */
const WORKER_MIN_LINES = 20_000;
const BATCH_ROWS = 2_000;
const MAX_IN_FLIGHT = 8;
/**
 * The worker's V8 heap, capped: left alone it grew to 200 MB of mostly garbage (a second heap
 * beside the importer's), and a district of 100,000 raised the process's peak RSS to 850 MB
 * against 620 MB read inline; capped, to 670-690 MB, at the same speed. 128 MB is far above what
 * a line needs (a row is a few KB; the reader refuses lines over 16 MB). A worker that runs out
 * all the same stops, and the import is refused with nothing written.
 */
const HEAP_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

function inline(pkg: OpenPackage, key: Buffer | null): PackageRows {
  return {
    via: 'thread',
    begin: () => {},
    read: (entry, onLine) => readEntryLines(pkg, entry, key, onLine),
    finish: () => {},
    close: async () => {},
  };
}

/**
 * The worker's script: the built one beside the bundle (out/main/read-worker.js, next to the
 * chunk this code is in or one folder up), else this folder's TypeScript run through tsx (tests,
 * benches). Null when neither is there.
 */
function workerScript(): { file: string; execArgv?: string[] } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const file of [join(here, 'read-worker.js'), join(here, '..', 'read-worker.js')])
    if (existsSync(file)) return { file };
  const source = join(here, 'read-worker.ts');
  if (existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] };
  return null;
}

function failure(m: Extract<ReadMessage, { kind: 'failed' }>): AppError {
  if (m.message !== undefined) return new AppError('PACKAGE_UNREADABLE', { params: { detail: m.message } });
  return new AppError(m.code as ErrorCode, { params: m.params });
}

/** Starts the worker; resolves once it has opened the package, or null when it cannot start. */
async function fromWorker(
  source: string | Buffer,
  entries: ManifestEntry[],
  key: Buffer | null,
): Promise<PackageRows | null> {
  const script = workerScript();
  if (!script) return null;
  const gate = new SharedArrayBuffer(8);
  const inFlight = new Int32Array(gate);
  const job: ReadJob = {
    source: typeof source === 'string' ? source : new Uint8Array(source),
    entries,
    key: key ? new Uint8Array(key) : null,
    batchRows: BATCH_ROWS,
    gate,
    maxInFlight: MAX_IN_FLIGHT,
  };
  let worker: Worker;
  try {
    worker = new Worker(script.file, {
      workerData: job,
      execArgv: script.execArgv,
      resourceLimits: HEAP_LIMITS,
    });
  } catch {
    return null;
  }
  // Messages in arrival order, and the reader waiting for the next one.
  const queue: ReadMessage[] = [];
  let waiting: ((m: ReadMessage) => void) | null = null;
  const push = (m: ReadMessage) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(m);
    } else queue.push(m);
  };
  worker.on('message', push);
  // A script that does not load, or a crash: the reader gets a failure in place of rows.
  const stop = () => {
    push({ kind: 'failed', code: 'PACKAGE_UNREADABLE', message: 'reader stopped' });
  };
  worker.on('error', stop);
  worker.on('exit', stop);
  const next = (): Promise<ReadMessage> => {
    const m = queue.shift();
    if (m) return Promise.resolve(m);
    return new Promise((resolve) => {
      waiting = resolve;
    });
  };
  const first = await next();
  if (first.kind !== 'ready') {
    worker.removeAllListeners();
    await worker.terminate();
    // The package itself refused (the worker opened it): that is the answer. A worker that did
    // not start at all leaves the reading to this thread.
    if (first.kind === 'failed' && first.message !== 'reader stopped') throw failure(first);
    return null;
  }
  let at = 0;
  let finished = false;
  const go = (value: number) => {
    Atomics.store(inFlight, 1, value);
    Atomics.notify(inFlight, 1);
  };
  return {
    via: 'worker',
    begin: () => go(GO_READ),
    async read(entry, onLine) {
      const index = at++;
      if (entries[index] !== entry) throw new Error('package-rows: entries read out of order');
      for (;;) {
        const m = await next();
        if (m.kind === 'failed') throw failure(m);
        if (m.kind === 'ready' || m.entry !== index) throw new Error('package-rows: message out of order');
        if (m.kind === 'done') return;
        const rows = deserialize(m.rows) as unknown[][];
        Atomics.sub(inFlight, 0, 1);
        Atomics.notify(inFlight, 0);
        for (const values of rows) onLine(values);
      }
    },
    finish(dbPath) {
      finished = true;
      worker.removeAllListeners();
      // The checkpoint does not keep a CLI run alive; one cut short leaves a valid log.
      worker.unref();
      worker.on('error', () => {});
      worker.postMessage({ checkpoint: dbPath } satisfies AfterRead);
    },
    async close() {
      if (finished) return;
      worker.removeAllListeners();
      go(GO_STOP);
      await worker.terminate();
    },
  };
}

/**
 * The rows of a package (call `begin` once its entries are verified): through the worker for a
 * single package of 20,000 lines or more (or always, `asked` 'worker', for the tests); on this
 * thread for smaller ones, for the packages of a run, or when the worker cannot start.
 *
 * A run of several packages (the oblast's `qamqor import A B C D`) reads on this thread: there the
 * inserts into a growing database dominate (four districts of 250,000: 57.7 s of packages through
 * the worker, 60.0 s inline) and the worker cost memory (peak 560-575 MB against 460 MB).
 */
export async function packageRows(
  pkg: OpenPackage,
  source: string | Buffer,
  key: Buffer | null,
  asked: ReaderChoice | undefined,
  inRun: boolean,
): Promise<PackageRows> {
  // QAMQOR_PACKAGE_READER=thread|worker: an administrator's switch for a machine where worker
  // threads misbehave (and the CLI tests' proof that the built worker loads).
  const env = process.env.QAMQOR_PACKAGE_READER;
  const choice: ReaderChoice =
    asked ?? (env === 'thread' || env === 'worker' ? env : inRun ? 'thread' : 'auto');
  const entries = pkg.manifest.entries;
  const lines = entries.reduce((n, e) => n + e.rows, 0);
  if (choice === 'thread' || (choice === 'auto' && lines < WORKER_MIN_LINES)) return inline(pkg, key);
  const rows = await fromWorker(source, entries, key);
  if (rows) return rows;
  if (choice === 'worker') throw new Error('package-rows: the reading worker did not start');
  return inline(pkg, key);
}
