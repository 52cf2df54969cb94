/** The signed-in person's token: kept in sessionStorage only, never in a URL. */
export const TOKEN_KEY = 'platform.token';

export const ROLES = ['Caseworker', 'Supervisor', 'TenantAdmin', 'PrefecturalOfficer', 'NationalAnalyst'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenClaims {
  tenant: string | null;
  roles: string[];
  subject: string | null;
  /** Seconds since the epoch, or null when the token does not say. */
  expiresAt: number | null;
}

export function readToken(storage: Storage = sessionStorage): string | null {
  return storage.getItem(TOKEN_KEY);
}

export function storeToken(token: string, storage: Storage = sessionStorage): void {
  storage.setItem(TOKEN_KEY, token);
}

export function clearToken(storage: Storage = sessionStorage): void {
  storage.removeItem(TOKEN_KEY);
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * What the app may show from a JWT's payload (tenant, roles, expiry). The signature is the
 * silo's business: these claims only pick the navigation, never grant anything.
 */
export function decodeClaims(token: string): TokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const payload = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
    const roles = payload.roles;
    return {
      tenant: typeof payload.lg_code === 'string' ? payload.lg_code : null,
      roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : typeof roles === 'string' ? [roles] : [],
      subject: typeof payload.sub === 'string' ? payload.sub : null,
      expiresAt: typeof payload.exp === 'number' ? payload.exp : null,
    };
  } catch {
    return null;
  }
}

/** True when the token is unreadable or within skewSeconds of its expiry (sent a moment later, it would be refused). */
export function isExpired(token: string, nowMs: number = Date.now(), skewSeconds = 30): boolean {
  const claims = decodeClaims(token);
  if (!claims) return true;
  return claims.expiresAt !== null && claims.expiresAt - skewSeconds <= nowMs / 1000;
}

/** The first screen of a role: the one the role works on most. */
export function homeFor(roles: readonly string[]): string {
  if (roles.includes('NationalAnalyst')) return '/nation';
  if (roles.includes('PrefecturalOfficer')) return '/prefecture';
  if (roles.includes('Caseworker')) return '/work';
  if (roles.includes('Supervisor')) return '/statistics';
  if (roles.includes('TenantAdmin')) return '/program';
  return '/';
}

/** Reads ?tenant=CODE&role=ROLE[&role=ROLE][&name=NAME] of the sign-in URL; null when it does not ask to sign in. */
export function signInRequestFromUrl(search: string): { tenant: string; roles: string[]; name?: string } | null {
  const params = new URLSearchParams(search);
  const tenant = params.get('tenant')?.trim();
  const roles = params.getAll('role').map((r) => r.trim()).filter(Boolean);
  if (!tenant || roles.length === 0) return null;
  const name = params.get('name')?.trim();
  return name ? { tenant, roles, name } : { tenant, roles };
}

export class SignInError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
  }
}

/** POST /dev/token (development sign-in): stores the token and returns its claims. */
export async function requestDevToken(
  request: { tenant: string; roles: string[]; name?: string },
  fetchImpl: typeof fetch = fetch,
  storage: Storage = sessionStorage,
): Promise<TokenClaims> {
  let response: Response;
  try {
    response = await fetchImpl('/dev/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    throw new SignInError('NETWORK', 'サーバーに接続できませんでした。時間をおいてもう一度お試しください。');
  }
  if (response.status === 404) throw new SignInError('NOT_AVAILABLE', '開発用サインインはこの環境では使えません。');
  const body = (await response.json().catch(() => null)) as
    | { token?: string; error?: { code?: string; message?: string } }
    | null;
  if (!response.ok || !body?.token) {
    const code = body?.error?.code ?? `HTTP_${response.status}`;
    throw new SignInError(code, `サインインできませんでした（${body?.error?.message ?? code}）。`);
  }
  const claims = decodeClaims(body.token);
  if (!claims) throw new SignInError('BAD_TOKEN', 'サーバーから受け取ったトークンを読めませんでした。');
  storeToken(body.token, storage);
  return claims;
}
