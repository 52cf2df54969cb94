import { Suspense, useMemo } from 'react';
import { Link, NavLink, Navigate, Outlet, useLocation } from 'react-router-dom';
import { Provider, useQuery } from 'urql';
import { roleLabels } from '../labels';
import { clearToken, decodeClaims, isExpired, readToken } from '../signin/token';
import { createStaffClient } from './client';
import { ViewerQuery } from './documents';
import { describeError } from './errors';
import { mayOpen, navFor } from './navigation';
import { FormErrors, Loading } from './ui';
import UnreadBadge from '../notifications/UnreadBadge';

/** The signed-in part of the app: the token is checked, then the header, the navigation by role and the screen. */
export default function StaffShell() {
  const token = readToken();
  const location = useLocation();
  const client = useMemo(() => createStaffClient(), []);
  if (!token) return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  // The sign-in page clears the token: rendering has no side effects (React may render twice).
  if (isExpired(token)) return <Navigate to="/signin?expired=1" replace />;
  return (
    <Provider value={client}>
      <Layout token={token} />
    </Provider>
  );
}

function Layout({ token }: { token: string }) {
  const claims = decodeClaims(token);
  const [{ data, error }] = useQuery({ query: ViewerQuery });
  const roles = data?.viewer?.roles ?? claims?.roles ?? [];
  const tenant = data?.viewer?.tenantCode ?? claims?.tenant ?? null;
  const nav = navFor(roles, tenant);
  const signOut = () => {
    clearToken();
    window.location.assign('/signin');
  };
  return (
    <div className="flex min-h-screen flex-col bg-solid-gray-50 font-sans text-solid-gray-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-yellow-300 focus:p-2 focus:text-black">本文へ移動</a>
      <header className="border-b border-solid-gray-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link to="/" className="text-std-18B-160 text-key-900 hover:underline focus-visible:outline-4 focus-visible:outline-black">ひきこもり支援プラットフォーム</Link>
          <div className="flex flex-wrap items-center gap-4 text-dns-16N-130">
            <span><span className="sr-only">所属：</span><strong>{data?.viewer?.tenantName ?? tenant ?? ''}</strong></span>
            <span><span className="sr-only">役割：</span>{roles.map((r) => roleLabels[r] ?? r).join('・')}</span>
            {roles.some((r) => ['Caseworker', 'Supervisor', 'TenantAdmin', 'PrefecturalOfficer'].includes(r)) && <UnreadBadge />}
            <button type="button" onClick={signOut} className="rounded-8 border border-key-800 px-3 py-2 text-key-800 hover:underline focus-visible:outline-4 focus-visible:outline-black">サインアウト</button>
          </div>
        </div>
        <nav aria-label="メインメニュー" className="border-t border-solid-gray-200">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end
                  className={({ isActive }) => `inline-block px-3 py-3 text-dns-16B-130 hover:underline focus-visible:outline-4 focus-visible:outline-black ${isActive ? 'border-b-4 border-key-800 text-key-900' : 'text-solid-gray-800'}`}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <FormErrors messages={[error ? describeError(error) : null]} />
        <Suspense fallback={<Loading />}>
          <Outlet context={{ roles, tenant, subject: data?.viewer?.subject ?? claims?.subject ?? '' } satisfies StaffContext} />
        </Suspense>
      </main>
      <footer className="border-t border-solid-gray-200 bg-white px-4 py-4 text-center text-dns-14N-130 text-solid-gray-700">
        ケースの記録は要配慮個人情報です。閲覧・操作はすべて監査ログに記録されます。
      </footer>
    </div>
  );
}

export interface StaffContext { roles: readonly string[]; tenant: string | null; subject: string }

/** Shown instead of a screen the signed-in role may not use. */
export function RoleGate({ roles, allowed, children }: { roles: readonly string[]; allowed: readonly string[]; children: React.ReactNode }) {
  if (!mayOpen(roles, allowed)) {
    return (
      <>
        <h1 className="text-std-28B-150 mb-6">この画面は使えません</h1>
        <p className="text-std-16N-170">サインイン中の役割ではこの画面を使う権限がありません。メニューから使える画面を選んでください。</p>
      </>
    );
  }
  return <>{children}</>;
}
