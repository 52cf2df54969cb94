import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { OperatorKind, ProgramTier, SatelliteFieldsFragment, SupportFunction } from '../gql/graphql';
import { label, options } from '../labels';
import { Button, CheckGroup, EnumOptions, Field, FormErrors, Input, Notice, Section, Select } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { CloseSatellite, ExtendSatellite, TransitionSatellite } from './documents';

/** One satellite: its history, and extend / transition / close. */
export default function SatelliteActions({ satellite: s, onDone }: { satellite: SatelliteFieldsFragment; onDone: () => void }) {
  const active = s.status === 'PLANNED' || s.status === 'OPERATING';
  return (
    <Section title={`${s.municipality.name}のサテライト`} actions={<Button kind="secondary" onClick={onDone}>閉じる</Button>}>
      <h3 className="text-std-18B-160 mb-2">経過</h3>
      <ol className="mb-6 list-decimal pl-6">
        {s.history.map((h, i) => (
          <li key={i}>{h.on} {label('SatelliteEventKind', h.kind)}（移行予定日 {h.plannedTransitionOn}）{h.reason ? `：${h.reason}` : ''}<span className="text-dns-14N-130 text-solid-gray-700"> 記録者 {h.by}</span></li>
        ))}
      </ol>
      {active ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <ExtendForm s={s} />
          <CloseForm s={s} />
          <div className="lg:col-span-2"><TransitionForm s={s} /></div>
        </div>
      ) : <p>このサテライトは{label('SatelliteStatus', s.status)}です。</p>}
    </Section>
  );
}

function ExtendForm({ s }: { s: SatelliteFieldsFragment }) {
  const [, extend] = useMutation(ExtendSatellite);
  const errors = useUserErrors(['plannedTransitionOn', 'reason']);
  const [form, setForm] = useState({ plannedTransitionOn: '', reason: '' });
  const [saved, setSaved] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await extend({ input: { satelliteId: s.id, plannedTransitionOn: form.plannedTransitionOn, reason: form.reason } });
    setSaved(errors.take(result, result.data?.extendSatellite));
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="移行予定日の延長" className="rounded-8 border border-solid-gray-200 p-4">
      <h3 className="text-std-18B-160 mb-2">移行予定日を延ばす</h3>
      {saved && <Notice>移行予定日を延ばしました。</Notice>}
      <FormErrors messages={errors.general} />
      <Field label="新しい移行予定日" required errors={errors.byField.plannedTransitionOn}>
        {(a) => <Input {...a} type="date" value={form.plannedTransitionOn} onChange={(e) => setForm({ ...form, plannedTransitionOn: e.target.value })} />}
      </Field>
      <Field label="延長の理由" required errors={errors.byField.reason}>
        {(a) => <Input {...a} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />}
      </Field>
      <Button type="submit" kind="secondary">延長する</Button>
    </form>
  );
}

function CloseForm({ s }: { s: SatelliteFieldsFragment }) {
  const [, close] = useMutation(CloseSatellite);
  const errors = useUserErrors(['closedOn', 'reason']);
  const [form, setForm] = useState({ closedOn: new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10), reason: '' });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await close({ input: { satelliteId: s.id, closedOn: form.closedOn, reason: form.reason } });
    errors.take(result, result.data?.closeSatellite);
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="サテライトの廃止" className="rounded-8 border border-solid-gray-200 p-4">
      <h3 className="text-std-18B-160 mb-2">移行せずに廃止する</h3>
      <FormErrors messages={errors.general} />
      <Field label="廃止日" required errors={errors.byField.closedOn}>
        {(a) => <Input {...a} type="date" value={form.closedOn} onChange={(e) => setForm({ ...form, closedOn: e.target.value })} />}
      </Field>
      <Field label="廃止の理由" required errors={errors.byField.reason}>
        {(a) => <Input {...a} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />}
      </Field>
      <Button type="submit" kind="danger">廃止する</Button>
    </form>
  );
}

function TransitionForm({ s }: { s: SatelliteFieldsFragment }) {
  const [, transition] = useMutation(TransitionSatellite);
  const errors = useUserErrors(['transitionedOn', 'tier', 'functions', 'operator', 'operator.kind', 'operator.name']);
  const [on, setOn] = useState(new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10));
  const [tier, setTier] = useState<ProgramTier>('SUPPORT_STATION');
  const [functions, setFunctions] = useState<SupportFunction[]>([]);
  const [kind, setKind] = useState<OperatorKind | ''>('');
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await transition({ input: { satelliteId: s.id, transitionedOn: on, tier, functions, operator: kind ? { kind, name: name.trim() || null } : null } });
    if (errors.take(result, result.data?.transitionSatellite)) {
      const sat = result.data?.transitionSatellite.satellite;
      setDone(`移行しました。移管したケース ${sat?.transferredCases.length ?? 0} 件、都道府県でフォローを続けるケース ${sat?.followUpCases.length ?? 0} 件。`);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="市町村への移行" className="rounded-8 border border-solid-gray-200 p-4">
      <h3 className="text-std-18B-160 mb-2">市町村の事業へ移行する</h3>
      {done && <Notice>{done}</Notice>}
      <FormErrors messages={errors.general} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <Field label="移行日" required errors={errors.byField.transitionedOn}>
          {(a) => <Input {...a} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
        </Field>
        <Field label="移行後の事業" required errors={errors.byField.tier}>
          {(a) => (
            <Select {...a} value={tier} onChange={(e) => setTier(e.target.value as ProgramTier)}>
              <EnumOptions of="ProgramTier" />
            </Select>
          )}
        </Field>
        <Field label="移行後の運営の形" errors={errors.byField['operator.kind'] ?? errors.byField.operator}>
          {(a) => (
            <Select {...a} value={kind} onChange={(e) => setKind(e.target.value as OperatorKind)}>
              <option value="">選ばない</option>
              <EnumOptions of="OperatorKind" />
            </Select>
          )}
        </Field>
        <Field label="移行後の委託先の名前" errors={errors.byField['operator.name']}>
          {(a) => <Input {...a} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
      </div>
      <CheckGroup legend="移行後に実施する機能" options={options('SupportFunction')} value={functions} onChange={setFunctions} errors={errors.byField.functions} />
      <Button type="submit">移行する</Button>
    </form>
  );
}
