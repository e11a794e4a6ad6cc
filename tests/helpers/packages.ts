import { createHash, createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import yauzl from 'yauzl';
import yazl from 'yazl';

// Taking a package apart and putting it back together for the refusal and fuzz tests: the entries
// as buffers, a manifest edited and signed again with the district's own key (a forger who has the
// key), or left with its old signature (a forger who has not).

export interface Entry {
  name: string;
  data: Buffer;
}

export function unzip(buf: Buffer): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out: Entry[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err2, s) => {
          if (err2 || !s) return reject(err2);
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.on('end', () => {
            out.push({ name: e.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

export function zip(entries: Entry[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(e.data, e.name, { compress: false });
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

type Manifest = { entries: { name: string; sha256: string; bytes: number; plainBytes: number }[] } & Record<
  string,
  unknown
>;

/** Edits the manifest (and entries) and signs it again with the key file beside the district's database. */
export async function forge(
  pkg: Buffer,
  keyFile: string,
  edit: (m: Manifest, entries: Entry[]) => void,
): Promise<Buffer> {
  const entries = await unzip(pkg);
  const manifestEntry = entries.find((e) => e.name === 'manifest.json') as Entry;
  const manifest = JSON.parse(manifestEntry.data.toString('utf8')) as Manifest;
  edit(manifest, entries);
  for (const me of manifest.entries) {
    const e = entries.find((x) => x.name === me.name);
    if (e) {
      me.sha256 = createHash('sha256').update(e.data).digest('hex');
      me.bytes = e.data.length;
    }
  }
  manifestEntry.data = Buffer.from(JSON.stringify(manifest), 'utf8');
  const sig = entries.find((e) => e.name === 'manifest.sig') as Entry;
  sig.data = Buffer.from(
    sign(null, manifestEntry.data, createPrivateKey(readFileSync(keyFile, 'utf8'))).toString('base64'),
  );
  return zip(entries);
}
