import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import type { CaseStatus } from '../gql/graphql';
import { label } from '../labels';
import { describeError } from '../shell/errors';
import { Button, Check, EnumOptions, Field, FormErrors, Input, Loading, Pager, PageTitle, Select, Table, Td, todayInJapan } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { CaseList } from './documents';

const pageSize = 20;

/** `/cases`: the tenant's cases by status, kana, worker and days without contact (all filtered by the server), a page at a time. */
export default function CaseListPage() {
  const { subject } = useStaff();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as CaseStatus | '';
  const search = params.get('q') ?? '';
  const mine = params.get('mine') === '1';
  // From the caseload: one worker's cases, and those without contact for N days.
  const worker = mine ? subject : params.get('worker') ?? '';
  const silentDays = Number(params.get('noContactDays') ?? '') || 0;
  const [after, setAfter] = useState<string | null>(null);
  const [text, setText] = useState(search);
  const [{ data, fetching, error }] = useQuery({
    query: CaseList,
    variables: {
      first: pageSize, after, status: status || null, search: search || null, assignedTo: worker || null,
      lastContactBefore: silentDays > 0 ? daysBefore(todayInJapan(), silentDays - 1) : null,
    },
  });

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    setAfter(null);
    setParams(next);
  };
  const submit = (e: FormEvent) => { e.preventDefault(); set('q', text.trim()); };

  const shown = data?.cases.nodes ?? [];

  return (
    <>
      <PageTitle title="ケース一覧">ケース一覧</PageTitle>
      <div className="mb-6 flex flex-wrap gap-4">
        <Link to="/cases/new" className="inline-flex min-h-11 items-center rounded-8 bg-key-800 px-5 text-oln-16B-100 text-white hover:underline focus-visible:outline-4 focus-visible:outline-black">新規受付</Link>
      </div>
      <form role="search" aria-label="ケースの絞り込み" onSubmit={submit} className="mb-6 grid items-end gap-4 rounded-8 border border-solid-gray-200 bg-white p-6 md:grid-cols-3">
        <Field label="状態">
          {(a) => (
            <Select {...a} value={status} onChange={(e) => set('status', e.target.value)}>
              <option value="">すべて</option>
              <EnumOptions of="CaseStatus" />
            </Select>
          )}
        </Field>
        <Field label="本人の名前（ふりがな）" hint="姓・名のどちらかだけでも探せます">
          {(a) => <Input {...a} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <div className="mb-4 flex flex-col gap-2">
          <Check label="自分の担当のみ" checked={mine} onChange={(v) => set('mine', v ? '1' : '')} />
          <Button type="submit">検索</Button>
        </div>
      </form>
      {(worker && !mine) || silentDays > 0 ? (
        <p className="mb-4 rounded-8 border border-key-300 bg-key-50 p-4 text-std-16N-170">
          {worker && !mine ? `担当者 ${worker} のケース` : 'ケース'}
          {silentDays > 0 ? `のうち、最後の相談・支援記録（記録がなければ受付日）から${silentDays}日以上たったもの（終結したケースを含みます）` : ''}
          を表示しています。
          <button type="button" onClick={() => { const next = new URLSearchParams(params); next.delete('worker'); next.delete('noContactDays'); setAfter(null); setParams(next); }}
            className="ml-2 text-key-800 underline focus-visible:outline-4 focus-visible:outline-black">条件を外す</button>
        </p>
      ) : null}
      <FormErrors messages={[describeError(error)]} />
      {fetching && !data ? <Loading /> : (
        <>
          <Table caption="ケース一覧" head={['ケース番号', '本人', '状態', '受付日', '担当者', '8050世帯']}>
            {shown.map((c) => (
              <tr key={c.id}>
                <Td><Link to={`/cases/${encodeURIComponent(c.id)}`} className="text-key-800 underline focus-visible:outline-4 focus-visible:outline-black">{c.caseNumber}</Link></Td>
                <Td>{c.subject?.name || c.subject?.kana || '（氏名未確認）'}{c.subject?.kana && c.subject?.name ? <span className="block text-dns-14N-130 text-solid-gray-700">{c.subject.kana}</span> : null}</Td>
                <Td>{label('CaseStatus', c.status)}</Td>
                <Td>{c.openedOn}</Td>
                <Td>{c.assignedTo === subject ? '自分' : c.assignedTo ?? '—'}</Td>
                <Td>{c.household?.is8050 ? '該当' : '—'}</Td>
              </tr>
            ))}
          </Table>
          {shown.length === 0 && <p className="mt-4 text-std-16N-170">該当するケースはありません。</p>}
          {data && (
            <Pager pageInfo={data.cases.pageInfo} totalCount={data.cases.totalCount} shown={shown.length}
              atFirst={after === null} onFirst={() => setAfter(null)} onNext={setAfter} />
          )}
        </>
      )}
    </>
  );
}

/** The Japanese day `days` days before `day` (yyyy-MM-dd). */
export function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
