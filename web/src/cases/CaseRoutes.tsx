import { Route, Routes } from 'react-router-dom';
import { RoleGate } from '../shell/StaffShell';
import { useStaff } from '../shell/useStaff';
import CaseListPage from './CaseListPage';
import IntakePage from './IntakePage';
import CaseDetailPage from './CaseDetailPage';
import CaseloadPage from './CaseloadPage';

export const caseRoles = ['Caseworker', 'Supervisor', 'TenantAdmin'] as const;

/** /cases, /cases/new, /cases/caseload (supervisors), /cases/:id for the tenant's case staff. */
export default function CaseRoutes() {
  const { roles } = useStaff();
  return (
    <RoleGate roles={roles} allowed={caseRoles}>
      <Routes>
        <Route index element={<CaseListPage />} />
        <Route path="new" element={<IntakePage />} />
        <Route path="caseload" element={<CaseloadPage />} />
        <Route path=":id" element={<CaseDetailPage />} />
      </Routes>
    </RoleGate>
  );
}
