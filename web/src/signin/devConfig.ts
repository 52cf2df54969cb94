/** GET /dev/config: whether development sign-in is on, and the Entra settings for MSAL. */
export interface SignInConfig {
  developmentSignIn: boolean;
  entra: { clientId: string; authority: string; scopes: string[] };
}

export async function loadSignInConfig(fetchImpl: typeof fetch = fetch): Promise<SignInConfig> {
  try {
    const response = await fetchImpl('/dev/config', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const body = (await response.json()) as Partial<SignInConfig>;
    return {
      developmentSignIn: body.developmentSignIn === true,
      entra: {
        clientId: body.entra?.clientId ?? '',
        authority: body.entra?.authority ?? '',
        scopes: Array.isArray(body.entra?.scopes) ? body.entra!.scopes : [],
      },
    };
  } catch {
    // A silo without /dev/config (older) is taken as development sign-in only.
    return { developmentSignIn: true, entra: { clientId: '', authority: '', scopes: [] } };
  }
}
