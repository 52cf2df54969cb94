import { lazy, Suspense, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Provider, useQuery } from 'urql';
import { roleLabels } from '../labels';
import { createPublicClient } from '../shell/client';
import { Button, CheckGroup, Field, FormErrors, Input, Loading, PageTitle, Select } from '../shell/ui';
import { loadSignInConfig, type SignInConfig } from './devConfig';
import { SignInMunicipalityByCode, SignInTenants } from './documents';
import { ROLES, SignInError, clearToken, homeFor, requestDevToken, signInRequestFromUrl } from './token';

const EntraSignIn = lazy(() => import('./EntraSignIn'));

/** `/signin`: development sign-in (tenant and roles), or Entra when the silo names a client id. */
export default function SignIn() {
  const client = useMemo(() => createPublicClient(), []);
  return (
    <Provider value={client}>
      <div className="flex min-h-screen flex-col bg-solid-gray-50 font-sans text-solid-gray-900">
        <header className="border-b border-solid-gray-200 bg-white">
          <div className="mx-auto max-w-3xl px-4 py-4">
            <Link to="/" className="text-std-18B-160 text-key-900 hover:underline focus-visible:outline-4 focus-visible:outline-black">ひきこもり支援プラットフォーム</Link>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
          <SignInBody />
        </main>
      </div>
    </Provider>
  );
}

function SignInBody() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [config, setConfig] = useState<SignInConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const urlRequest = signInRequestFromUrl(params.toString());
  const expired = params.get('expired') === '1';

  useEffect(() => {
    loadSignInConfig().then(setConfig);
  }, []);

  // An expired sign-in arrives here: its token goes.
  useEffect(() => {
    if (expired) clearToken();
  }, [expired]);

  // /signin?tenant=CODE&role=ROLE signs in at once and leaves no tenant or role in the address.
  useEffect(() => {
    if (!urlRequest) return;
    requestDevToken(urlRequest)
      .then((claims) => navigate(homeFor(claims.roles), { replace: true }))
      .catch((e: unknown) => {
        setError(e instanceof SignInError ? e.message : 'サインインできませんでした。');
        navigate('/signin', { replace: true });
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params.toString()]);

  return (
    <>
      <PageTitle title="サインイン">サインイン</PageTitle>
      {expired && <p role="alert" className="mb-4 rounded-8 border-2 border-yellow-700 bg-yellow-50 p-4 text-std-16B-170">サインインの有効期限が切れました。もう一度サインインしてください。</p>}
      <FormErrors messages={[error]} />
      {urlRequest && !error ? <Loading /> : !config ? <Loading /> : (
        <>
          {config.entra.clientId && (
            <div className="mb-8">
              <Suspense fallback={<Loading />}><EntraSignIn config={config.entra} /></Suspense>
            </div>
          )}
          {config.developmentSignIn && <DevSignInForm onError={setError} />}
          {!config.developmentSignIn && !config.entra.clientId && <p className="text-std-16N-170">この環境ではサインインの方法が設定されていません。管理者に連絡してください。</p>}
        </>
      )}
    </>
  );
}

interface TenantChoice { code: string; label: string }

function DevSignInForm({ onError }: { onError: (m: string | null) => void }) {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [tenant, setTenant] = useState('');
  const [roles, setRoles] = useState<string[]>(['Caseworker']);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const term = search.trim();
  const isCode = /^\d{6}$/.test(term);
  const [{ data }] = useQuery({ query: SignInTenants, variables: { search: term && !isCode ? term : null }, pause: !term || isCode });
  const [{ data: byCode }] = useQuery({ query: SignInMunicipalityByCode, variables: { code: term }, pause: !isCode });

  const choices: TenantChoice[] = [{ code: 'nation', label: '国（厚生労働省）' }];
  const lower = term.toLowerCase();
  for (const p of data?.prefectures ?? []) {
    if (p.name.includes(term) || p.kana.includes(term) || p.lgCode === term) choices.push({ code: p.lgCode, label: `${p.name}（${p.lgCode}）` });
  }
  for (const m of data?.municipalities.nodes ?? []) choices.push({ code: m.code, label: `${m.prefecture.name} ${m.name}（${m.code}）` });
  if (byCode?.municipality) choices.push({ code: byCode.municipality.code, label: `${byCode.municipality.prefecture.name} ${byCode.municipality.name}（${byCode.municipality.code}）` });
  void lower;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    onError(null);
    const chosen = tenant || (isCode ? term : '');
    if (!chosen) return onError('所属する自治体を選んでください。');
    if (roles.length === 0) return onError('役割を1つ以上選んでください。');
    setBusy(true);
    try {
      const claims = await requestDevToken({ tenant: chosen, roles, ...(name.trim() ? { name: name.trim() } : {}) });
      navigate(homeFor(claims.roles), { replace: true });
    } catch (err) {
      onError(err instanceof SignInError ? err.message : 'サインインできませんでした。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="開発用サインイン" className="rounded-8 border border-solid-gray-200 bg-white p-6">
      <p className="text-std-16N-170 mb-4">開発用のサインインです。所属する自治体と役割を選んでください。</p>
      <Field label="自治体をさがす" hint="市区町村名・都道府県名・ふりがな・地方公共団体コード（6桁）">
        {(a) => <Input {...a} value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />}
      </Field>
      <Field label="所属" required>
        {(a) => (
          <Select {...a} value={tenant} onChange={(e) => setTenant(e.target.value)}>
            <option value="">選んでください</option>
            {choices.map((c) => <option key={c.code} value={c.code}>{c.label}</option>)}
          </Select>
        )}
      </Field>
      <CheckGroup legend="役割" options={ROLES.map((r) => ({ value: r, label: roleLabels[r] }))} value={roles} onChange={setRoles} />
      <Field label="表示名（任意）">
        {(a) => <Input {...a} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Button type="submit" disabled={busy}>サインイン</Button>
    </form>
  );
}
