import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, Field, FormErrors, Input, Notice, Section, TextArea } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { ReassignCase } from './documents';

/** Handing the case to another worker: a supervisor, or the worker in charge handing over. */
export default function Reassign({ caseId, assignedTo, subject, roles }: { caseId: string; assignedTo?: string | null; subject: string; roles: readonly string[] }) {
  const [, reassign] = useMutation(ReassignCase);
  const errors = useUserErrors(['assignee', 'reason']);
  const id = useRef(crypto.randomUUID());
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [form, setForm] = useState({ assignee: '', reason: '' });
  if (!roles.includes('Supervisor') && assignedTo !== subject) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await reassign({ input: { clientMutationId: id.current, caseId, assignee: form.assignee.trim(), reason: form.reason.trim() || null } });
    if (errors.take(result, result.data?.reassignCase)) {
      setSaved(form.assignee.trim());
      setEditing(false);
      setForm({ assignee: '', reason: '' });
    }
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  return (
    <Section title="担当者の変更" actions={!editing ? <Button kind="secondary" onClick={() => { setEditing(true); setSaved(null); }}>担当者を変更</Button> : undefined}>
      {saved && <Notice>担当者を {saved} に変更しました。新しい担当者に通知されます。</Notice>}
      <p className="mb-2">現在の担当者：{assignedTo ?? '（なし）'}{assignedTo === subject ? '（自分）' : ''}</p>
      {editing && (
        <form onSubmit={submit} noValidate aria-label="担当者の変更" className="rounded-8 border border-key-300 bg-key-50 p-4">
          <FormErrors messages={errors.general} />
          <Field label="新しい担当者" required hint="職員のID（サインインの識別子）" errors={errors.byField.assignee}>
            {(a) => <Input {...a} autoFocus value={form.assignee} onChange={(e) => setForm({ ...form, assignee: e.target.value })} className="max-w-md" />}
          </Field>
          <Field label="変更の理由" errors={errors.byField.reason}>
            {(a) => <TextArea {...a} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />}
          </Field>
          <div className="flex gap-4">
            <Button type="submit">担当者を変更する</Button>
            <Button kind="secondary" onClick={() => setEditing(false)}>やめる</Button>
          </div>
        </form>
      )}
    </Section>
  );
}
