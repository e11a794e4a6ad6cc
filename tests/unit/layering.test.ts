import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import rules of docs/architecture.md, checked on every source file. Imports go one way:
//   renderer → the contract (api/contract, api/messages, api/enum-labels) and nothing else of core;
//   doors (electron, web, cli) → core/app and core/api (plus csp, paths, errors);
//   core/app → router → modules → shared → db / domain; core never imports a door.
// The contract side (api/ and each module's contract, domain, labels, messages, procedures) is
// bundled into the renderer, so it must not reach the database, Node or the services.

const ROOT = resolve(__dirname, '..', '..');

type Layer =
  | 'renderer'
  | 'door'
  | 'app'
  | 'router'
  | 'module'
  | 'contract'
  | 'names'
  | 'shared'
  | 'db'
  | 'domain'
  | 'core-base'
  | 'outside';

const CONTRACT_FILES = /^src-main\/core\/modules\/[^/]+\/(contract|domain|labels|messages)\.ts$/;

function layerOf(path: string): Layer {
  if (path.startsWith('src-renderer/')) return 'renderer';
  if (/^src-main\/(electron|web|cli)\//.test(path)) return 'door';
  if (
    path === 'src-main/core/api/procedure-names.ts' ||
    /^src-main\/core\/modules\/[^/]+\/procedures\.ts$/.test(path)
  )
    return 'names';
  if (path.startsWith('src-main/core/api/') || CONTRACT_FILES.test(path)) return 'contract';
  if (path.startsWith('src-main/core/app/')) return 'app';
  if (path.startsWith('src-main/core/router/')) return 'router';
  if (path.startsWith('src-main/core/modules/')) return 'module';
  if (path.startsWith('src-main/core/shared/')) return 'shared';
  if (path.startsWith('src-main/core/db/')) return 'db';
  if (path.startsWith('src-main/core/domain/')) return 'domain';
  if (path.startsWith('src-main/core/')) return 'core-base'; // errors, clock, paths, csp
  return 'outside';
}

/** Which layers a layer may import from (its own included). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  renderer: ['renderer'], // plus the three contract entry files, below
  door: ['door', 'app', 'contract', 'names', 'core-base'],
  app: ['app', 'router', 'module', 'contract', 'names', 'shared', 'db', 'domain', 'core-base'],
  router: ['router', 'module', 'contract', 'shared', 'db', 'domain', 'core-base'],
  module: ['module', 'contract', 'shared', 'db', 'domain', 'core-base'],
  shared: ['shared', 'contract', 'db', 'domain', 'core-base'],
  contract: ['contract', 'names', 'domain', 'core-base'],
  names: ['names'],
  db: ['db', 'domain', 'core-base'],
  domain: ['domain'],
  'core-base': ['core-base'],
  outside: [],
};

const RENDERER_MAY_IMPORT = new Set([
  'src-main/core/api/contract.ts',
  'src-main/core/api/messages.ts',
  'src-main/core/api/enum-labels.ts',
]);

/** Packages a layer must not import: the contract side is bundled into the sandboxed renderer. */
const FORBIDDEN_PACKAGES: Partial<Record<Layer, RegExp>> = {
  contract: /^(node:|better-sqlite3|drizzle-orm|pdfkit|exceljs|electron|react)/,
  names: /./,
  domain: /^(node:|better-sqlite3|drizzle-orm|electron|react)/,
  app: /^(electron|react|@mantine)/,
  router: /^(electron|react|@mantine)/,
  module: /^(electron|react|@mantine)/,
  shared: /^(electron|react|@mantine)/,
  db: /^(electron|react|@mantine)/,
  'core-base': /^(electron|react|@mantine)/,
};

interface ImportEdge {
  from: string;
  /** A repo-relative file for a relative import, else the package name. */
  to: string;
  relative: boolean;
}

function violations(edges: readonly ImportEdge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const from = layerOf(e.from);
    if (from === 'outside') continue;
    if (!e.relative) {
      const bad = FORBIDDEN_PACKAGES[from];
      if (bad?.test(e.to) && !(from === 'names' && e.to === '')) out.push(`${e.from} → package ${e.to}`);
      continue;
    }
    const to = layerOf(e.to);
    if (from === 'renderer') {
      if (to !== 'renderer' && !RENDERER_MAY_IMPORT.has(e.to)) out.push(`${e.from} → ${e.to}`);
      continue;
    }
    if (to === 'outside' || !ALLOWED[from].includes(to)) out.push(`${e.from} (${from}) → ${e.to} (${to})`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(fromFile: string, spec: string): string {
  const base = resolve(dirname(fromFile), spec);
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return relative(ROOT, p).replace(/\\/g, '/');
  }
  return relative(ROOT, base).replace(/\\/g, '/');
}

function edgesOf(file: string): ImportEdge[] {
  const text = readFileSync(file, 'utf8');
  const from = relative(ROOT, file).replace(/\\/g, '/');
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/g),
    ...text.matchAll(/(?:^|\n)\s*import\s+'([^']+)'/g),
    ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  return specs.map((spec) =>
    spec.startsWith('.')
      ? { from, to: resolveImport(file, spec), relative: true }
      : { from, to: spec, relative: false },
  );
}

describe('layering', () => {
  it('every import in src-main and src-renderer follows the rules', () => {
    const files = [...sourceFiles(join(ROOT, 'src-main')), ...sourceFiles(join(ROOT, 'src-renderer'))];
    expect(files.length).toBeGreaterThan(100);
    expect(violations(files.flatMap(edgesOf))).toEqual([]);
  });

  it('names each kind of violation (the rule is not vacuous)', () => {
    const edge = (from: string, to: string, rel = true): ImportEdge => ({ from, to, relative: rel });
    const found = violations([
      edge('src-renderer/features/x/X.tsx', 'src-main/core/api/roles.ts'),
      edge('src-renderer/features/x/X.tsx', 'src-main/core/modules/cases/domain.ts'),
      edge('src-main/web/server.ts', 'src-main/core/router/router.ts'),
      edge('src-main/cli/main.ts', 'src-main/core/db/open.ts'),
      edge('src-main/core/modules/cases/service.ts', 'src-main/core/router/router.ts'),
      edge('src-main/core/modules/cases/service.ts', 'src-main/core/app/index.ts'),
      edge('src-main/core/db/host.ts', 'src-main/core/modules/backups/store.ts'),
      edge('src-main/core/modules/cases/contract.ts', 'src-main/core/db/database.ts'),
      edge('src-main/core/modules/cases/contract.ts', 'drizzle-orm', false),
      edge('src-main/core/shared/stamps.ts', 'src-main/core/modules/cases/service.ts'),
      edge('src-main/core/router/router.ts', 'src-main/electron/ipc.ts'),
      edge('src-main/core/app/index.ts', 'electron', false),
      edge('src-main/core/domain/iin.ts', 'src-main/core/db/open.ts'),
    ]);
    expect(found).toHaveLength(13);
    // And what is allowed stays allowed.
    expect(
      violations([
        edge('src-renderer/App.tsx', 'src-main/core/api/contract.ts'),
        edge('src-main/cli/main.ts', 'src-main/core/app/index.ts'),
        edge('src-main/core/modules/cases/service.ts', 'src-main/core/modules/applicants/facts.ts'),
        edge('src-main/core/router/router.ts', 'src-main/core/modules/settings/policies.ts'),
        edge('src-main/core/modules/cases/contract.ts', 'zod', false),
      ]),
    ).toEqual([]);
  });
});
