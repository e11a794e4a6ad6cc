import { Center, Loader, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { Shell } from './app/Shell';
import { SessionProvider, useSession } from './app/session';
import { theme } from './app/theme';
import { ApplicantForm } from './features/applicants/ApplicantForm';
import { ApplicantsPage } from './features/applicants/ApplicantsPage';
import { AreaPlaceholder } from './features/areas/AreaPlaceholder';
import { LoginPage } from './features/auth/LoginPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { FirstRunWizard } from './features/setup/FirstRunWizard';

// Hash routing works the same from Electron's file:// page and from the web bridge.
const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/applicants" replace /> },
      { path: 'applicants', element: <ApplicantsPage /> },
      { path: 'applicants/new', element: <ApplicantForm /> },
      { path: 'cases', element: <AreaPlaceholder area="cases" /> },
      { path: 'services', element: <AreaPlaceholder area="services" /> },
      { path: 'specialists', element: <AreaPlaceholder area="specialists" /> },
      { path: 'caregivers', element: <AreaPlaceholder area="caregivers" /> },
      { path: 'providers', element: <AreaPlaceholder area="providers" /> },
      { path: 'reports', element: <AreaPlaceholder area="reports" /> },
      { path: 'exchange', element: <AreaPlaceholder area="exchange" /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/applicants" replace /> },
    ],
  },
]);

function Gate() {
  const { ready, status, user } = useSession();
  if (!ready || !status) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!status.initialized) return <FirstRunWizard />;
  if (!user) return <LoginPage />;
  return <RouterProvider router={router} />;
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
