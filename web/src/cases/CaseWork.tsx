import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { WorkItemFieldsFragment } from '../gql/graphql';
import { Button, Field, FormErrors, Input, Notice, Section, TextArea, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { AddTask, ScheduleAppointment } from '../work/documents';
import { CaseWorkItems } from './documents';
import WorkItemTable from '../work/WorkItemTable';
import { japanDateTime } from './ContactTimeline';
import { ContactMeetingFields, type ContactMeeting } from './ContactFields';

const refetchOn = { additionalTypenames: ['WorkItem'] };

/** The case's follow-up tasks and appointments (open, done, cancelled, held), and adding them. */
export default function CaseWork({ caseId, open }: { caseId: string; open: boolean }) {
  const [{ data }] = useQuery({ query: CaseWorkItems, variables: { id: caseId }, context: refetchOn });
  const [adding, setAdding] = useState<'task' | 'appointment' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const items = data?.case?.workItems ?? [];
  const onSaved = (_item: WorkItemFieldsFragment, what: string) => {
    setAdding(null);
    setSaved(what);
  };
  const actions = open && !adding ? (
    <div className="flex flex-wrap gap-2">
      <Button onClick={() => { setAdding('task'); setSaved(null); }}>フォローアップを追加</Button>
      <Button kind="secondary" onClick={() => { setAdding('appointment'); setSaved(null); }}>面談予定を追加</Button>
    </div>
  ) : undefined;
  return (
    <Section title="フォローアップと面談予定" actions={actions}>
      {saved && <Notice>{saved}を追加しました。</Notice>}
      {adding === 'task' && <TaskForm caseId={caseId} onSaved={(w) => onSaved(w, 'フォローアップ')} onCancel={() => setAdding(null)} />}
      {adding === 'appointment' && <AppointmentForm caseId={caseId} onSaved={(w) => onSaved(w, '面談予定')} onCancel={() => setAdding(null)} />}
      <p className="mb-2 text-dns-14N-130 text-solid-gray-700">このケースのすべてのフォローアップと面談予定です（終わったものはしばらくすると表示されなくなります）。</p>
      {items.length === 0 ? <p>表示するフォローアップと面談予定はありません。</p> : <WorkItemTable caption="このケースのフォローアップと面談予定" items={items} showCase={false} />}
    </Section>
  );
}

function tomorrowAtTen(): string {
  const d = new Date(`${todayInJapan()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return `${d.toISOString().slice(0, 10)}T10:00`;
}

interface FormProps { caseId: string; onSaved: (w: WorkItemFieldsFragment) => void; onCancel: () => void }

function TaskForm({ caseId, onSaved, onCancel }: FormProps) {
  const [, add] = useMutation(AddTask);
  const errors = useUserErrors(['text', 'dueAt']);
  const id = useRef(crypto.randomUUID());
  const [form, setForm] = useState({ text: '', dueAt: tomorrowAtTen() });
  const [missing, setMissing] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.dueAt) { setMissing(true); return; }
    setMissing(false);
    const result = await add({ input: { clientMutationId: id.current, caseId, text: form.text, dueAt: japanDateTime(form.dueAt) } });
    const item = result.data?.addTask.workItem;
    if (errors.take(result, result.data?.addTask) && item) onSaved(item);
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="フォローアップの追加" className="mb-6 rounded-8 border border-key-300 bg-key-50 p-4">
      <FormErrors messages={errors.general} />
      <Field label="すること" required errors={errors.byField.text}>
        {(a) => <TextArea {...a} value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />}
      </Field>
      <Field label="期限（日時）" required errors={missing ? ['期限の日時を入力してください。'] : errors.byField.dueAt}>
        {(a) => <Input {...a} type="datetime-local" value={form.dueAt} onChange={(e) => setForm({ ...form, dueAt: e.target.value })} className="max-w-xs" />}
      </Field>
      <div className="flex gap-4">
        <Button type="submit">フォローアップを保存</Button>
        <Button kind="secondary" onClick={onCancel}>やめる</Button>
      </div>
    </form>
  );
}

function AppointmentForm({ caseId, onSaved, onCancel }: FormProps) {
  const [, schedule] = useMutation(ScheduleAppointment);
  const errors = useUserErrors(['text', 'at', 'channel', 'with', 'place']);
  const id = useRef(crypto.randomUUID());
  const [form, setForm] = useState<ContactMeeting & { text: string; place: string }>({ text: '', at: tomorrowAtTen(), channel: 'HOME_VISIT', with: 'PERSON', place: '' });
  const [missing, setMissing] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.at) { setMissing(true); return; }
    setMissing(false);
    const result = await schedule({
      input: { clientMutationId: id.current, caseId, text: form.text, at: japanDateTime(form.at), channel: form.channel, with: form.with, place: form.place.trim() || null },
    });
    const item = result.data?.scheduleAppointment.workItem;
    if (errors.take(result, result.data?.scheduleAppointment) && item) onSaved(item);
    if (result.data) id.current = crypto.randomUUID();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="面談予定の追加" className="mb-6 rounded-8 border border-key-300 bg-key-50 p-4">
      <FormErrors messages={errors.general} />
      <Field label="面談の目的" required errors={errors.byField.text}>
        {(a) => <Input {...a} value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />}
      </Field>
      <ContactMeetingFields form={form} onChange={(patch) => setForm({ ...form, ...patch })} errors={missing ? { ...errors.byField, at: ['日時を入力してください。'] } : errors.byField}>
        <Field label="場所" errors={errors.byField.place}>
          {(a) => <Input {...a} value={form.place} onChange={(e) => setForm({ ...form, place: e.target.value })} />}
        </Field>
      </ContactMeetingFields>
      <div className="flex gap-4">
        <Button type="submit">面談予定を保存</Button>
        <Button kind="secondary" onClick={onCancel}>やめる</Button>
      </div>
    </form>
  );
}
