import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ActivityKind, AgencyType, PlannedActivityFieldsFragment } from '../gql/graphql';
import { label, options } from '../labels';
import { Button, Check, EnumOptions, Field, FormErrors, Input, Notice, Section, Select, Table, Td, TextArea, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { fieldsOf, holdInput, plannableKinds, type HoldForm } from './activityInput';
import { CancelPlannedActivity, HoldPlannedActivity, PlanActivity } from './documents';

interface Place { id: string; name: string; closedOn?: string | null }

/** Activities planned for a day: plan one, then hold it (it is recorded with its attendance) or cancel it. */
export default function PlannedActivities({ planned, places, mayPlan }: { planned: PlannedActivityFieldsFragment[]; places: Place[]; mayPlan: boolean }) {
  const [, plan] = useMutation(PlanActivity);
  const errors = useUserErrors(['kind', 'plannedOn', 'placeId', 'title']);
  const id = useRef(crypto.randomUUID());
  const [saved, setSaved] = useState(false);
  const [form, setForm] = useState({ kind: 'AWARENESS_EVENT' as ActivityKind, plannedOn: '', placeId: '', title: '' });
  const openPlaces = places.filter((p) => !p.closedOn);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await plan({ input: {
      clientMutationId: id.current, kind: form.kind, plannedOn: form.plannedOn,
      placeId: form.kind === 'PLACE_OF_BELONGING_SESSION' ? form.placeId || null : null, title: form.title.trim() || null,
    } });
    if (errors.take(result, result.data?.planActivity)) {
      setSaved(true);
      setForm({ ...form, plannedOn: '', title: '' });
    }
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  const placeName = (placeId?: string | null) => (placeId ? places.find((p) => p.id === placeId)?.name ?? '居場所' : null);
  return (
    <Section title="活動の予定">
      {planned.length === 0 ? <p className="mb-4">この年度の予定はありません。</p> : (
        <Table caption="活動の予定" head={['予定日', '種類', '名称', '状況', <span key="op" className="sr-only">操作</span>]}>
          {planned.map((p) => (
            <tr key={p.id}>
              <Td>{p.plannedOn}</Td>
              <Td>{label('ActivityKind', p.kind)}</Td>
              <Td>{p.title ?? '—'}{placeName(p.placeId) && <span className="block text-dns-14N-130 text-solid-gray-700">{placeName(p.placeId)}</span>}</Td>
              <Td>{label('PlannedActivityStatus', p.status)}{p.cancelReason && <span className="block text-dns-14N-130 text-solid-gray-700">理由：{p.cancelReason}</span>}</Td>
              <Td>{mayPlan && p.status === 'PLANNED' && <PlannedActions planned={p} />}</Td>
            </tr>
          ))}
        </Table>
      )}
      {mayPlan && (
        <form onSubmit={submit} noValidate aria-label="活動の予定の登録" className="mt-6">
          <h3 className="text-std-18B-160 mb-2">活動を予定する</h3>
          {saved && <Notice>活動の予定を登録しました。</Notice>}
          <FormErrors messages={errors.general} />
          <div className="grid gap-x-4 md:grid-cols-2">
            <Field label="活動の種類" required errors={errors.byField.kind}>
              {(a) => (
                <Select {...a} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as ActivityKind })}>
                  <EnumOptions of="ActivityKind" where={(v) => plannableKinds.includes(v as ActivityKind)} />
                </Select>
              )}
            </Field>
            <Field label="予定日" required hint="今日以降、2年先まで" errors={errors.byField.plannedOn}>
              {(a) => <Input {...a} type="date" min={todayInJapan()} value={form.plannedOn} onChange={(e) => setForm({ ...form, plannedOn: e.target.value })} />}
            </Field>
            {fieldsOf(form.kind).place && (
              <Field label="開催する居場所" required errors={errors.byField.placeId}>
                {(a) => (
                  <Select {...a} value={form.placeId} onChange={(e) => setForm({ ...form, placeId: e.target.value })}>
                    <option value="">選んでください</option>
                    {openPlaces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                  </Select>
                )}
              </Field>
            )}
            <Field label="名称" hint="例：家族向けセミナー" errors={errors.byField.title}>
              {(a) => <Input {...a} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />}
            </Field>
          </div>
          <Button type="submit">予定を登録</Button>
        </form>
      )}
    </Section>
  );
}

function PlannedActions({ planned }: { planned: PlannedActivityFieldsFragment }) {
  const [mode, setMode] = useState<'hold' | 'cancel' | null>(null);
  const what = `${planned.plannedOn}の${planned.title ?? label('ActivityKind', planned.kind)}`;
  if (mode === 'hold') return <HoldPlannedForm planned={planned} what={what} onClose={() => setMode(null)} />;
  if (mode === 'cancel') return <CancelPlannedForm planned={planned} what={what} onClose={() => setMode(null)} />;
  return (
    <div className="flex flex-wrap gap-2">
      <Button kind="secondary" onClick={() => setMode('hold')} aria-label={`${what}の開催を記録`}>開催を記録</Button>
      <Button kind="secondary" onClick={() => setMode('cancel')} aria-label={`${what}を中止する`}>中止する</Button>
    </div>
  );
}

function HoldPlannedForm({ planned, what, onClose }: { planned: PlannedActivityFieldsFragment; what: string; onClose: () => void }) {
  const [, hold] = useMutation(HoldPlannedActivity);
  const errors = useUserErrors(['heldOn', 'participants', 'firstTimeParticipants', 'agenciesPresent', 'municipalPlatform', 'familySeminar', 'trainees']);
  const id = useRef(crypto.randomUUID());
  const today = todayInJapan();
  const [form, setForm] = useState<HoldForm>({ heldOn: planned.plannedOn <= today ? planned.plannedOn : today, participants: '', firstTimeParticipants: '', agenciesPresent: '', municipalPlatform: false, familySeminar: false, trainees: {} });
  const f = fieldsOf(planned.kind);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await hold({ input: holdInput(planned.kind, form, planned.id, id.current) });
    const ok = errors.take(result, result.data?.holdPlannedActivity);
    if (result.data) id.current = crypto.randomUUID();
    if (ok) onClose();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${what}の開催を記録`} className="rounded-8 border border-key-300 bg-key-50 p-3">
      <FormErrors messages={errors.general} />
      <Field label="開催日" required errors={errors.byField.heldOn}>
        {(a) => <Input {...a} type="date" max={today} value={form.heldOn} onChange={(e) => setForm({ ...form, heldOn: e.target.value })} />}
      </Field>
      {f.participants && (
        <Field label="参加者数" errors={errors.byField.participants}>
          {(a) => <Input {...a} inputMode="numeric" value={form.participants} onChange={(e) => setForm({ ...form, participants: e.target.value })} />}
        </Field>
      )}
      {f.place && (
        <Field label="うち初参加" errors={errors.byField.firstTimeParticipants}>
          {(a) => <Input {...a} inputMode="numeric" value={form.firstTimeParticipants} onChange={(e) => setForm({ ...form, firstTimeParticipants: e.target.value })} />}
        </Field>
      )}
      {f.network && (
        <>
          <Field label="参加機関数" errors={errors.byField.agenciesPresent}>
            {(a) => <Input {...a} inputMode="numeric" value={form.agenciesPresent} onChange={(e) => setForm({ ...form, agenciesPresent: e.target.value })} />}
          </Field>
          <Check label="市町村プラットフォームの会議" checked={form.municipalPlatform} onChange={(v) => setForm({ ...form, municipalPlatform: v })} />
        </>
      )}
      {f.trainees && (
        <fieldset className="mb-4">
          <legend className="text-std-16B-170 mb-2">研修を受けた人数（所属別）</legend>
          <FormErrors messages={errors.byField.trainees ?? []} />
          {options('AgencyType').map((o) => (
            <Field key={o.value} label={o.label}>
              {(a) => <Input {...a} inputMode="numeric" value={form.trainees[o.value as AgencyType] ?? ''} onChange={(ev) => setForm({ ...form, trainees: { ...form.trainees, [o.value]: ev.target.value } })} />}
            </Field>
          ))}
        </fieldset>
      )}
      {f.familySeminar && <Check label="家族セミナー" checked={form.familySeminar} onChange={(v) => setForm({ ...form, familySeminar: v })} />}
      <div className="flex flex-wrap gap-2">
        <Button type="submit">開催を保存</Button>
        <Button kind="secondary" onClick={onClose}>やめる</Button>
      </div>
    </form>
  );
}

function CancelPlannedForm({ planned, what, onClose }: { planned: PlannedActivityFieldsFragment; what: string; onClose: () => void }) {
  const [, cancel] = useMutation(CancelPlannedActivity);
  const errors = useUserErrors(['reason']);
  const id = useRef(crypto.randomUUID());
  const [reason, setReason] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await cancel({ input: { clientMutationId: id.current, plannedActivityId: planned.id, reason } });
    const ok = errors.take(result, result.data?.cancelPlannedActivity);
    if (result.data) id.current = crypto.randomUUID();
    if (ok) onClose();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${what}の中止`} className="rounded-8 border border-key-300 bg-key-50 p-3">
      <FormErrors messages={errors.general} />
      <Field label="中止の理由" required errors={errors.byField.reason}>
        {(a) => <TextArea {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" kind="danger">中止を保存</Button>
        <Button kind="secondary" onClick={onClose}>やめる</Button>
      </div>
    </form>
  );
}
