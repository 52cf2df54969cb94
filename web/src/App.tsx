import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';

// One chunk per route group: the public finder loads none of the staff screens, charts or MSAL.
const PublicFinder = lazy(() => import('./public/PublicFinder'));
const SignIn = lazy(() => import('./signin/SignIn'));
const StaffShell = lazy(() => import('./shell/StaffShell'));
const CaseRoutes = lazy(() => import('./cases/CaseRoutes'));
const Work = lazy(() => import('./work/WorkPage'));
const Notifications = lazy(() => import('./notifications/NotificationsPage'));
const Activities = lazy(() => import('./activities/ActivitiesPage'));
const Statistics = lazy(() => import('./statistics/StatisticsPage'));
const Audit = lazy(() => import('./audit/AuditPage'));
const Program = lazy(() => import('./program/ProgramPage'));
const PrefectureRoutes = lazy(() => import('./prefecture/PrefectureRoutes'));
const Nation = lazy(() => import('./nation/NationPage'));
const NotFound = lazy(() => import('./shell/NotFound'));

function Fallback() {
  return <p role="status" className="p-8 text-std-16N-170">読み込み中…</p>;
}

export default function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={<Fallback />}>
        <Routes>
          <Route path="/" element={<PublicFinder />} />
          <Route path="/signin" element={<SignIn />} />
          <Route element={<StaffShell />}>
            <Route path="/cases/*" element={<CaseRoutes />} />
            <Route path="/work" element={<Work />} />
            <Route path="/notifications" element={<Notifications />} />
            <Route path="/activities" element={<Activities />} />
            <Route path="/statistics" element={<Statistics />} />
            <Route path="/audit" element={<Audit />} />
            <Route path="/program" element={<Program />} />
            <Route path="/prefecture/*" element={<PrefectureRoutes />} />
            <Route path="/nation" element={<Nation />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
