import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { label } from '../labels';
import { Button, Field, FormErrors, Input, TextArea } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { japanDateTime } from '../cases/ContactTimeline';
import { CancelWorkItem, CompleteTask, EditWorkItem, HoldAppointment } from './documents';
import { minutesOf, toJapanLocal } from './workItems';

export interface WorkItemRow { id: string; kind: 'TASK' | 'APPOINTMENT'; text: string; status: string; dueAt: string; place?: string | null }

type Mode = 'complete' | 'cancel' | 'hold' | 'edit' | null;

/** Complete a task, hold an appointment (it becomes a contact in the case's log), or cancel either with a note. */
export default function WorkItemActions({ item }: { item: WorkItemRow }) {
  const [mode, setMode] = useState<Mode>(null);
  if (item.status !== 'OPEN') return null;
  const what = `${label('WorkItemKind', item.kind)}「${item.text}」`;
  if (mode === null) {
    return (
      <div className="flex flex-wrap gap-2">
        {item.kind === 'TASK'
          ? <Button kind="secondary" onClick={() => setMode('complete')} aria-label={`${what}を完了にする`}>完了にする</Button>
          : <Button kind="secondary" onClick={() => setMode('hold')} aria-label={`${what}の実施を記録`}>実施を記録</Button>}
        <Button kind="secondary" onClick={() => setMode('edit')} aria-label={`${what}を変更`}>変更</Button>
        <Button kind="secondary" onClick={() => setMode('cancel')} aria-label={`${what}を取りやめる`}>取りやめる</Button>
      </div>
    );
  }
  if (mode === 'edit') return <EditForm item={item} what={what} onClose={() => setMode(null)} />;
  return <ActionForm item={item} mode={mode} what={what} onClose={() => setMode(null)} />;
}

function ActionForm({ item, mode, what, onClose }: { item: WorkItemRow; mode: 'complete' | 'cancel' | 'hold'; what: string; onClose: () => void }) {
  const [, complete] = useMutation(CompleteTask);
  const [, cancel] = useMutation(CancelWorkItem);
  const [, hold] = useMutation(HoldAppointment);
  const errors = useUserErrors(['note', 'minutes', 'notes']);
  const id = useRef(crypto.randomUUID());
  const [note, setNote] = useState('');
  const [minutes, setMinutes] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const clientMutationId = id.current;
    let ok: boolean;
    let answered: boolean;
    if (mode === 'complete') {
      const r = await complete({ input: { clientMutationId, workItemId: item.id, note: note.trim() || null } });
      ok = errors.take(r, r.data?.completeTask); answered = !!r.data;
    } else if (mode === 'cancel') {
      const r = await cancel({ input: { clientMutationId, workItemId: item.id, note } });
      ok = errors.take(r, r.data?.cancelWorkItem); answered = !!r.data;
    } else {
      const r = await hold({ input: { clientMutationId, workItemId: item.id, minutes: minutesOf(minutes), notes: note.trim() || null } });
      ok = errors.take(r, r.data?.holdAppointment); answered = !!r.data;
    }
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (answered) id.current = crypto.randomUUID();
    if (ok) onClose();
  };

  const title = { complete: `${what}を完了にする`, cancel: `${what}を取りやめる`, hold: `${what}の実施を記録` }[mode];
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="rounded-8 border border-key-300 bg-key-50 p-3">
      <FormErrors messages={errors.general} />
      {mode === 'hold' && (
        <Field label="所要時間（分）" hint="0〜1440" errors={errors.byField.minutes}>
          {(a) => <Input {...a} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
        </Field>
      )}
      <Field label={mode === 'cancel' ? '取りやめる理由' : mode === 'hold' ? '相談・支援記録の内容' : '完了のメモ'}
        required={mode === 'cancel'} errors={mode === 'hold' ? errors.byField.notes : errors.byField.note}>
        {(a) => <TextArea {...a} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" kind={mode === 'cancel' ? 'danger' : 'primary'}>
          {{ complete: '完了を保存', cancel: '取りやめを保存', hold: '実施を保存' }[mode]}
        </Button>
        <Button kind="secondary" onClick={onClose}>やめる</Button>
      </div>
    </form>
  );
}

/** Changes what an open item is, its time, or an appointment's place. */
function EditForm({ item, what, onClose }: { item: WorkItemRow; what: string; onClose: () => void }) {
  const [, edit] = useMutation(EditWorkItem);
  const errors = useUserErrors(['text', 'dueAt', 'place']);
  const id = useRef(crypto.randomUUID());
  const [form, setForm] = useState({ text: item.text, dueAt: toJapanLocal(item.dueAt), place: item.place ?? '' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await edit({ input: {
      clientMutationId: id.current, workItemId: item.id, text: form.text,
      dueAt: form.dueAt ? japanDateTime(form.dueAt) : null,
      place: item.kind === 'APPOINTMENT' ? form.place : null,
    } });
    const ok = errors.take(r, r.data?.editWorkItem);
    if (r.data) id.current = crypto.randomUUID();
    if (ok) onClose();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${what}の変更`} className="rounded-8 border border-key-300 bg-key-50 p-3">
      <FormErrors messages={errors.general} />
      <Field label="内容" required errors={errors.byField.text}>
        {(a) => <Input {...a} value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />}
      </Field>
      <Field label={item.kind === 'TASK' ? '期限（日時）' : '日時'} required errors={errors.byField.dueAt}>
        {(a) => <Input {...a} type="datetime-local" value={form.dueAt} onChange={(e) => setForm({ ...form, dueAt: e.target.value })} />}
      </Field>
      {item.kind === 'APPOINTMENT' && (
        <Field label="場所" errors={errors.byField.place}>
          {(a) => <Input {...a} value={form.place} onChange={(e) => setForm({ ...form, place: e.target.value })} />}
        </Field>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit">変更を保存</Button>
        <Button kind="secondary" onClick={onClose}>やめる</Button>
      </div>
    </form>
  );
}
