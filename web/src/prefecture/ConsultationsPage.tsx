import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ConsultationFieldsFragment, ConsultationStatus } from '../gql/graphql';
import { label } from '../labels';
import { describeError } from '../shell/errors';
import { Button, EnumOptions, Field, formatDateTime, FormErrors, Loading, Notice, Pager, PageTitle, Section, Select, TextArea } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { useUserErrors } from '../shell/useUserErrors';
import { CloseConsultation, PrefectureConsultations, RespondToConsultation } from './documents';

/** Mutations of these types refetch the screen (a stable object: a new one each render would refetch forever). */
const refetchOn = { additionalTypenames: ['Consultation'] };

/** `/prefecture/consultations`: the back-office inbox with each case's pseudonymised summary; respond; close. */
export default function ConsultationsPage() {
  const { tenant } = useStaff();
  const [status, setStatus] = useState<ConsultationStatus | ''>('');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: PrefectureConsultations,
    variables: { code: tenant ?? '', status: status || null, after },
    pause: !tenant,
    context: refetchOn,
  });
  const list = data?.prefecture?.consultations;
  // Shown above the list: an answered consultation may leave a filtered list.
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <PageTitle title="市町村からの相談">市町村からの相談（後方支援）</PageTitle>
      <Field label="表示する相談">
        {(a) => (
          <Select {...a} value={status} onChange={(e) => { setStatus(e.target.value as ConsultationStatus); setAfter(null); }} className="max-w-xs">
            <option value="">すべて</option>
            <EnumOptions of="ConsultationStatus" />
          </Select>
        )}
      </Field>
      {done && <Notice>{done}</Notice>}
      <FormErrors messages={[describeError(error)]} />
      {fetching && !data ? <Loading /> : list && (
        <>
          {list.nodes.length === 0 && <p>該当する相談はありません。</p>}
          {list.nodes.map((c) => <ConsultationCard key={c.id} c={c} onDone={setDone} />)}
          <Pager pageInfo={list.pageInfo} totalCount={list.totalCount} shown={list.nodes.length} atFirst={after === null} onFirst={() => setAfter(null)} onNext={setAfter} />
        </>
      )}
    </>
  );
}

function ConsultationCard({ c, onDone }: { c: ConsultationFieldsFragment; onDone: (message: string) => void }) {
  const s = c.caseSummary;
  return (
    <Section title={`${c.municipality.name}からの相談（${formatDateTime(c.requestedAt)}）`}>
      <p className="mb-4"><span className="rounded-4 border border-key-800 px-2 py-1 text-dns-16B-130 text-key-900">{label('ConsultationStatus', c.status)}</span></p>
      {c.question && (<><h3 className="text-std-18B-160 mb-1">相談内容</h3><p className="mb-4 whitespace-pre-wrap">{c.question}</p></>)}
      {s ? (
        <>
          <h3 className="text-std-18B-160 mb-1">事例の概要（仮名：{s.pseudonym}）</h3>
          <dl className="mb-4 grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="text-dns-16B-130">年代・性別</dt><dd>{label('AgeBand', s.ageBand)}・{label('Gender', s.gender)}</dd>
            <dt className="text-dns-16B-130">8050世帯</dt><dd>{s.is8050 ? '該当' : '該当しない'}</dd>
            <dt className="text-dns-16B-130">ひきこもり期間</dt><dd>{label('WithdrawalDuration', s.withdrawalDuration)}</dd>
            <dt className="text-dns-16B-130">困りごと</dt><dd>{s.concerns.map((x) => label('Concern', x)).join('、') || '—'}</dd>
            <dt className="text-dns-16B-130">ケースの状態</dt><dd>{label('CaseStatus', s.status)}</dd>
            <dt className="text-dns-16B-130">相談・支援の経過</dt>
            <dd>{s.contacts.length === 0 ? '記録なし' : s.contacts.map((m) => `${m.on} ${label('ContactChannel', m.channel)}（${label('ContactParty', m.with)}）`).join('／')}</dd>
          </dl>
        </>
      ) : <p className="mb-4 text-solid-gray-700">事例の概要は表示できません（同意の撤回または相談の終了）。</p>}
      {c.advice?.length ? (
        <>
          <h3 className="text-std-18B-160 mb-1">これまでの助言</h3>
          {c.advice.map((a, i) => <p key={i} className="mb-2 whitespace-pre-wrap border-l-4 border-green-600 pl-3">{a.advice}<span className="block text-dns-14N-130 text-solid-gray-700">{formatDateTime(a.at)} {a.by}</span></p>)}
        </>
      ) : null}
      {c.status !== 'CLOSED' && <RespondForm c={c} onDone={onDone} />}
    </Section>
  );
}

function RespondForm({ c, onDone }: { c: ConsultationFieldsFragment; onDone: (message: string) => void }) {
  const [, respond] = useMutation(RespondToConsultation);
  const [, close] = useMutation(CloseConsultation);
  const errors = useUserErrors(['advice', 'consultationId']);
  const id = useRef(crypto.randomUUID());
  const [advice, setAdvice] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await respond({ input: { clientMutationId: id.current, consultationId: c.id, advice } });
    if (errors.take(result, result.data?.respondToConsultation)) { setAdvice(''); onDone(`${c.municipality.name}に助言を送りました。`); }
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  const closeIt = async () => {
    const result = await close({ input: { consultationId: c.id } });
    if (errors.take(result, result.data?.closeConsultation)) onDone(`${c.municipality.name}からの相談を終了しました。`);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${c.municipality.name}への助言（${formatDateTime(c.requestedAt)}の相談）`}>
      <FormErrors messages={[...errors.general, ...(errors.byField.consultationId ?? [])]} />
      <Field label="助言" required errors={errors.byField.advice}>
        {(a) => <TextArea {...a} rows={4} value={advice} onChange={(e) => setAdvice(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-4">
        <Button type="submit">助言を送る</Button>
        <Button kind="secondary" onClick={closeIt}>相談を終了する</Button>
      </div>
    </form>
  );
}
