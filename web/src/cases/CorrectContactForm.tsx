import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ContactChannel, ContactParty } from '../gql/graphql';
import { FormErrors } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { toJapanLocal } from '../work/workItems';
import { CorrectContact } from './documents';
import { japanDateTime } from './ContactTimeline';
import { ContactFields, type ContactRecord } from './ContactFields';
import CorrectionReason from './CorrectionReason';

export interface ContactEntry { id: string; at: string; channel: ContactChannel; with: ContactParty; minutes?: number | null; notes?: string | null }

/** Correcting one entry of the log: the whole entry as it should read, and why (kept in the history). */
export default function CorrectContactForm({ caseId, contact, onDone, onCancel }: { caseId: string; contact: ContactEntry; onDone: () => void; onCancel: () => void }) {
  const [, correct] = useMutation(CorrectContact);
  const errors = useUserErrors(['at', 'channel', 'with', 'minutes', 'notes', 'reason']);
  const id = useRef(crypto.randomUUID());
  const [form, setForm] = useState<ContactRecord & { reason: string }>({
    at: toJapanLocal(contact.at), channel: contact.channel, with: contact.with,
    minutes: contact.minutes != null ? String(contact.minutes) : '', notes: contact.notes ?? '', reason: '',
  });
  // The field holds minutes: an unchanged field sends the time as recorded (seconds and all).
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await correct({
      input: {
        clientMutationId: id.current, caseId, contactId: contact.id, at: form.at === toJapanLocal(contact.at) ? contact.at : japanDateTime(form.at), channel: form.channel, with: form.with,
        minutes: form.minutes.trim() === '' ? null : Number(form.minutes), notes: form.notes.trim() || null, reason: form.reason.trim() || null,
      },
    });
    if (errors.take(result, result.data?.correctContact)) onDone();
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="相談・支援記録の訂正" className="my-2 rounded-8 border border-key-300 bg-key-50 p-4">
      <FormErrors messages={errors.general} />
      <ContactFields form={form} onChange={(patch) => setForm({ ...form, ...patch })} errors={errors.byField} autoFocus />
      <CorrectionReason reason={form.reason} onReason={(reason) => setForm({ ...form, reason })} errors={errors.byField.reason} onCancel={onCancel} />
    </form>
  );
}
