import { join } from 'node:path';
import { openAppDatabase } from './src-main/core/db/database';
import { resolveMigrationsFolder } from './src-main/core/paths';
import { contract } from './src-main/core/api/contract';
import { caseListQueries, resolvePeople } from './src-main/core/modules/cases/service';
const migrationsFolder = resolveMigrationsFolder(join(process.cwd(), 'bench', 'x'));
const app = await openAppDatabase({ path: '/tmp/m1/qamqor.sqlite', migrationsFolder });
const parsed = contract['cases.list'].input.parse({ query: process.argv[2] ?? 'сарсен' });
let t = performance.now();
const people = resolvePeople(app.db, parsed);
console.log('people', (performance.now() - t).toFixed(1), Array.isArray(people) ? people.length : 'sql');
const q = caseListQueries(app.db, parsed, people);
for (const [name, b] of [['count', q.count], ['page', q.page]] as const) {
  const s = b.toSQL();
  console.log(name, s.sql);
  for (const r of app.sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as any[]) console.log('   ', r.detail);
  t = performance.now(); app.sqlite.prepare(s.sql).all(...s.params); console.log('   ms', (performance.now() - t).toFixed(1));
}
