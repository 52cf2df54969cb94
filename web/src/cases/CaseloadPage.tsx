import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { describeError } from '../shell/errors';
import { RoleGate } from '../shell/StaffShell';
import { FormErrors, Loading, PageTitle, Section, Table, Td } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { Caseload } from './documents';

const linkLook = 'text-key-800 underline focus-visible:outline-4 focus-visible:outline-black';

/** A count that opens the case list filtered the same way (nothing to open for 0). */
function CountLink({ count, worker, days, label }: { count: number; worker: string | null | undefined; days?: number; label: string }) {
  if (count === 0 || !worker) return <>{count}</>;
  const query = new URLSearchParams({ worker });
  if (days) query.set('noContactDays', String(days));
  return <Link to={`/cases?${query.toString()}`} className={linkLook} aria-label={`${worker}の${label} ${count}件を一覧で見る`}>{count}</Link>;
}

/** `/cases/caseload` (Supervisor): per worker, open cases, cases without contact for 30/60/90 days, overdue tasks. */
export default function CaseloadPage() {
  const { roles, subject } = useStaff();
  const [{ data, fetching, error }] = useQuery({ query: Caseload, requestPolicy: 'cache-and-network' });
  const rows = data?.caseload ?? [];
  return (
    <RoleGate roles={roles} allowed={['Supervisor']}>
      <PageTitle title="担当状況">担当状況</PageTitle>
      <p className="mb-4 text-std-16N-170">担当者ごとの対応中のケース数と、最後の相談・支援記録（記録がなければ受付日）から日数がたったケース、期限切れのフォローアップの数です。数字を選ぶとそのケースの一覧を開きます。</p>
      <FormErrors messages={[describeError(error)]} />
      {fetching && !data ? <Loading /> : (
        <Section title="担当者別の状況">
          {rows.length === 0 ? <p>対応中のケースはありません。</p> : (
            <Table caption="担当者別の状況" head={['担当者', '対応中', '30日以上連絡なし', '60日以上連絡なし', '90日以上連絡なし', '期限切れのフォローアップ']}>
              {rows.map((r) => (
                <tr key={r.worker ?? '(none)'}>
                  <Td>{r.worker ? (r.worker === subject ? `${r.worker}（自分）` : r.worker) : '（担当者なし）'}</Td>
                  <Td><CountLink count={r.openCases} worker={r.worker} label="対応中のケース" /></Td>
                  <Td className={r.noContact30Days > 0 ? 'font-bold' : ''}><CountLink count={r.noContact30Days} worker={r.worker} days={30} label="30日以上連絡のないケース" /></Td>
                  <Td className={r.noContact60Days > 0 ? 'font-bold' : ''}><CountLink count={r.noContact60Days} worker={r.worker} days={60} label="60日以上連絡のないケース" /></Td>
                  <Td className={r.noContact90Days > 0 ? 'font-bold text-error-2' : ''}><CountLink count={r.noContact90Days} worker={r.worker} days={90} label="90日以上連絡のないケース" /></Td>
                  <Td className={r.tasksOverdue > 0 ? 'font-bold text-error-2' : ''}>{r.tasksOverdue}</Td>
                </tr>
              ))}
            </Table>
          )}
          <p className="mt-2 text-dns-14N-130 text-solid-gray-700">一覧には終結したケースも含まれることがあります（対応中の数は受付・支援中・見守りのケースです）。</p>
        </Section>
      )}
    </RoleGate>
  );
}
