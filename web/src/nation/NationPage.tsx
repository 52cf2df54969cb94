import { useState } from 'react';
import { useQuery } from 'urql';
import type { ProgramSummaryFieldsFragment } from '../gql/graphql';
import { fiscalYearLabel, label } from '../labels';
import { describeError } from '../shell/errors';
import { RoleGate } from '../shell/StaffShell';
import { Field, FormErrors, Loading, PageTitle, Section, Select, Table, Td, fiscalYearOf, todayInJapan } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { BarsChart } from '../statistics/charts';
import { NationOverview } from './documents';

const officialYears = [2020, 2021, 2022, 2023] as const;

/** `/nation`: program counts by tier beside the official tables, request status, satellites, suppressed statistics, CSV. */
export default function NationPage() {
  const { roles } = useStaff();
  const thisYear = fiscalYearOf(todayInJapan());
  const [fiscalYear, setFiscalYear] = useState(thisYear - 1);
  const [{ data, fetching, error }] = useQuery({ query: NationOverview, variables: { fiscalYear } });
  const n = data?.nation;
  const years = Array.from({ length: thisYear - 2019 }, (_, i) => thisYear - i);

  const ours: Record<number, ProgramSummaryFieldsFragment | undefined> = n ? { 2020: n.p2020, 2021: n.p2021, 2022: n.p2022, 2023: n.p2023 } : {};
  const comparison = officialYears.map((y) => {
    const official = n?.officialProgramCounts.find((o) => o.fiscalYear === y);
    return { year: `${y}年度`, official: official?.total ?? null, platform: ours[y]?.total ?? null };
  });

  return (
    <RoleGate roles={roles} allowed={['NationalAnalyst']}>
      <PageTitle title="全国の状況">全国の状況</PageTitle>
      <FormErrors messages={[describeError(error)]} />
      {fetching && !data ? <Loading /> : n && (
        <>
          <Section title="事業数（公表値とプラットフォームの記録）">
            <BarsChart title="事業の合計数（年度別）" data={comparison} xKey="year"
              series={[{ key: 'official', name: '国の公表値' }, { key: 'platform', name: 'プラットフォームの記録' }]} />
            <Table caption="事業の種類別の数" head={['年度', '出典', '都道府県センター', '市町村センター', label('ProgramTier', 'SUPPORT_STATION'), label('ProgramTier', 'SUPPORT_PROJECT'), '合計']}>
              {officialYears.flatMap((y) => {
                const o = n.officialProgramCounts.find((x) => x.fiscalYear === y);
                const p = ours[y];
                return [
                  <tr key={`${y}-o`}><Td>{fiscalYearLabel(y)}</Td><Td>公表値</Td><Td>{o?.prefectureCenters ?? '—'}</Td><Td>{o?.municipalCenters ?? '—'}</Td><Td>{o?.supportStations ?? '—'}</Td><Td>{o?.supportProjects ?? '—'}</Td><Td>{o?.total ?? '—'}</Td></tr>,
                  <tr key={`${y}-p`}><Td>{fiscalYearLabel(y)}</Td><Td>記録</Td><Td>{p?.prefectureCenters}</Td><Td>{p?.municipalCenters}</Td><Td>{p?.supportStations}</Td><Td>{p?.supportProjects}</Td><Td>{p?.total}</Td></tr>,
                ];
              })}
            </Table>
            <p className="mt-2 text-dns-14N-130">市町村センターには指定都市のセンターを含みます（国の表と同じ）。</p>
          </Section>
          <Section title="国からの3つの要請への対応（公表値）">
            <Table caption="要請への対応（公表値）" head={['年度', '市町村数', '相談窓口の明確化', '相談窓口の周知', '実態把握', '市町村プラットフォーム', '備考']}>
              {n.officialRequestStatus.map((r) => (
                <tr key={r.fiscalYear}><Td>{fiscalYearLabel(r.fiscalYear)}</Td><Td>{r.municipalities}</Td><Td>{r.deskClarified}</Td><Td>{r.deskPublicized}</Td><Td>{r.factFindingSurvey}</Td><Td>{r.municipalPlatform}</Td><Td>{r.note ?? ''}</Td></tr>
              ))}
            </Table>
          </Section>
          <Field label="記録を見る年度">
            {(a) => (
              <Select {...a} value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))} className="max-w-xs">
                {years.map((y) => <option key={y} value={y}>{fiscalYearLabel(y)}</option>)}
              </Select>
            )}
          </Field>
          <Section title={`プラットフォームの記録（${fiscalYearLabel(fiscalYear)}）`}>
            <Table caption="事業と要請への対応" head={['事業の合計', '市町村数', '相談窓口の明確化', '相談窓口の周知', '実態把握', '市町村プラットフォーム']}>
              <tr><Td>{n.current.total}</Td><Td>{n.requestStatus.municipalities}</Td><Td>{n.requestStatus.deskClarified}</Td><Td>{n.requestStatus.deskPublicized}</Td><Td>{n.requestStatus.factFindingSurvey}</Td><Td>{n.requestStatus.municipalPlatform}</Td></tr>
            </Table>
          </Section>
          <Section title="サテライト">
            <p className="mb-2">設置予定 {n.satelliteSummary.planned}／運営中 {n.satelliteSummary.operating}／移行済み {n.satelliteSummary.transitioned}／廃止 {n.satelliteSummary.closed}</p>
            {n.satelliteSummary.prefectures.length > 0 && (
              <Table caption="都道府県別のサテライト" head={['都道府県', label('SatelliteStatus', 'PLANNED'), label('SatelliteStatus', 'OPERATING'), label('SatelliteStatus', 'TRANSITIONED'), label('SatelliteStatus', 'CLOSED')]}>
                {n.satelliteSummary.prefectures.map((p) => (
                  <tr key={p.prefecture.code}><Td>{p.prefecture.name}</Td><Td>{p.planned}</Td><Td>{p.operating}</Td><Td>{p.transitioned}</Td><Td>{p.closed}</Td></tr>
                ))}
              </Table>
            )}
            {n.satelliteSummary.transitionsByFiscalYear.length > 0 && (
              <p className="mt-2">移行：{n.satelliteSummary.transitionsByFiscalYear.map((t) => `${fiscalYearLabel(t.fiscalYear)} ${t.transitions}件`).join('、')}</p>
            )}
          </Section>
          <Section title={`相談と活動の統計（${fiscalYearLabel(fiscalYear)}・公表値）`}>
            <p className="mb-4 text-dns-16N-130">少数のため非表示の値は「&lt;5」、他の値から計算できてしまう値は「X」と表示します（秘匿）。</p>
            <Table caption="全国の相談の統計" head={['新規ケース', '相談・支援記録', '支援中ケース', '訪問（アウトリーチ）']}>
              <tr>
                <Td>{n.statistics.consultations.newCases.text}</Td><Td>{n.statistics.consultations.contacts.text}</Td>
                <Td>{n.statistics.consultations.activeCases.text}</Td><Td>{n.statistics.consultations.outreachVisits.text}</Td>
              </tr>
            </Table>
            <div className="mt-6">
              <Table caption="全国の活動の統計" head={['活動', '開催回数', '参加者', 'うち初参加']}>
                {n.statistics.activities.map((a) => (
                  <tr key={a.kind}><Td>{label('ActivityKind', a.kind)}</Td><Td>{a.sessions}</Td><Td>{a.participants.text}</Td><Td>{a.firstTimeParticipants.text}</Td></tr>
                ))}
              </Table>
            </div>
            <details className="mt-6">
              <summary className="cursor-pointer text-std-16B-170 text-key-800 underline">都道府県別の相談の統計</summary>
              <Table caption="都道府県別の相談の統計" head={['都道府県', '新規ケース', '相談・支援記録', '支援中ケース', '訪問（アウトリーチ）']}>
                {n.prefectureStatistics.map((p) => (
                  <tr key={p.prefecture.code}>
                    <Td>{p.prefecture.name}</Td><Td>{p.statistics.consultations.newCases.text}</Td><Td>{p.statistics.consultations.contacts.text}</Td>
                    <Td>{p.statistics.consultations.activeCases.text}</Td><Td>{p.statistics.consultations.outreachVisits.text}</Td>
                  </tr>
                ))}
              </Table>
            </details>
          </Section>
          <Section title="CSVダウンロード">
            <ul className="list-disc space-y-1 pl-6">
              <li><a className="text-key-800 underline" href={`/statistics/national-program-counts.csv?fiscalYear=${fiscalYear}`} download>事業数（{fiscalYearLabel(fiscalYear)}・CSV）</a></li>
              <li><a className="text-key-800 underline" href={`/statistics/national-request-status.csv?fiscalYear=${fiscalYear}`} download>要請への対応（{fiscalYearLabel(fiscalYear)}・CSV）</a></li>
              <li><a className="text-key-800 underline" href={`/statistics/national-activities.csv?fiscalYear=${fiscalYear}`} download>都道府県別の活動の統計（{fiscalYearLabel(fiscalYear)}・CSV）</a></li>
            </ul>
          </Section>
        </>
      )}
    </RoleGate>
  );
}
