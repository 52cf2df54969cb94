import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ActivityKind, AgencyType, SurveyGroup, SurveyMethod } from '../gql/graphql';
import { label, options } from '../labels';
import { Button, Check, EnumOptions, Field, FormErrors, Input, Notice, Section, Select, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { activityInput, fieldsOf, type ActivityForm } from './activityInput';
import { RecordActivity } from './documents';

const shown = ['kind', 'heldOn', 'participants', 'firstTimeParticipants', 'placeId', 'agenciesPresent', 'municipalPlatform', 'familySeminar', 'trainees', 'survey', 'survey.responses', 'survey.samples', 'survey.publishedOn', 'survey.method'];

const empty = (): ActivityForm => ({
  kind: 'PLACE_OF_BELONGING_SESSION', heldOn: todayInJapan(), participants: '', firstTimeParticipants: '', placeId: '',
  agenciesPresent: '', municipalPlatform: false, familySeminar: false, trainees: {}, surveyMethod: 'MAIL', samples: {}, responses: '', publishedOn: '',
});

/** Records one activity: the inputs follow its kind. */
export default function RecordActivityForm({ places }: { places: { id: string; name: string }[] }) {
  const [, record] = useMutation(RecordActivity);
  const errors = useUserErrors(shown);
  const id = useRef(crypto.randomUUID());
  const [form, setForm] = useState<ActivityForm>(empty);
  const [saved, setSaved] = useState<string | null>(null);
  const f = fieldsOf(form.kind);
  const e = errors.byField;
  const set = (patch: Partial<ActivityForm>) => setForm({ ...form, ...patch });

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(null);
    const result = await record({ input: activityInput(form, id.current) });
    if (errors.take(result, result.data?.recordActivity)) {
      setSaved(`${label('ActivityKind', form.kind)}（${form.heldOn}）を記録しました。`);
      setForm({ ...empty(), kind: form.kind, placeId: form.placeId });
    }
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };

  return (
    <Section title="活動を記録する">
      {saved && <Notice>{saved}</Notice>}
      <form onSubmit={submit} noValidate aria-label="活動の記録">
        <FormErrors messages={errors.general} />
        <div className="grid gap-x-4 md:grid-cols-2">
          <Field label="活動の種類" required errors={e.kind}>
            {(a) => (
              <Select {...a} value={form.kind} onChange={(ev) => set({ kind: ev.target.value as ActivityKind })}>
                <EnumOptions of="ActivityKind" />
              </Select>
            )}
          </Field>
          <Field label="開催日" required errors={e.heldOn}>
            {(a) => <Input {...a} type="date" value={form.heldOn} max={todayInJapan()} onChange={(ev) => set({ heldOn: ev.target.value })} />}
          </Field>
          {f.participants && (
            <Field label="参加者数" required errors={e.participants}>
              {(a) => <Input {...a} inputMode="numeric" value={form.participants} onChange={(ev) => set({ participants: ev.target.value })} />}
            </Field>
          )}
          {f.place && (
            <>
              <Field label="うち初めての参加者数" errors={e.firstTimeParticipants}>
                {(a) => <Input {...a} inputMode="numeric" value={form.firstTimeParticipants} onChange={(ev) => set({ firstTimeParticipants: ev.target.value })} />}
              </Field>
              <Field label="居場所" errors={e.placeId} hint={places.length === 0 ? '下の「居場所」で先に登録してください' : undefined}>
                {(a) => (
                  <Select {...a} value={form.placeId} onChange={(ev) => set({ placeId: ev.target.value })}>
                    <option value="">選んでください</option>
                    {places.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                  </Select>
                )}
              </Field>
            </>
          )}
          {f.network && (
            <Field label="参加した機関の数" required errors={e.agenciesPresent}>
              {(a) => <Input {...a} inputMode="numeric" value={form.agenciesPresent} onChange={(ev) => set({ agenciesPresent: ev.target.value })} />}
            </Field>
          )}
        </div>
        {f.network && <Check label="市町村プラットフォームの会議" checked={form.municipalPlatform} onChange={(v) => set({ municipalPlatform: v })} />}
        {f.familySeminar && <Check label="家族セミナー" checked={form.familySeminar} onChange={(v) => set({ familySeminar: v })} />}
        {f.trainees && (
          <fieldset className="mb-4">
            <legend className="text-std-16B-170 mb-2">研修を受けた人数（所属別）</legend>
            <FormErrors messages={e.trainees ?? []} />
            <div className="grid gap-x-4 md:grid-cols-3">
              {options('AgencyType').map((o) => (
                <Field key={o.value} label={o.label}>
                  {(a) => <Input {...a} inputMode="numeric" value={form.trainees[o.value as AgencyType] ?? ''} onChange={(ev) => set({ trainees: { ...form.trainees, [o.value]: ev.target.value } })} />}
                </Field>
              ))}
            </div>
          </fieldset>
        )}
        {f.survey && (
          <fieldset className="mb-4">
            <legend className="text-std-16B-170 mb-2">実態把握調査</legend>
            <FormErrors messages={e.survey ?? []} />
            <div className="grid gap-x-4 md:grid-cols-3">
              <Field label="調査の方法" errors={e['survey.method']}>
                {(a) => (
                  <Select {...a} value={form.surveyMethod} onChange={(ev) => set({ surveyMethod: ev.target.value as SurveyMethod })}>
                    <EnumOptions of="SurveyMethod" />
                  </Select>
                )}
              </Field>
              <Field label="回答数" required errors={e['survey.responses']}>
                {(a) => <Input {...a} inputMode="numeric" value={form.responses} onChange={(ev) => set({ responses: ev.target.value })} />}
              </Field>
              <Field label="結果の公表日" errors={e['survey.publishedOn']}>
                {(a) => <Input {...a} type="date" value={form.publishedOn} onChange={(ev) => set({ publishedOn: ev.target.value })} />}
              </Field>
              {options('SurveyGroup').map((o) => (
                <Field key={o.value} label={`対象：${o.label}（配布数）`} errors={o.value === 'RESIDENTS' ? e['survey.samples'] : undefined}>
                  {(a) => <Input {...a} inputMode="numeric" value={form.samples[o.value as SurveyGroup] ?? ''} onChange={(ev) => set({ samples: { ...form.samples, [o.value]: ev.target.value } })} />}
                </Field>
              ))}
            </div>
          </fieldset>
        )}
        <Button type="submit">活動を記録</Button>
      </form>
    </Section>
  );
}
