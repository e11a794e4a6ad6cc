import { useIdle, useInterval } from '@mantine/hooks';
import { useEffect } from 'react';
import { call } from '../../api/client';
import { useSession } from '../../app/session';

const HEARTBEAT_MS = 60_000;

/**
 * Locks the session after the office's idle minutes without keyboard or mouse. While the user
 * is active, a light heartbeat tells the server so, because the server locks an idle session on
 * its own too (a browser tab left open must not stay usable).
 */
export function useIdleLock(): void {
  const { user, locked, lock } = useSession();
  const minutes = user?.idleLockMinutes ?? 15;
  const idle = useIdle(minutes * 60_000, {
    events: ['keydown', 'mousemove', 'mousedown', 'wheel', 'touchstart'],
    initialState: false,
  });
  useEffect(() => {
    if (idle && user && !locked) void lock();
  }, [idle, user, locked, lock]);
  useInterval(
    () => {
      if (!idle && !locked) void call('auth.me', {}).catch(() => undefined);
    },
    HEARTBEAT_MS,
    { autoInvoke: true },
  );
}
