import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { SatelliteFieldsFragment, SatelliteStatus } from '../gql/graphql';
import { label } from '../labels';
import { describeError } from '../shell/errors';
import { Button, EnumOptions, Field, fiscalYearOf, FormErrors, Input, Loading, Notice, Pager, PageTitle, Section, Select, Table, Td, todayInJapan } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { useUserErrors } from '../shell/useUserErrors';
import { EstablishSatellite, PrefectureSatellites } from './documents';
import SatelliteActions from './SatelliteActions';

/** Mutations of these types refetch the screen (a stable object: a new one each render would refetch forever). */
const refetchOn = { additionalTypenames: ['Satellite'] };

type View = '' | 'due' | 'overdue' | SatelliteStatus;

/** `/prefecture/satellites`: due and overdue alerts; establish, extend, transition, close. */
export default function SatellitesPage() {
  const { tenant } = useStaff();
  const [view, setView] = useState<View>('');
  const [after, setAfter] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const today = todayInJapan();
  const [{ data, fetching, error }] = useQuery({
    query: PrefectureSatellites,
    variables: {
      code: tenant ?? '', after, fiscalYear: fiscalYearOf(today),
      status: view === 'due' || view === 'overdue' || view === '' ? null : view,
      dueWithinDays: view === 'due' ? 180 : null, overdue: view === 'overdue' ? true : null,
    },
    pause: !tenant,
    context: refetchOn,
  });
  const p = data?.prefecture;
  const current = p?.satellites.nodes.find((s) => s.id === selected) ?? null;

  return (
    <>
      <PageTitle title="サテライト">サテライト（都道府県センターのサテライト設置）</PageTitle>
      <FormErrors messages={[describeError(error)]} />
      {fetching && !data ? <Loading /> : p && (
        <>
          <Section title="お知らせ（移行予定日）">
            {p.satelliteAlerts.nodes.length === 0 ? <p>お知らせはありません。</p> : (
              <ul className="space-y-2">
                {p.satelliteAlerts.nodes.map((a, i) => (
                  <li key={i} className={a.kind === 'OVERDUE' ? 'font-bold text-error-2' : ''}>
                    {a.raisedOn}：{a.municipality.name}のサテライトは{label('SatelliteAlertKind', a.kind)}（移行予定日 {a.plannedTransitionOn}）
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title="サテライト一覧">
            <Field label="表示するサテライト">
              {(a) => (
                <Select {...a} value={view} onChange={(e) => { setView(e.target.value as View); setAfter(null); }} className="max-w-sm">
                  <option value="">すべて</option>
                  <option value="due">移行予定日まで180日以内（超過を含む）</option>
                  <option value="overdue">移行予定日超過</option>
                  <EnumOptions of="SatelliteStatus" />
                </Select>
              )}
            </Field>
            <Table caption="サテライト一覧" head={['市町村', '状態', '設置日', '移行予定日', '残り日数', <span key="op" className="sr-only">操作</span>]}>
              {p.satellites.nodes.map((s) => (
                <tr key={s.id}>
                  <Td>{s.municipality.name}</Td>
                  <Td>{label('SatelliteStatus', s.status)}</Td>
                  <Td>{s.establishedOn}</Td>
                  <Td>{s.plannedTransitionOn}</Td>
                  <Td className={s.isOverdue ? 'font-bold text-error-2' : ''}>{s.daysUntilTransition == null ? '—' : s.isOverdue ? `${-s.daysUntilTransition}日超過` : `${s.daysUntilTransition}日`}</Td>
                  <Td><Button kind="secondary" onClick={() => setSelected(s.id)} aria-label={`${s.municipality.name}のサテライトを操作`}>操作</Button></Td>
                </tr>
              ))}
            </Table>
            {p.satellites.nodes.length === 0 && <p className="mt-2">該当するサテライトはありません。</p>}
            <Pager pageInfo={p.satellites.pageInfo} totalCount={p.satellites.totalCount} shown={p.satellites.nodes.length} atFirst={after === null} onFirst={() => setAfter(null)} onNext={setAfter} />
          </Section>
          {current && <SatelliteActions key={current.id} satellite={current as SatelliteFieldsFragment} onDone={() => setSelected(null)} />}
          <EstablishForm municipalities={p.municipalitiesWithoutProgram.nodes} />
        </>
      )}
    </>
  );
}

function EstablishForm({ municipalities }: { municipalities: { code: string; name: string }[] }) {
  const [, establish] = useMutation(EstablishSatellite);
  const errors = useUserErrors(['municipalityCode', 'establishedOn', 'plannedTransitionOn']);
  const id = useRef(crypto.randomUUID());
  const [saved, setSaved] = useState(false);
  const [form, setForm] = useState({ municipalityCode: '', establishedOn: todayInJapan(), plannedTransitionOn: '' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const result = await establish({ input: { clientMutationId: id.current, municipalityCode: form.municipalityCode, establishedOn: form.establishedOn, plannedTransitionOn: form.plannedTransitionOn || null } });
    setSaved(errors.take(result, result.data?.establishSatellite));
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  return (
    <Section title="サテライトを設置する">
      {saved && <Notice>サテライトを設置しました。</Notice>}
      <form onSubmit={submit} noValidate aria-label="サテライトの設置">
        <FormErrors messages={errors.general} />
        <div className="grid gap-x-4 md:grid-cols-3">
          <Field label="設置する市町村" required hint="事業を実施していない市町村" errors={errors.byField.municipalityCode}>
            {(a) => (
              <Select {...a} value={form.municipalityCode} onChange={(e) => setForm({ ...form, municipalityCode: e.target.value })}>
                <option value="">選んでください</option>
                {municipalities.map((m) => <option key={m.code} value={m.code}>{m.name}</option>)}
              </Select>
            )}
          </Field>
          <Field label="設置日" required errors={errors.byField.establishedOn}>
            {(a) => <Input {...a} type="date" value={form.establishedOn} onChange={(e) => setForm({ ...form, establishedOn: e.target.value })} />}
          </Field>
          <Field label="移行予定日" hint="空欄なら設置日の2年後（原則2年）" errors={errors.byField.plannedTransitionOn}>
            {(a) => <Input {...a} type="date" value={form.plannedTransitionOn} onChange={(e) => setForm({ ...form, plannedTransitionOn: e.target.value })} />}
          </Field>
        </div>
        <Button type="submit">サテライトを設置</Button>
      </form>
    </Section>
  );
}
