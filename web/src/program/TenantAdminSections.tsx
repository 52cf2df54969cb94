import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { HostedSatellitesQuery as HostedData, MunicipalityPreparationGrantsQuery as GrantData } from '../gql/graphql';
import { describeError } from '../shell/errors';
import { fiscalYearLabel, label } from '../labels';
import { Button, Field, FormErrors, Input, Notice, Section, Table, Td } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { HostedSatellitesQuery, PreparationGrantsQuery, SetRetention } from './documents';



/** How many years after closing a case's personal data is purged (1–30). */
export function RetentionForm() {
  const [, save] = useMutation(SetRetention);
  const errors = useUserErrors(['years']);
  const id = useRef(crypto.randomUUID());
  const [years, setYears] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const n = years.trim() === '' ? NaN : Number(years);
    if (!Number.isInteger(n)) {
      errors.take({}, { errors: [{ code: 'RETENTION_OUT_OF_RANGE', message: '1〜30の整数で入力してください。', field: ['input', 'years'] }] });
      return;
    }
    const result = await save({ input: { clientMutationId: id.current, years: n } });
    if (errors.take(result, result.data?.setRetention)) setSaved(result.data?.setRetention.retentionYears ?? n);
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  return (
    <Section title="ケース記録の保存期間">
      <p className="mb-4 text-std-16N-170">終結したケースの個人情報は、終結からこの年数が過ぎると消去されます（件数の集計は残ります）。設定するまでは消去されません。</p>
      {saved != null && <Notice>保存期間を{saved}年にしました。</Notice>}
      <form onSubmit={submit} noValidate aria-label="保存期間の設定">
        <FormErrors messages={errors.general} />
        <Field label="保存期間（年）" required hint="1〜30の整数" errors={errors.byField.years}>
          {(a) => <Input {...a} inputMode="numeric" value={years} onChange={(e) => setYears(e.target.value)} className="max-w-xs" />}
        </Field>
        <Button type="submit">保存期間を設定</Button>
      </form>
    </Section>
  );
}

/** The prefecture's satellites in the municipality and the preparation support it was granted. */
export function HostedSupportSections({ tenant }: { tenant: string }) {
  const [sat] = useQuery({ query: HostedSatellitesQuery, variables: { code: tenant } });
  const [grants] = useQuery({ query: PreparationGrantsQuery, variables: { code: tenant } });
  return (
    <>
      <FormErrors messages={[describeError(sat.error), describeError(grants.error)]} />
      {sat.data?.municipality && <HostedSatellites satellites={sat.data.municipality.hostedSatellites} />}
      {grants.data?.municipality && <PreparationGrants grants={grants.data.municipality.preparationGrants} />}
    </>
  );
}

/** The prefecture's satellites in this municipality, with their alerts. */
function HostedSatellites({ satellites }: { satellites: NonNullable<HostedData['municipality']>['hostedSatellites'] }) {
  return (
    <Section title="市内のサテライト（都道府県センターのサテライト）">
      {satellites.length === 0 ? <p>サテライトはありません。</p> : (
        <Table caption="市内のサテライト" head={['状況', '設置日', '移行予定日', '移行・廃止', 'お知らせ']}>
          {satellites.map((s) => (
            <tr key={s.id}>
              <Td>{label('SatelliteStatus', s.status)}</Td>
              <Td>{s.establishedOn}</Td>
              <Td className={s.isOverdue ? 'font-bold text-error-2' : ''}>
                {s.plannedTransitionOn}{s.isOverdue ? '（超過）' : s.daysUntilTransition != null ? `（あと${s.daysUntilTransition}日）` : ''}
              </Td>
              <Td>{s.transitionedOn ? `移行 ${s.transitionedOn}` : s.closedOn ? `廃止 ${s.closedOn}` : '—'}</Td>
              <Td>{s.alerts.length === 0 ? '—' : s.alerts.map((a) => `${a.raisedOn} ${label('SatelliteAlertKind', a.kind)}`).join('、')}</Td>
            </tr>
          ))}
        </Table>
      )}
    </Section>
  );
}

/** The preparation support granted to this municipality and whether its condition was met. */
function PreparationGrants({ grants }: { grants: NonNullable<GrantData['municipality']>['preparationGrants'] }) {
  const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
  return (
    <Section title="準備支援（交付を受けたもの）">
      {grants.length === 0 ? <p>準備支援の交付はありません。</p> : (
        <Table caption="準備支援" head={['年度', '交付日', '内訳', '合計', '翌年度に実施する事業', '条件']}>
          {grants.map((g) => (
            <tr key={g.id}>
              <Td>{fiscalYearLabel(g.fiscalYear)}</Td>
              <Td>{g.grantedOn}</Td>
              <Td>{g.items.map((i) => `${label('PreparationItem', i.item)} ${yen(i.amountYen)}`).join('、')}</Td>
              <Td>{yen(g.totalYen)}</Td>
              <Td>{label('ProgramTier', g.committedTier)}{g.nextYearProgram && <span className="block text-dns-14N-130 text-solid-gray-700">実績：{label('ProgramTier', g.nextYearProgram.tier)}</span>}</Td>
              <Td>{label('GrantConditionStatus', g.conditionStatus)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </Section>
  );
}
