/** The staff screens, who may use them, and their place in the navigation. */
export interface NavItem { to: string; label: string; roles: readonly string[] }

const caseStaff = ['Caseworker', 'Supervisor', 'TenantAdmin'];

export const navItems: readonly NavItem[] = [
  { to: '/work', label: '今日の仕事', roles: caseStaff },
  { to: '/cases', label: 'ケース一覧', roles: caseStaff },
  { to: '/cases/new', label: '新規受付', roles: caseStaff },
  { to: '/cases/caseload', label: '担当状況', roles: ['Supervisor'] },
  { to: '/activities', label: '活動記録・相談窓口', roles: [...caseStaff, 'PrefecturalOfficer'] },
  { to: '/statistics', label: '統計', roles: ['Supervisor', 'TenantAdmin'] },
  { to: '/audit', label: '監査ログ（操作記録）', roles: ['Supervisor', 'TenantAdmin'] },
  { to: '/program', label: '事業の実施状況', roles: ['TenantAdmin'] },
  { to: '/prefecture', label: '管内の状況', roles: ['PrefecturalOfficer'] },
  { to: '/prefecture/satellites', label: 'サテライト', roles: ['PrefecturalOfficer', 'TenantAdmin'] },
  { to: '/prefecture/consultations', label: '市町村からの相談', roles: ['PrefecturalOfficer'] },
  { to: '/nation', label: '全国の状況', roles: ['NationalAnalyst'] },
];

/** The navigation a person with these roles gets, for a municipal, prefectural or national tenant. */
export function navFor(roles: readonly string[], tenant: string | null): NavItem[] {
  const isPrefecture = isPrefectureCode(tenant);
  return navItems.filter((item) => {
    if (!item.roles.some((r) => roles.includes(r))) return false;
    if (item.to.startsWith('/prefecture/satellites')) return roles.includes('PrefecturalOfficer') || (isPrefecture && roles.includes('TenantAdmin'));
    return true;
  });
}

/** Whether a person with these roles may open a screen of these roles. */
export function mayOpen(roles: readonly string[], screenRoles: readonly string[]): boolean {
  return screenRoles.some((r) => roles.includes(r));
}

/** A prefecture's 6-digit LG code: two digits, 000 and a check digit ("130001"). */
export function isPrefectureCode(code: string | null | undefined): boolean {
  return !!code && /^\d{2}000\d$/.test(code);
}
