import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Output } from '../core/api/contract';
import {
  type CliIo,
  callAsCli,
  cliActor,
  existingDb,
  requireDb,
  UsageError,
  type Values,
  withCore,
} from './common';

// `qamqor keys | trust | export | import | receipt`: the exchange upward, step by step (README,
// "Exchange"), through the same procedures as the Exchange page.

export async function cmdKeys(
  values: Values,
  io: { out: (s: string) => void },
  lang: string,
): Promise<number> {
  const dbPath = existingDb(values);
  if (!values.out) throw new UsageError('--out DIR is required');
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const keys = await withCore(
    dbPath,
    (core) => callAsCli<Output<'exchange.keys'>>(core, 'exchange.keys', {}, lang),
    {
      lock: false,
    },
  );
  const file = keys.oblastKey ?? keys.districtKey;
  if (!file) throw new Error('no key to write');
  const path = join(out, file.fileName);
  writeFileSync(path, file.content);
  io.out(path);
  return 0;
}

export async function cmdTrust(
  values: Values,
  io: { out: (s: string) => void },
  lang: string,
): Promise<number> {
  const dbPath = requireDb(values);
  if (!values.key) throw new UsageError('--key KEYFILE is required');
  const content = readFileSync(resolve(values.key), 'utf8');
  const done = await withCore(dbPath, (core) =>
    callAsCli<Output<'exchange.trust'>>(core, 'exchange.trust', { content }, lang),
  );
  io.out(
    done.registered === 'district'
      ? `district ${done.districtKato} registered, key ${done.fingerprint}`
      : `oblast key set, ${done.fingerprint}; packages are encrypted to it from now on`,
  );
  return 0;
}

export async function cmdExport(
  values: Values,
  io: { out: (s: string) => void },
  lang: string,
): Promise<number> {
  const dbPath = existingDb(values);
  const full = values.full === true;
  // No lock: a scheduled export runs beside the open app (it reads a snapshot of its own).
  const done = await withCore(
    dbPath,
    (core) =>
      values.out
        ? callAsCli<Output<'exchange.exportTo'>>(
            core,
            'exchange.exportTo',
            { full, outDir: resolve(values.out) },
            lang,
          )
        : callAsCli<Output<'exchange.export'>>(core, 'exchange.export', { full }, lang),
    { lock: false },
  );
  io.out(
    `changes ${done.seqFrom + 1}–${done.seqTo}, ${done.rows} rows${done.encrypted ? ', encrypted' : ''}`,
  );
  if (done.warning === 'unencrypted') io.out('warning: no oblast key is set: the package is NOT encrypted');
  io.out(done.path);
  return 0;
}

export async function cmdImport(
  values: Values,
  packages: string[],
  io: CliIo,
  lang: string,
): Promise<number> {
  const dbPath = requireDb(values);
  if (packages.length === 0) throw new UsageError('name at least one PACKAGE file');
  let refused = 0;
  // Several packages (a first consolidation of the oblast's districts): the large tables'
  // indexes are built once after the last one instead of after each (db/deferred-indexes.ts).
  const deferIndexes = packages.length > 1;
  await withCore(dbPath, async (core) => {
    try {
      for (const p of packages) {
        const r = await core.router.callAs(
          cliActor(),
          'exchange.importFile',
          { path: resolve(p), deferIndexes },
          lang,
        );
        if (r.ok) {
          const d = r.data as Output<'exchange.importFile'>;
          io.out(
            `${d.fileName}: district ${d.districtKato}, changes ${d.seqFrom + 1}–${d.seqTo}: ${d.inserted} new, ${d.updated} updated, ${d.unchanged} unchanged, ${d.keptNewer} kept (newer here), ${d.deleted} deleted${d.flagged ? `; FLAGGED: ${d.flagged}` : ''}; receipt ${d.receiptPath}`,
          );
        } else {
          refused++;
          io.err(`${p}: refused: ${r.error.message}`);
        }
      }
    } finally {
      if (deferIndexes) {
        const f = await core.router.callAs(cliActor(), 'exchange.finishImport', {}, lang);
        if (!f.ok) io.err(`indexes: ${f.error.message}`);
        else {
          const d = f.data as Output<'exchange.finishImport'>;
          if (d.built.length > 0)
            io.out(`indexes built: ${d.built.length} on ${d.tables.join(', ')} (${d.ms} ms)`);
        }
      }
    }
  });
  return refused > 0 ? 1 : 0;
}

export async function cmdReceipt(
  values: Values,
  io: { out: (s: string) => void },
  lang: string,
): Promise<number> {
  const dbPath = existingDb(values);
  if (!values.from) throw new UsageError('--from RECEIPT is required');
  const content = readFileSync(resolve(values.from), 'utf8');
  const done = await withCore(
    dbPath,
    (core) => callAsCli<Output<'exchange.importReceipt'>>(core, 'exchange.importReceipt', { content }, lang),
    { lock: false },
  );
  io.out(`acknowledged up to change ${done.seqTo} (${done.acknowledged} package(s))`);
  return 0;
}
