import type { ManifestEntry } from './format';

// What the importer's thread (package-rows.ts) and the package-reading worker (read-worker.ts)
// pass each other. Kept apart from the worker's script, which runs when loaded.

export interface ReadJob {
  /** The package's path, or its bytes (an upload held in memory). */
  source: string | Uint8Array;
  entries: ManifestEntry[];
  /** The package's AES key, or null (an unencrypted package). */
  key: Uint8Array | null;
  batchRows: number;
  /**
   * Two Int32s: [0] the batches posted and not yet taken by the importer; [1] GO_WAIT until the
   * entries are verified, then GO_READ (or GO_STOP).
   */
  gate: SharedArrayBuffer;
  maxInFlight: number;
}

export const GO_WAIT = 0;
export const GO_READ = 1;
export const GO_STOP = 2;

/** After the last entry: a checkpoint of this database file, or nothing. */
export interface AfterRead {
  checkpoint: string | null;
}

export type ReadMessage =
  | { kind: 'ready' }
  | { kind: 'rows'; entry: number; rows: Uint8Array }
  | { kind: 'done'; entry: number }
  | { kind: 'failed'; code: string; params?: Record<string, string | number>; message?: string };
