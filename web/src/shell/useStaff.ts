import { useOutletContext } from 'react-router-dom';
import type { StaffContext } from './StaffShell';

/** The signed-in person's roles, tenant and subject, as the shell knows them. */
export function useStaff(): StaffContext {
  return useOutletContext<StaffContext>();
}
