import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TOKEN_KEY, clearToken, decodeClaims, homeFor, isExpired, readToken, requestDevToken, signInRequestFromUrl } from './token';

function jwt(payload: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'ES256' })}.${part(payload)}.c2lnbmF0dXJl`;
}

describe('token claims', () => {
  it('reads tenant, roles (one or many), subject and expiry, also with Japanese text', () => {
    const claims = decodeClaims(jwt({ lg_code: '132292', roles: ['Caseworker', 'Supervisor'], sub: '佐藤', exp: 2000 }));
    expect(claims).toEqual({ tenant: '132292', roles: ['Caseworker', 'Supervisor'], subject: '佐藤', expiresAt: 2000 });
    expect(decodeClaims(jwt({ roles: 'Caseworker' }))?.roles).toEqual(['Caseworker']);
  });

  it('refuses what is not a JWT', () => {
    expect(decodeClaims('not-a-token')).toBeNull();
    expect(decodeClaims('a.%%%.c')).toBeNull();
  });

  it('is expired past exp (with 30 s skew) or when unreadable', () => {
    const token = jwt({ exp: 1000 });
    expect(isExpired(token, 969_000)).toBe(false);
    expect(isExpired(token, 970_000)).toBe(true);
    expect(isExpired('garbage', 0)).toBe(true);
    expect(isExpired(jwt({}), 10 ** 13)).toBe(false);
  });
});

describe('sign-in URL', () => {
  it('takes tenant and every role, and nothing without both', () => {
    expect(signInRequestFromUrl('?tenant=132292&role=Caseworker&role=Supervisor')).toEqual({ tenant: '132292', roles: ['Caseworker', 'Supervisor'] });
    expect(signInRequestFromUrl('?tenant=nation&role=NationalAnalyst&name=%E5%9B%BD')).toEqual({ tenant: 'nation', roles: ['NationalAnalyst'], name: '国' });
    expect(signInRequestFromUrl('?tenant=132292')).toBeNull();
    expect(signInRequestFromUrl('?role=Caseworker')).toBeNull();
    expect(signInRequestFromUrl('?expired=1')).toBeNull();
  });

  it('sends each role to its home screen', () => {
    expect(homeFor(['Caseworker'])).toBe('/work');
    expect(homeFor(['Supervisor'])).toBe('/statistics');
    expect(homeFor(['TenantAdmin'])).toBe('/program');
    expect(homeFor(['PrefecturalOfficer', 'Caseworker'])).toBe('/prefecture');
    expect(homeFor(['NationalAnalyst'])).toBe('/nation');
  });
});

describe('POST /dev/token', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the token in sessionStorage under platform.token', async () => {
    const token = jwt({ lg_code: '132292', roles: ['Caseworker'], exp: 9_999_999_999 });
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ token, expiresAt: '2030-01-01T00:00:00Z', subject: 'dev' }), { status: 200 }));
    const claims = await requestDevToken({ tenant: '132292', roles: ['Caseworker'] }, fetchImpl as unknown as typeof fetch);
    expect(claims.tenant).toBe('132292');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe(token);
    expect(readToken()).toBe(token);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/dev/token');
    expect(JSON.parse(init.body as string)).toEqual({ tenant: '132292', roles: ['Caseworker'] });
    clearToken();
    expect(readToken()).toBeNull();
  });

  it('says why it failed and stores nothing', async () => {
    const bad = vi.fn(async () => new Response(JSON.stringify({ error: { code: 'UNKNOWN_TENANT', message: 'no such tenant' } }), { status: 400 }));
    await expect(requestDevToken({ tenant: '999999', roles: ['Caseworker'] }, bad as unknown as typeof fetch)).rejects.toMatchObject({ code: 'UNKNOWN_TENANT' });
    const off = vi.fn(async () => new Response('', { status: 404 }));
    await expect(requestDevToken({ tenant: '132292', roles: ['Caseworker'] }, off as unknown as typeof fetch)).rejects.toMatchObject({ code: 'NOT_AVAILABLE' });
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });
});
