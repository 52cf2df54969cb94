import { useMemo, useState } from 'react';
import { PublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
import { MsalProvider, useMsal } from '@azure/msal-react';
import type { SignInConfig } from './devConfig';
import { decodeClaims, homeFor, storeToken } from './token';
import { Button, FormErrors } from '../shell/ui';

/** Sign-in with Microsoft Entra ID (MSAL): the access token goes where a development token would. */
export default function EntraSignIn({ config }: { config: SignInConfig['entra'] }) {
  const instance = useMemo(
    () => new PublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority || undefined, redirectUri: `${window.location.origin}/signin` },
      cache: { cacheLocation: 'sessionStorage' },
    }),
    [config.clientId, config.authority],
  );
  return (
    <MsalProvider instance={instance}>
      <EntraButton scopes={config.scopes} />
    </MsalProvider>
  );
}

function EntraButton({ scopes }: { scopes: string[] }) {
  const { instance } = useMsal();
  const [error, setError] = useState<string | null>(null);
  const signIn = async () => {
    setError(null);
    try {
      const login = await instance.loginPopup({ scopes });
      const token = await instance
        .acquireTokenSilent({ scopes, account: login.account })
        .catch((e) => (e instanceof InteractionRequiredAuthError ? instance.acquireTokenPopup({ scopes }) : Promise.reject(e)));
      storeToken(token.accessToken);
      window.location.replace(homeFor(decodeClaims(token.accessToken)?.roles ?? []));
    } catch {
      setError('組織のアカウントでサインインできませんでした。もう一度お試しください。');
    }
  };
  return (
    <>
      <FormErrors messages={[error]} />
      <Button onClick={signIn}>組織のアカウント（Microsoft Entra ID）でサインイン</Button>
    </>
  );
}
