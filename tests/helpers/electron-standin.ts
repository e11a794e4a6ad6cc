import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ResEdit from 'resedit';

// No Electron binary for Windows can be fetched on these machines, so the package test builds
// a stand-in electron.exe: a real PE executable (so electron-builder can add its asar-integrity
// resource) with a version resource and, inside another resource, Electron's fuse wire (the
// sentinel @electron/fuses searches for, wire version 1, 8 fuses in Electron's defaults), so
// the configured fuses are flipped on it exactly as on the real binary.

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults: runAsNode on, cookie encryption off, NODE_OPTIONS on, … */
const DEFAULT_WIRE = '10110001';

export function writeElectronStandIn(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const exe = ResEdit.NtExecutable.createEmpty(false, false);
  const res = ResEdit.NtExecutableResource.from(exe);
  const version = ResEdit.Resource.VersionInfo.createEmpty();
  version.setFileVersion(45, 4, 1, 0, 1033);
  version.setStringValues(
    { lang: 1033, codepage: 1200 },
    { ProductName: 'Electron', FileDescription: 'Qamqor test stand-in', OriginalFilename: 'electron.exe' },
  );
  version.outputToResourceEntries(res.entries);
  res.entries.push({
    type: 'FUSEWIRE',
    id: 1,
    lang: 1033,
    codepage: 1200,
    bin: new Uint8Array([...Buffer.from(FUSE_SENTINEL), 1, DEFAULT_WIRE.length, ...Buffer.from(DEFAULT_WIRE)])
      .buffer,
  });
  res.outputResource(exe);
  writeFileSync(join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  writeFileSync(join(dir, 'LICENSE'), 'stand-in for the Electron binary in tests');
  return dir;
}

/** The fuse wire of a (packaged) executable, as '0'/'1' characters. */
export function fuseWire(exe: Buffer): string {
  const at = exe.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error('no fuse wire in the executable');
  const length = exe[at + FUSE_SENTINEL.length + 1] ?? 0;
  const start = at + FUSE_SENTINEL.length + 2;
  return exe.subarray(start, start + length).toString('latin1');
}
