import { Center, Loader, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { lazy, type ReactNode, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { ProcedureName } from '../src-main/core/api/contract';
import { useCan } from './app/permissions';
import { RequireAccess } from './app/RequireAccess';
import { Shell } from './app/Shell';
import { SessionProvider, useSession } from './app/session';
import { cssVariablesResolver, makeTheme } from './app/theme';
import { ApplicantsPage } from './features/applicants/ApplicantsPage';
import { AreaPlaceholder } from './features/areas/AreaPlaceholder';
import { ForcedPasswordChange } from './features/auth/ForcedPasswordChange';
import { LockScreen } from './features/auth/LockScreen';
import { LoginPage } from './features/auth/LoginPage';
import { useIdleLock } from './features/auth/useIdleLock';
import { HomePage } from './features/home/HomePage';
import { RecoveryPage } from './features/recovery/RecoveryPage';
import { FirstRunWizard } from './features/setup/FirstRunWizard';

// The registry list and the home screen load with the app; every other screen is its own chunk,
// loaded the first time it is opened (the single bundle was 1.2 MB to parse at start).
const ApplicantForm = lazy(() =>
  import('./features/applicants/ApplicantForm').then((m) => ({ default: m.ApplicantForm })),
);
const DuplicatesReport = lazy(() =>
  import('./features/applicants/DuplicatesReport').then((m) => ({ default: m.DuplicatesReport })),
);
const PersonCard = lazy(() =>
  import('./features/applicants/PersonCard').then((m) => ({ default: m.PersonCard })),
);
const AuditPage = lazy(() => import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const BackupsPage = lazy(() =>
  import('./features/backups/BackupsPage').then((m) => ({ default: m.BackupsPage })),
);
const CalendarPage = lazy(() =>
  import('./features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);
const SettingsPage = lazy(() =>
  import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const CasesPage = lazy(() => import('./features/cases/CasesPage').then((m) => ({ default: m.CasesPage })));
const CasePage = lazy(() => import('./features/casework/CasePage').then((m) => ({ default: m.CasePage })));
const ApprovalQueuePage = lazy(() =>
  import('./features/casework/ApprovalQueuePage').then((m) => ({ default: m.ApprovalQueuePage })),
);
const SpecialistsPage = lazy(() =>
  import('./features/specialists/SpecialistsPage').then((m) => ({ default: m.SpecialistsPage })),
);
const SpecialistCard = lazy(() =>
  import('./features/specialists/SpecialistCard').then((m) => ({ default: m.SpecialistCard })),
);
const CaseLoadPage = lazy(() =>
  import('./features/specialists/CaseLoadPage').then((m) => ({ default: m.CaseLoadPage })),
);
const CaregiversPage = lazy(() =>
  import('./features/caregivers/CaregiversPage').then((m) => ({ default: m.CaregiversPage })),
);
const CaregiverCard = lazy(() =>
  import('./features/caregivers/CaregiverCard').then((m) => ({ default: m.CaregiverCard })),
);
const PayrollPage = lazy(() =>
  import('./features/caregivers/PayrollPage').then((m) => ({ default: m.PayrollPage })),
);
const ProviderCard = lazy(() =>
  import('./features/providers/ProviderCard').then((m) => ({ default: m.ProviderCard })),
);
const TariffsPage = lazy(() =>
  import('./features/providers/TariffsPage').then((m) => ({ default: m.TariffsPage })),
);
const ProvidersPage = lazy(() =>
  import('./features/providers/ProvidersPage').then((m) => ({ default: m.ProvidersPage })),
);
const ComplaintsPage = lazy(() =>
  import('./features/complaints/ComplaintsPage').then((m) => ({ default: m.ComplaintsPage })),
);
const ComplaintCard = lazy(() =>
  import('./features/complaints/ComplaintCard').then((m) => ({ default: m.ComplaintCard })),
);
const ExchangePage = lazy(() =>
  import('./features/exchange/ExchangePage').then((m) => ({ default: m.ExchangePage })),
);
const UsersPage = lazy(() => import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })));

const loading = (
  <Center h={240}>
    <Loader />
  </Center>
);

const guard = (needs: ProcedureName, page: ReactNode) => (
  <RequireAccess needs={needs}>
    <Suspense fallback={loading}>{page}</Suspense>
  </RequireAccess>
);

/** Home is the alerts for those who work with the registry, the audit log for an auditor, settings otherwise. */
function Home() {
  const can = useCan();
  if (can('alerts.summary')) return <HomePage />;
  // The commission works from its queue, the accountant from the payroll.
  const start = can('complaints.queue')
    ? '/complaints'
    : can('caregivers.payroll')
      ? '/payroll'
      : can('audit.list')
        ? '/audit'
        : '/settings';
  return <Navigate to={start} replace />;
}

// Hash routing works the same from Electron's file:// page and from the web bridge.
const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Home /> },
      { path: 'home', element: <Home /> },
      { path: 'applicants', element: guard('applicants.list', <ApplicantsPage />) },
      { path: 'applicants/new', element: guard('applicants.create', <ApplicantForm />) },
      { path: 'applicants/duplicates', element: guard('applicants.duplicateReport', <DuplicatesReport />) },
      { path: 'applicants/:id', element: guard('applicants.card', <PersonCard />) },
      { path: 'applicants/:id/edit', element: guard('applicants.update', <ApplicantForm />) },
      { path: 'cases', element: guard('cases.list', <CasesPage />) },
      { path: 'cases/:id', element: guard('casework.timeline', <CasePage />) },
      { path: 'decisions', element: guard('casework.approveDecision', <ApprovalQueuePage />) },
      { path: 'services', element: <AreaPlaceholder area="services" /> },
      { path: 'specialists', element: guard('specialists.list', <SpecialistsPage />) },
      { path: 'specialists/load', element: guard('specialists.caseLoad', <CaseLoadPage />) },
      { path: 'specialists/:id', element: guard('specialists.card', <SpecialistCard />) },
      { path: 'caregivers', element: guard('caregivers.list', <CaregiversPage />) },
      { path: 'caregivers/:id', element: guard('caregivers.card', <CaregiverCard />) },
      { path: 'payroll', element: guard('caregivers.payroll', <PayrollPage />) },
      { path: 'providers', element: guard('providers.list', <ProvidersPage />) },
      { path: 'providers/tariffs', element: guard('providers.tariffs', <TariffsPage />) },
      { path: 'providers/:id', element: guard('providers.card', <ProviderCard />) },
      { path: 'complaints', element: guard('complaints.queue', <ComplaintsPage />) },
      { path: 'complaints/:id', element: guard('complaints.card', <ComplaintCard />) },
      { path: 'reports', element: <AreaPlaceholder area="reports" /> },
      { path: 'exchange', element: guard('exchange.status', <ExchangePage />) },
      {
        path: 'settings',
        element: <Suspense fallback={loading}>{<SettingsPage />}</Suspense>,
      },
      { path: 'users', element: guard('users.list', <UsersPage />) },
      { path: 'audit', element: guard('audit.list', <AuditPage />) },
      { path: 'backups', element: guard('backups.list', <BackupsPage />) },
      { path: 'calendar', element: guard('calendar.save', <CalendarPage />) },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

/** The working app; while locked it stays mounted but inert, under the lock screen. */
function SignedIn({ locked }: { locked: boolean }) {
  useIdleLock();
  return (
    <>
      <div inert={locked} aria-hidden={locked || undefined}>
        <RouterProvider router={router} />
      </div>
      {locked && <LockScreen />}
    </>
  );
}

function Gate() {
  const { ready, status, problem, user, locked } = useSession();
  if (ready && problem) return <RecoveryPage />;
  if (!ready || !status) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!status.initialized) return <FirstRunWizard />;
  if (!user) return <LoginPage />;
  if (user.mustChangePassword) return <ForcedPasswordChange />;
  return <SignedIn locked={locked} />;
}

export function App() {
  const { t, i18n } = useTranslation();
  // Rebuilt when the language changes: Mantine's own labels are in the theme's default props.
  const theme = useMemo(() => makeTheme(t), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
