import { Route, Routes } from 'react-router-dom';
import { RoleGate } from '../shell/StaffShell';
import { useStaff } from '../shell/useStaff';
import PrefectureOverviewPage from './PrefectureOverviewPage';
import SatellitesPage from './SatellitesPage';
import ConsultationsPage from './ConsultationsPage';

/** /prefecture, /prefecture/satellites, /prefecture/consultations for a prefecture's officers. */
export default function PrefectureRoutes() {
  const { roles } = useStaff();
  return (
    <Routes>
      <Route index element={<RoleGate roles={roles} allowed={['PrefecturalOfficer']}><PrefectureOverviewPage /></RoleGate>} />
      <Route path="satellites" element={<RoleGate roles={roles} allowed={['PrefecturalOfficer', 'TenantAdmin']}><SatellitesPage /></RoleGate>} />
      <Route path="consultations" element={<RoleGate roles={roles} allowed={['PrefecturalOfficer']}><ConsultationsPage /></RoleGate>} />
    </Routes>
  );
}
