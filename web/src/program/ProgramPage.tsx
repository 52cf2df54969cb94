import { useState } from 'react';
import { useQuery } from 'urql';
import { fiscalYearLabel, label } from '../labels';
import { describeError } from '../shell/errors';
import { isPrefectureCode } from '../shell/navigation';
import { RoleGate } from '../shell/StaffShell';
import { Field, FormErrors, Loading, PageTitle, Section, Select, Table, Td, fiscalYearOf, todayInJapan } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { TenantProgram } from './documents';
import { DesignateForm, RequestStatusForm } from './ProgramForms';
import { HostedSupportSections, RetentionForm } from './TenantAdminSections';

/** Mutations of these types refetch the screen (a stable object: a new one each render would refetch forever). */
const refetchOn = { additionalTypenames: ['Program', 'MunicipalRequestStatus'] };

/** `/program`: the tenant's program per fiscal year, the tier's required functions, what is missing, history, request status. */
export default function ProgramPage() {
  const { roles, tenant } = useStaff();
  const thisYear = fiscalYearOf(todayInJapan());
  const [fiscalYear, setFiscalYear] = useState(thisYear);
  const isPrefecture = isPrefectureCode(tenant);
  const [{ data, fetching, error }] = useQuery({
    query: TenantProgram,
    variables: { code: tenant ?? '', isPrefecture, fiscalYear },
    pause: !tenant || tenant === 'nation',
    context: refetchOn,
  });
  const area = isPrefecture ? data?.prefecture : data?.municipality;
  const program = area?.program;
  const years = Array.from({ length: thisYear - 2019 }, (_, i) => thisYear + 1 - i);

  return (
    <RoleGate roles={roles} allowed={['TenantAdmin']}>
      <PageTitle title="事業の実施状況">事業の実施状況</PageTitle>
      <Field label="年度">
        {(a) => (
          <Select {...a} value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))} className="max-w-xs">
            {years.map((y) => <option key={y} value={y}>{fiscalYearLabel(y)}</option>)}
          </Select>
        )}
      </Field>
      <FormErrors messages={[describeError(error)]} />
      {fetching && !data ? <Loading /> : area && (
        <>
          <Section title={`${fiscalYearLabel(fiscalYear)}の事業`}>
            {program ? (
              <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
                <dt className="text-dns-16B-130">事業</dt><dd>{label('ProgramTier', program.tier)}</dd>
                <dt className="text-dns-16B-130">運営</dt><dd>{program.operator ? `${label('OperatorKind', program.operator.kind)}${program.operator.name ? `（${program.operator.name}）` : ''}` : '—'}</dd>
                <dt className="text-dns-16B-130">実施する機能</dt><dd>{program.functionsKnown ? program.functions.map((f) => label('SupportFunction', f)).join('、') || '—' : '公表されていません'}</dd>
                <dt className="text-dns-16B-130">この事業に必要な機能</dt><dd>{program.requiredFunctions.map((f) => label('SupportFunction', f)).join('、')}</dd>
                <dt className="text-dns-16B-130">足りない機能</dt>
                <dd className={program.missingFunctions.length ? 'font-bold text-error-2' : ''}>{program.missingFunctions.length ? program.missingFunctions.map((f) => label('SupportFunction', f)).join('、') : 'ありません（要件を満たしています）'}</dd>
                <dt className="text-dns-16B-130">都道府県の立ち上げ支援</dt><dd>{program.prefecturalStartupSupport ? 'あり' : 'なし'}</dd>
              </dl>
            ) : <p>この年度の事業は指定されていません。</p>}
          </Section>
          {area.tierDelivery && (
            <Section title="記録から見た機能の実施">
              {area.tierDelivery.flagged && <p role="alert" className="mb-4 font-bold text-error-2">年度が終わりましたが、必要な機能の実施記録がありません。</p>}
              <Table caption="機能ごとの実施記録" head={['機能', '実施', '記録の件数']}>
                {area.functionDelivery.map((d) => (
                  <tr key={d.function}><Td>{label('SupportFunction', d.function)}</Td><Td>{d.delivered ? '実施' : '記録なし'}</Td><Td>{d.evidenceCount}</Td></tr>
                ))}
              </Table>
            </Section>
          )}
          <DesignateForm key={`${fiscalYear}-${program?.tier ?? ''}`} tenant={tenant!} isPrefecture={isPrefecture} fiscalYear={fiscalYear} current={program ?? null} />
          {!isPrefecture && data?.municipality && (
            <RequestStatusForm key={`rs-${fiscalYear}-${JSON.stringify(data.municipality.requestStatus)}`} tenant={tenant!} fiscalYear={fiscalYear} current={data.municipality.requestStatus ?? null} />
          )}
          {!isPrefecture && data?.municipality && (
            <Section title="これまでの事業">
              <Table caption="これまでの事業" head={['年度', '事業', '運営', '要件']}>
                {data.municipality.programs.map((p) => (
                  <tr key={p.fiscalYear}>
                    <Td>{fiscalYearLabel(p.fiscalYear)}</Td><Td>{label('ProgramTier', p.tier)}</Td>
                    <Td>{p.operator ? label('OperatorKind', p.operator.kind) : '—'}</Td>
                    <Td>{p.meetsTierRequirements ? '満たしている' : `不足：${p.missingFunctions.map((f) => label('SupportFunction', f)).join('、')}`}</Td>
                  </tr>
                ))}
              </Table>
              {data.municipality.programs.length === 0 && <p className="mt-2">事業の記録はありません。</p>}
            </Section>
          )}
          {!isPrefecture && data?.municipality && <HostedSupportSections tenant={tenant!} />}
          <RetentionForm />
        </>
      )}
    </RoleGate>
  );
}
