import { useState } from 'react';
import { useQuery } from 'urql';
import type { CaseStatisticsFieldsFragment } from '../gql/graphql';
import { fiscalYearLabel, label, type EnumName } from '../labels';
import { describeError } from '../shell/errors';
import { RoleGate } from '../shell/StaffShell';
import { Field, FormErrors, Loading, PageTitle, Section, Select, Table, Td, fiscalYearOf, todayInJapan } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { BarsChart } from './charts';
import { TenantCaseStatistics } from './documents';

const months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] as const;

/** `/statistics`: the tenant's case counters month by month, as charts and tables. */
export default function StatisticsPage() {
  const { roles } = useStaff();
  const thisYear = fiscalYearOf(todayInJapan());
  const [fiscalYear, setFiscalYear] = useState(thisYear);
  const [{ data, fetching, error }] = useQuery({ query: TenantCaseStatistics, variables: { fiscalYear } });

  const monthly = data ? months.map((m) => ({ month: `${m}月`, stats: data[`m${m}`] as CaseStatisticsFieldsFragment })) : [];
  const rows = monthly.map(({ month, stats }) => ({ month, newCases: stats.newCases, activeCases: stats.activeCases, households8050: stats.households8050, contacts: stats.contactsByChannel.reduce((n, c) => n + c.count, 0) }));

  return (
    <RoleGate roles={roles} allowed={['Supervisor', 'TenantAdmin']}>
      <PageTitle title="統計">統計</PageTitle>
      <Field label="年度">
        {(a) => (
          <Select {...a} value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))} className="max-w-xs">
            {[0, 1, 2, 3].map((d) => <option key={d} value={thisYear - d}>{fiscalYearLabel(thisYear - d)}</option>)}
          </Select>
        )}
      </Field>
      <FormErrors messages={[describeError(error)]} />
      {fetching && !data ? <Loading /> : data && (
        <>
          <Section title="月ごとの件数">
            <BarsChart title="新規ケース数と相談・支援記録数（月別）" data={rows} xKey="month"
              series={[{ key: 'newCases', name: '新規ケース' }, { key: 'contacts', name: '相談・支援記録' }]} />
            <Table caption="月ごとの件数" head={['月', '新規ケース', '月末の支援中ケース', 'うち8050世帯（新規）', '相談・支援記録']}>
              {rows.map((r) => (
                <tr key={r.month}><Td>{r.month}</Td><Td>{r.newCases}</Td><Td>{r.activeCases}</Td><Td>{r.households8050}</Td><Td>{r.contacts}</Td></tr>
              ))}
              <tr className="font-bold"><Td>年度計</Td><Td>{data.year.newCases}</Td><Td>{data.year.activeCases}</Td><Td>{data.year.households8050}</Td><Td>{data.year.contactsByChannel.reduce((n, c) => n + c.count, 0)}</Td></tr>
            </Table>
          </Section>
          <Breakdown title="相談・支援記録（方法別・年度）" enumName="ContactChannel" items={data.year.contactsByChannel.map((x) => ({ key: x.channel, count: x.count }))} />
          <Breakdown title="新規ケース（年代別・年度）" enumName="AgeBand" items={data.year.newCasesByAgeBand.map((x) => ({ key: x.ageBand, count: x.count }))} />
          <Breakdown title="新規ケース（性別・年度）" enumName="Gender" items={data.year.newCasesByGender.map((x) => ({ key: x.gender, count: x.count }))} />
          <Breakdown title="つなぎ先（年度）" enumName="ReferralDestination" items={data.year.referralsByDestination.map((x) => ({ key: x.destination, count: x.count }))} />
          <Breakdown title="終結の理由（年度）" enumName="ClosureReason" items={data.year.closuresByReason.map((x) => ({ key: x.reason, count: x.count }))} />
        </>
      )}
    </RoleGate>
  );
}

function Breakdown({ title, enumName, items }: { title: string; enumName: EnumName; items: { key: string; count: number }[] }) {
  const rows = items.map((i) => ({ name: label(enumName, i.key as never), count: i.count }));
  return (
    <Section title={title}>
      {rows.length === 0 ? <p>この年度の件数はありません。</p> : (
        <div className="grid gap-6 lg:grid-cols-2">
          <BarsChart title={title} data={rows} xKey="name" series={[{ key: 'count', name: '件数' }]} height={240} />
          <Table caption={title} head={['区分', '件数']}>
            {rows.map((r) => <tr key={r.name}><Td>{r.name}</Td><Td>{r.count}</Td></tr>)}
          </Table>
        </div>
      )}
    </Section>
  );
}
