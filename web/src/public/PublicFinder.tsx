import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Provider, useQuery } from 'urql';
import type { ProgramTier } from '../gql/graphql';
import { fiscalYearLabel, label } from '../labels';
import { createPublicClient } from '../shell/client';
import { describeError } from '../shell/errors';
import { Button, Field, FormErrors, Input, Loading, PageTitle, Select, fiscalYearOf, todayInJapan } from '../shell/ui';
import { FindMunicipalities, MunicipalityByCode, PublicPrefectures } from './documents';
import MunicipalityHelpView from './MunicipalityHelp';

/** `/`: anyone finds the help near them by municipality name, kana, LG code or prefecture. No sign-in. */
export default function PublicFinder() {
  const client = useMemo(() => createPublicClient(), []);
  return (
    <Provider value={client}>
      <div className="flex min-h-screen flex-col bg-solid-gray-50 font-sans text-solid-gray-900">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-yellow-300 focus:p-2">本文へ移動</a>
        <header className="border-b border-solid-gray-200 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
            <p className="text-std-18B-160 text-key-900">ひきこもり支援プラットフォーム</p>
            <nav aria-label="サイト">
              <Link to="/signin" className="text-dns-16N-130 text-key-800 underline focus-visible:outline-4 focus-visible:outline-black">職員の方のサインイン</Link>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          <Finder />
        </main>
        <footer className="border-t border-solid-gray-200 bg-white px-4 py-4 text-center text-dns-14N-130 text-solid-gray-700">
          掲載しているのは各自治体が公表している情報です。緊急のときは119番または110番に連絡してください。
        </footer>
      </div>
    </Provider>
  );
}

function Finder() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const pref = params.get('pref') ?? '';
  const selected = params.get('m');
  const [text, setText] = useState(q);
  const [prefecture, setPrefecture] = useState(pref);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    if (prefecture) next.set('pref', prefecture);
    setParams(next);
  };

  return (
    <>
      <PageTitle title="ひきこもりの相談窓口をさがす">ひきこもりの相談窓口をさがす</PageTitle>
      <p className="text-std-16N-170 mb-6">
        お住まいの市区町村の名前（ひらがな・カタカナでも）か、地方公共団体コード（6桁）を入れてください。都道府県からもさがせます。相談は無料で、ご家族からの相談もできます。
      </p>
      <form role="search" aria-label="相談窓口の検索" onSubmit={submit} className="mb-8 rounded-8 border border-solid-gray-200 bg-white p-6">
        <div className="grid gap-4 md:grid-cols-2">
          <Field label="市区町村名・ふりがな・コード" hint="例：北山村、きたやまむら、304271">
            {(a) => <Input {...a} name="q" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />}
          </Field>
          <PrefectureSelect value={prefecture} onChange={setPrefecture} />
        </div>
        <Button type="submit">さがす</Button>
      </form>
      {selected ? <MunicipalityHelpView code={selected} fiscalYear={fiscalYearOf(todayInJapan())} /> : (q || pref) && <Results search={q} prefectureCode={pref} />}
    </>
  );
}

function ProgramLine({ programs }: { programs: { fiscalYear: number; tier: ProgramTier }[] }) {
  const latest = programs.at(-1);
  return (
    <p className="mt-1 text-dns-16N-130">
      {latest ? `${label('ProgramTier', latest.tier)}（${fiscalYearLabel(latest.fiscalYear)}）` : 'ひきこもり支援の事業なし（都道府県の窓口に相談できます）'}
    </p>
  );
}

function PrefectureSelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const [{ data }] = useQuery({ query: PublicPrefectures });
  return (
    <Field label="都道府県">
      {(a) => (
        <Select {...a} name="pref" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">指定しない</option>
          {data?.prefectures.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
        </Select>
      )}
    </Field>
  );
}

function Results({ search, prefectureCode }: { search: string; prefectureCode: string }) {
  const isCode = /^\d{6}$/.test(search);
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<string[]>([]);
  const [list] = useQuery({
    query: FindMunicipalities,
    variables: { search: isCode ? null : search || null, prefectureCode: prefectureCode || null, after },
    pause: isCode,
  });
  const [byCode] = useQuery({ query: MunicipalityByCode, variables: { code: search }, pause: !isCode });

  const result = isCode ? byCode : list;
  if (result.fetching && !result.data) return <Loading />;
  if (result.error) return <FormErrors messages={[describeError(result.error)]} />;

  const found = isCode
    ? (byCode.data?.municipality ? [byCode.data.municipality] : [])
    : (list.data?.municipalities.nodes ?? []);
  const total = isCode ? found.length : list.data?.municipalities.totalCount ?? 0;
  const pageInfo = list.data?.municipalities.pageInfo;

  return (
    <section aria-labelledby="results-title" className="rounded-8 border border-solid-gray-200 bg-white p-6">
      <h2 id="results-title" className="text-std-20B-150 mb-4">検索結果（{total}件）</h2>
      {found.length === 0 ? (
        <p className="text-std-16N-170">見つかりませんでした。ひらがなで入れるか、都道府県から選んでください。</p>
      ) : (
        <ul className="divide-y divide-solid-gray-200">
          {found.map((m) => (
            <li key={m.code} className="py-3">
              <Link to={`/?m=${m.code}`} className="text-std-18B-160 text-key-800 underline focus-visible:outline-4 focus-visible:outline-black">
                {m.prefecture.name} {m.name}
              </Link>
              <span className="ml-3 text-dns-16N-130 text-solid-gray-700">{m.kana}（{label('MunicipalityType', m.type)}・{m.code}）</span>
              <ProgramLine programs={m.programs} />
            </li>
          ))}
        </ul>
      )}
      {!isCode && pageInfo && (
        <nav aria-label="ページ送り" className="mt-4 flex gap-4">
          {pages.length > 0 && (
            <Button kind="secondary" onClick={() => { const prev = pages.slice(0, -1); setPages(prev); setAfter(prev.at(-1) ?? null); }}>前のページへ</Button>
          )}
          {pageInfo.hasNextPage && pageInfo.endCursor && (
            <Button kind="secondary" onClick={() => { setPages([...pages, pageInfo.endCursor!]); setAfter(pageInfo.endCursor!); }}>次のページへ</Button>
          )}
        </nav>
      )}
    </section>
  );
}
