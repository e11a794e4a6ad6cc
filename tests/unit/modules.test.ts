import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../src-main/core/api/contract';
import { PROCEDURE_LIST } from '../../src-main/core/api/procedure-names';
import { MODULES } from '../../src-main/core/router/modules';

// Each module owns whole namespaces: every procedure of a namespace is served by the module
// whose folder lists it, and every module folder is wired into the router.
describe('modules', () => {
  it('own disjoint namespaces, and serve exactly the procedures of those namespaces', () => {
    const owner = new Map<string, number>();
    MODULES.forEach((m, i) => {
      for (const ns of m.namespaces) {
        expect(owner.has(ns), `namespace ${ns} claimed twice`).toBe(false);
        owner.set(ns, i);
      }
    });
    for (const name of Object.keys(contract)) {
      const ns = name.split('.')[0]!;
      const i = owner.get(ns);
      expect(i, `no module owns ${name}`).toBeDefined();
      expect(Object.keys(MODULES[i!]!.handlers), name).toContain(name);
    }
    const served = MODULES.flatMap((m) => Object.keys(m.handlers)).sort();
    expect(served).toEqual(Object.keys(contract).sort());
    expect([...PROCEDURE_LIST].sort()).toEqual(served);
  });

  it('every folder under core/modules is a module the router serves', () => {
    const folders = readdirSync(join(__dirname, '..', '..', 'src-main', 'core', 'modules'));
    expect(MODULES).toHaveLength(folders.length);
  });
});
