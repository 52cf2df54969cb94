import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { label } from '../labels';
import { describeError } from '../shell/errors';
import { FormErrors, Loading, Notice, PageTitle, Section } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { CaseDetail } from './documents';
import ContactTimeline from './ContactTimeline';
import Referrals from './Referrals';
import Consents from './Consents';
import StatusAndClosing from './StatusAndClosing';
import Consultations from './Consultations';
import CaseWork from './CaseWork';
import CaseHistory from './CaseHistory';
import Reassign from './Reassign';

/** `/cases/:id`: one case file: person, household, concerns, contacts, referrals, consents, status. */
export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const opened = (location.state as { opened?: string } | null)?.opened;
  const { roles, subject } = useStaff();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: CaseDetail, variables: { id, after } });

  if (fetching && !data) return <Loading />;
  const c = data?.case;
  if (!c) {
    return (
      <>
        <PageTitle title="ケース">ケースを表示できません</PageTitle>
        <FormErrors messages={[error ? describeError(error) : 'このケースは見つかりませんでした。']} />
        <Link to="/cases" className="text-key-800 underline">ケース一覧へ戻る</Link>
      </>
    );
  }
  const s = c.subject;
  const open = c.status !== 'CLOSED' && c.status !== 'TRANSFERRED';
  return (
    <>
      <PageTitle title={`ケース ${c.caseNumber}`}>ケース {c.caseNumber}</PageTitle>
      {opened && <Notice>ケース {opened} を受け付けました。</Notice>}
      <FormErrors messages={[describeError(error)]} />
      <p className="mb-6 text-std-16N-170">
        <span className="mr-4 rounded-4 border border-key-800 px-2 py-1 text-dns-16B-130 text-key-900">状態：{label('CaseStatus', c.status)}</span>
        受付日 {c.openedOn}{c.closedOn ? `／終結日 ${c.closedOn}` : ''}{c.closureReason ? `（${label('ClosureReason', c.closureReason)}）` : ''}
        {c.transferredTo ? `／移管先 ${c.transferredTo}` : ''}{c.transferredFrom ? `／移管元 ${c.transferredFrom}` : ''}
      </p>
      {c.purged && <Notice>保存期間が過ぎたため、個人情報は削除されています。</Notice>}

      <Section title="本人">
        {s ? (
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="text-dns-16B-130">氏名</dt><dd>{s.name ?? '（未確認）'}</dd>
            <dt className="text-dns-16B-130">ふりがな</dt><dd>{s.kana ?? '—'}</dd>
            <dt className="text-dns-16B-130">生まれ年・年代</dt><dd>{s.birthYear ?? '—'}／{label('AgeBand', s.ageBand)}</dd>
            <dt className="text-dns-16B-130">性別</dt><dd>{label('Gender', s.gender)}</dd>
            <dt className="text-dns-16B-130">電話・メール</dt><dd>{s.phone ?? '—'}／{s.email ?? '—'}</dd>
            <dt className="text-dns-16B-130">住所</dt><dd>{s.address ?? '—'}</dd>
            <dt className="text-dns-16B-130">相談の経路</dt><dd>{label('ReferralSource', c.referralSource)}</dd>
            <dt className="text-dns-16B-130">ひきこもり期間</dt><dd>{label('WithdrawalDuration', c.withdrawalDuration)}</dd>
            <dt className="text-dns-16B-130">困りごと</dt><dd>{c.concerns.map((x) => label('Concern', x)).join('、') || '—'}</dd>
            <dt className="text-dns-16B-130">担当者</dt><dd>{c.assignedTo ?? '—'}</dd>
            {c.notes && (<><dt className="text-dns-16B-130">受付メモ</dt><dd className="whitespace-pre-wrap">{c.notes}</dd></>)}
          </dl>
        ) : <p>本人の情報はありません。</p>}
      </Section>

      <Section title="世帯">
        <p className="mb-2">{c.household?.is8050 ? '8050世帯に該当します。' : '8050世帯には該当しません。'}</p>
        {c.household?.members.length ? (
          <ul className="list-disc pl-6">
            {c.household.members.map((m, i) => (
              <li key={i}>{m.relationship}{m.name ? `：${m.name}` : ''}{m.birthYear ? `（${m.birthYear}年生まれ）` : m.ageBand ? `（${label('AgeBand', m.ageBand)}）` : ''}{m.notes ? ` ${m.notes}` : ''}</li>
            ))}
          </ul>
        ) : <p>家族の登録はありません。</p>}
      </Section>

      <CaseWork caseId={c.id} open={open} />
      <ContactTimeline caseId={c.id} contacts={c.contacts} open={open} onPage={setAfter} atFirst={after === null} />
      <Referrals caseId={c.id} referrals={c.referrals} open={open} />
      <Consents caseId={c.id} consents={c.consents} open={open} />
      <Consultations caseId={c.id} consultations={c.consultations} open={open} hasConsent={c.consents.some((x) => x.isInForce && x.purpose === 'PREFECTURAL_CONSULTATION')} />
      {c.status !== 'TRANSFERRED' && !c.purged && <Reassign caseId={c.id} assignedTo={c.assignedTo} subject={subject} roles={roles} />}
      <StatusAndClosing c={c} roles={roles} />
      {!c.purged && c.status !== 'TRANSFERRED' && <CaseHistory caseId={c.id} />}
    </>
  );
}
