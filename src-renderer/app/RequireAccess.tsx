import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { ProcedureName } from '../../src-main/core/api/contract';
import { useCan } from './permissions';

/**
 * An area the signed-in user's roles do not reach sends them home instead of showing a page
 * full of refusals (the address bar keeps the last user's page on a shared workstation).
 */
export function RequireAccess({ needs, children }: { needs: ProcedureName; children: ReactNode }) {
  const can = useCan();
  return can(needs) ? children : <Navigate to="/" replace />;
}
