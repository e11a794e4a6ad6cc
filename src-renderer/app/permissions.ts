import type { Role } from '../../src-main/core/api/contract';
import { contract, type ProcedureName } from '../../src-main/core/api/contract';
import { useSession } from './session';

/** Whether these roles may call a procedure — read from the contract, the router's own rule. */
export function mayCall(roles: readonly Role[] | undefined, name: ProcedureName): boolean {
  const access = contract[name].access;
  if (access === 'public' || access === 'authenticated') return true;
  return (roles ?? []).some((r) => access.includes(r));
}

/** The UI shows only what the signed-in user's roles allow; the router refuses the rest anyway. */
export function useCan(): (name: ProcedureName) => boolean {
  const { user } = useSession();
  return (name) => mayCall(user?.roles, name);
}
