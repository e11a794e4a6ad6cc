import { notifications } from '@mantine/notifications';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView, Output } from '../../src-main/core/api/contract';
import {
  ApiCallError,
  call,
  hasSession,
  onSessionEvent,
  sessionUnlocked,
  setApiLocale,
  setSession,
} from '../api/client';
import { rememberLocale, type UiLocale } from '../i18n';
import { forgetRemembered } from '../lib/remembered';

type SetupStatus = Output<'setup.status'>;

interface SessionState {
  status: SetupStatus | null;
  /** Set when the database cannot be opened: the app shows recovery instead of the login. */
  problem: string | null;
  user: MeView | null;
  /** The idle lock is on: the screen stays mounted underneath, with its unsaved input. */
  locked: boolean;
  ready: boolean;
  refreshStatus(): Promise<void>;
  signIn(login: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  lock(): Promise<void>;
  unlock(password: string): Promise<void>;
  setUser(user: MeView): void;
  /** Leaves the session because the server ended it (restore, disabled account, expiry). */
  endSession(message?: string): void;
  changeLocale(locale: UiLocale): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<SetupStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [user, setUser] = useState<MeView | null>(null);
  const [locked, setLocked] = useState(false);
  const [ready, setReady] = useState(false);

  const applyLocale = useCallback(
    (locale: UiLocale) => {
      rememberLocale(locale);
      setApiLocale(locale);
      document.documentElement.lang = locale;
      void i18n.changeLanguage(locale);
    },
    [i18n],
  );

  const refreshStatus = useCallback(async () => {
    try {
      setStatus(await call('setup.status', {}));
      setProblem(null);
    } catch (err) {
      if (err instanceof ApiCallError && (err.code === 'DB_CORRUPT' || err.code === 'DB_UNTRUSTED'))
        setProblem(err.code);
      else throw err;
    }
  }, []);

  const endSession = useCallback((message?: string) => {
    forgetRemembered();
    setSession(null);
    setUser(null);
    setLocked(false);
    // What the last user was told ("user … created") is not for the next one at this desk.
    notifications.clean();
    if (message) notifications.show({ message, color: 'blue', autoClose: 8000 });
  }, []);

  useEffect(() => {
    applyLocale(i18n.language as UiLocale);
    (async () => {
      try {
        await refreshStatus();
        if (hasSession()) {
          try {
            const me = await call('auth.me', {});
            setUser(me);
            applyLocale(me.locale);
          } catch (err) {
            // Reloaded while locked: what was on screen is gone anyway, so leave the locked
            // session and ask for a fresh sign-in.
            if (err instanceof ApiCallError && err.code === 'SESSION_LOCKED') {
              await call('auth.logout', {}).catch(() => undefined);
              setSession(null);
            }
          }
        }
      } finally {
        setReady(true);
      }
    })();
  }, [applyLocale, refreshStatus, i18n]);

  useEffect(
    () =>
      onSessionEvent((event) => {
        if (event === 'locked') {
          notifications.clean();
          setLocked(true);
        } else endSession(t('session.ended'));
      }),
    [endSession, t],
  );

  const value = useMemo<SessionState>(
    () => ({
      status,
      problem,
      user,
      locked,
      ready,
      refreshStatus,
      setUser,
      endSession,
      async signIn(login, password) {
        const result = await call('auth.login', { login, password });
        forgetRemembered();
        notifications.clean();
        setSession(result.sessionToken);
        setUser(result.user);
        setLocked(false);
        applyLocale(result.user.locale);
      },
      async signOut() {
        await call('auth.logout', {}).catch(() => undefined);
        endSession();
      },
      async lock() {
        notifications.clean();
        setLocked(true);
        await call('auth.lock', {}).catch(() => undefined);
      },
      async unlock(password) {
        const me = await call('auth.unlock', { password });
        setUser(me);
        setLocked(false);
        sessionUnlocked();
      },
      async changeLocale(locale) {
        // Messages on screen were written in the old language: they go with it.
        notifications.clean();
        applyLocale(locale);
        if (user) {
          const view = await call('users.setLocale', { locale });
          setUser({ ...user, ...view });
        }
      },
    }),
    [status, problem, user, locked, ready, refreshStatus, applyLocale, endSession],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
