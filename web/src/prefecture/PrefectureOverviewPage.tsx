import { useState } from 'react';
import { useQuery } from 'urql';
import { fiscalYearLabel, label } from '../labels';
import { describeError } from '../shell/errors';
import { Field, FormErrors, Loading, PageTitle, Pager, Section, Select, Table, Td, fiscalYearOf, todayInJapan } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { PrefectureOverview } from './documents';

/** `/prefecture`: the prefecture's municipalities by tier and year, those without a program, flagged programs. */
export default function PrefectureOverviewPage() {
  const { tenant } = useStaff();
  const thisYear = fiscalYearOf(todayInJapan());
  const [fiscalYear, setFiscalYear] = useState(thisYear);
  const [after, setAfter] = useState<string | null>(null);
  const code = tenant ?? '';
  const [{ data, fetching, error }] = useQuery({
    query: PrefectureOverview,
    variables: { code, prefectureCode: code.slice(0, 2), fiscalYear, endedYear: Math.min(fiscalYear, thisYear - 1), after },
    pause: !tenant,
  });
  const p = data?.prefecture;
  const years = Array.from({ length: thisYear - 2019 }, (_, i) => thisYear - i);

  return (
    <>
      <PageTitle title="管内の状況">管内の状況{p ? `（${p.name}）` : ''}</PageTitle>
      <Field label="年度">
        {(a) => (
          <Select {...a} value={fiscalYear} onChange={(e) => { setFiscalYear(Number(e.target.value)); setAfter(null); }} className="max-w-xs">
            {years.map((y) => <option key={y} value={y}>{fiscalYearLabel(y)}</option>)}
          </Select>
        )}
      </Field>
      <FormErrors messages={[describeError(error)]} />
      {fetching && !data ? <Loading /> : p && data && (
        <>
          <Section title="事業の種類ごとの市町村">
            <Table caption="事業の種類ごとの市町村" head={['事業', '市町村数', '市町村']}>
              {([['REGIONAL_SUPPORT_CENTER', data.centers], ['SUPPORT_STATION', data.stations], ['SUPPORT_PROJECT', data.projects]] as const).map(([tier, list]) => (
                <tr key={tier}>
                  <Td>{label('ProgramTier', tier)}</Td>
                  <Td>{list.totalCount}</Td>
                  <Td>{list.nodes.map((m) => m.name).join('、') || '—'}</Td>
                </tr>
              ))}
            </Table>
            <p className="mt-2 text-dns-16N-130">都道府県のセンター {p.programSummary.prefectureCenters}／合計 {p.programSummary.total} 事業</p>
          </Section>
          <Section title="国からの要請への対応（管内）">
            <Table caption="要請への対応" head={['市町村数', '相談窓口の明確化', '相談窓口の周知', '実態把握', '市町村プラットフォーム']}>
              <tr>
                <Td>{p.requestStatus.municipalities}</Td><Td>{p.requestStatus.deskClarified}</Td><Td>{p.requestStatus.deskPublicized}</Td>
                <Td>{p.requestStatus.factFindingSurvey}</Td><Td>{p.requestStatus.municipalPlatform}</Td>
              </tr>
            </Table>
          </Section>
          <Section title="事業を実施していない市町村">
            <p className="mb-2">サテライトの設置や準備支援を検討する市町村です。</p>
            <ul className="grid list-disc gap-x-6 pl-6 sm:grid-cols-3">
              {p.municipalitiesWithoutProgram.nodes.map((m) => <li key={m.code}>{m.name}<span className="sr-only">（{m.kana}）</span></li>)}
            </ul>
            <Pager pageInfo={p.municipalitiesWithoutProgram.pageInfo} totalCount={p.municipalitiesWithoutProgram.totalCount} shown={p.municipalitiesWithoutProgram.nodes.length}
              atFirst={after === null} onFirst={() => setAfter(null)} onNext={setAfter} />
          </Section>
          <Section title={`要件を満たす記録がない事業（${fiscalYearLabel(Math.min(fiscalYear, thisYear - 1))}）`}>
            {p.flaggedPrograms.length === 0 ? <p>該当する事業はありません。</p> : (
              <Table caption="要件を満たす記録がない事業" head={['市町村', '事業', '記録のない必要な機能']}>
                {p.flaggedPrograms.map((f) => (
                  <tr key={f.municipality.code}>
                    <Td>{f.municipality.name}</Td><Td>{label('ProgramTier', f.delivery.tier)}</Td>
                    <Td>{f.delivery.undeliveredRequiredFunctions.map((x) => label('SupportFunction', x)).join('、')}</Td>
                  </tr>
                ))}
              </Table>
            )}
          </Section>
        </>
      )}
    </>
  );
}
