import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output, UserView } from '../../src-main/core/api/contract';
import { call, hasSession, setApiLocale, setSession } from '../api/client';
import { rememberLocale, type UiLocale } from '../i18n';

type SetupStatus = Output<'setup.status'>;

interface SessionState {
  status: SetupStatus | null;
  user: UserView | null;
  ready: boolean;
  refreshStatus(): Promise<void>;
  signIn(login: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  changeLocale(locale: UiLocale): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [status, setStatus] = useState<SetupStatus | null>(null);
  const [user, setUser] = useState<UserView | null>(null);
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
    setStatus(await call('setup.status', {}));
  }, []);

  useEffect(() => {
    applyLocale(i18n.language as UiLocale);
    (async () => {
      try {
        await refreshStatus();
        if (hasSession()) {
          const me = await call('auth.me', {}).catch(() => null);
          if (me) {
            setUser(me);
            applyLocale(me.locale);
          }
        }
      } finally {
        setReady(true);
      }
    })();
  }, [applyLocale, refreshStatus, i18n]);

  const value = useMemo<SessionState>(
    () => ({
      status,
      user,
      ready,
      refreshStatus,
      async signIn(login, password) {
        const result = await call('auth.login', { login, password });
        setSession(result.sessionToken);
        setUser(result.user);
        applyLocale(result.user.locale);
      },
      async signOut() {
        await call('auth.logout', {}).catch(() => undefined);
        setSession(null);
        setUser(null);
      },
      async changeLocale(locale) {
        applyLocale(locale);
        if (user) setUser(await call('users.setLocale', { locale }));
      },
    }),
    [status, user, ready, refreshStatus, applyLocale],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
