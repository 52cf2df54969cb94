import { useState } from 'react';
import { useQuery } from 'urql';
import { fiscalYearLabel, label } from '../labels';
import { describeError } from '../shell/errors';
import { isPrefectureCode } from '../shell/navigation';
import { RoleGate } from '../shell/StaffShell';
import { Field, FormErrors, Loading, PageTitle, Pager, Section, Select, Table, Td, fiscalYearOf, todayInJapan } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { TenantActivities } from './documents';
import RecordActivityForm from './RecordActivityForm';
import PlannedActivities from './PlannedActivities';
import { PlacesSection, DeskSection, WithdrawButton } from './PlacesAndDesk';

/** Mutations of these types refetch the screen (a stable object: a new one each render would refetch forever). */
const refetchOn = { additionalTypenames: ['Activity', 'PlannedActivity', 'PlaceOfBelonging', 'ConsultationDesk'] };

const allowed = ['Caseworker', 'Supervisor', 'TenantAdmin', 'PrefecturalOfficer'];

/** `/activities`: record an activity, places of belonging, the consultation desk. */
export default function ActivitiesPage() {
  const { roles, tenant } = useStaff();
  const thisYear = fiscalYearOf(todayInJapan());
  const [fiscalYear, setFiscalYear] = useState(thisYear);
  const [after, setAfter] = useState<string | null>(null);
  const isPrefecture = isPrefectureCode(tenant);
  const [{ data, fetching, error }] = useQuery({
    query: TenantActivities,
    variables: { code: tenant ?? '', isPrefecture, fiscalYear, after },
    pause: !tenant || tenant === 'nation',
    context: refetchOn,
  });
  const area = isPrefecture ? data?.prefecture : data?.municipality;
  const mayWithdraw = roles.some((r) => ['Supervisor', 'TenantAdmin', 'PrefecturalOfficer'].includes(r));

  return (
    <RoleGate roles={roles} allowed={allowed}>
      <PageTitle title="活動記録・相談窓口">活動記録・相談窓口</PageTitle>
      <FormErrors messages={[describeError(error)]} />
      <RecordActivityForm places={(area?.placesOfBelonging ?? []).filter((p) => !p.closedOn)} />
      <Section title="記録した活動">
        <Field label="年度">
          {(a) => (
            <Select {...a} value={fiscalYear} onChange={(e) => { setFiscalYear(Number(e.target.value)); setAfter(null); }} className="max-w-xs">
              {[0, 1, 2, 3].map((d) => <option key={d} value={thisYear - d}>{fiscalYearLabel(thisYear - d)}</option>)}
            </Select>
          )}
        </Field>
        {fetching && !data ? <Loading /> : area && (
          <>
            <Table caption="記録した活動" head={['開催日', '種類', '参加者', '内容', ...(mayWithdraw ? [<span key="op" className="sr-only">操作</span>] : [])]}>
              {area.activities.nodes.map((a) => (
                <tr key={a.id}>
                  <Td>{a.heldOn}</Td>
                  <Td>{label('ActivityKind', a.kind)}</Td>
                  <Td>{a.survey ? `回答 ${a.survey.responses}件` : a.trainees.length ? `研修生 ${a.trainees.reduce((n, t) => n + t.count, 0)}人` : `${a.participants}人${a.firstTimeParticipants != null ? `（うち初参加 ${a.firstTimeParticipants}人）` : ''}`}</Td>
                  <Td>
                    {a.placeId && (area.placesOfBelonging.find((p) => p.id === a.placeId)?.name ?? '居場所')}
                    {a.agenciesPresent != null && `参加機関 ${a.agenciesPresent}`}{a.municipalPlatform && '（市町村プラットフォーム）'}
                    {a.familySeminar && '家族セミナー'}
                    {a.survey && `${label('SurveyMethod', a.survey.method)}${a.survey.publishedOn ? `・公表 ${a.survey.publishedOn}` : ''}`}
                    {a.trainees.map((t) => `${label('AgencyType', t.agencyType)} ${t.count}人`).join('、')}
                  </Td>
                  {mayWithdraw && <Td><WithdrawButton activityId={a.id} what={`${a.heldOn}の${label('ActivityKind', a.kind)}`} /></Td>}
                </tr>
              ))}
            </Table>
            {area.activities.nodes.length === 0 && <p className="mt-2">この年度の記録はまだありません。</p>}
            <Pager pageInfo={area.activities.pageInfo} totalCount={area.activities.totalCount} shown={area.activities.nodes.length}
              atFirst={after === null} onFirst={() => setAfter(null)} onNext={setAfter} />
          </>
        )}
      </Section>
      <PlannedActivities planned={area?.plannedActivities ?? []} places={area?.placesOfBelonging ?? []} mayPlan={roles.some((r) => allowed.includes(r))} />
      <PlacesSection places={area?.placesOfBelonging ?? []} mayRegister={mayWithdraw} />
      <DeskSection key={area?.consultationDesk?.name ?? (area ? "none" : "loading")} desk={area?.consultationDesk ?? null} maySet={roles.includes('TenantAdmin') || roles.includes('PrefecturalOfficer')} />
    </RoleGate>
  );
}
