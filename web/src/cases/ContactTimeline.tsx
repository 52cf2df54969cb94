import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ContactChannel, ContactParty } from '../gql/graphql';
import { label } from '../labels';
import { Button, FormErrors, Notice, Pager, Section, formatDateTime, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { RecordContact } from './documents';
import CorrectContactForm from './CorrectContactForm';
import { ContactFields, type ContactRecord } from './ContactFields';

interface Contact { id: string; at: string; channel: ContactChannel; with: ContactParty; minutes?: number | null; worker: string; notes?: string | null }
interface Props {
  caseId: string; open: boolean; atFirst: boolean; onPage: (after: string | null) => void;
  contacts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; nodes: Contact[] };
}

const fields = ['at', 'channel', 'with', 'minutes', 'notes'];

/** Japanese local time of a datetime-local value ("2025-04-01T10:30") as the API's DateTime. */
export function japanDateTime(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+09:00`;
}

function nowInJapanLocal(): string {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 16);
}

/** The consultation log as a timeline, oldest first, with "add contact". */
export default function ContactTimeline({ caseId, contacts, open, atFirst, onPage }: Props) {
  const [, record] = useMutation(RecordContact);
  const errors = useUserErrors(fields);
  const id = useRef(crypto.randomUUID());
  const [adding, setAdding] = useState(false);
  const formId = useId();
  const [saved, setSaved] = useState(false);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [corrected, setCorrected] = useState(false);
  const [form, setForm] = useState<ContactRecord>({ at: nowInJapanLocal(), channel: 'PHONE', with: 'FAMILY', minutes: '', notes: '' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await record({
      input: {
        clientMutationId: id.current, caseId, at: japanDateTime(form.at), channel: form.channel, with: form.with,
        minutes: form.minutes.trim() === '' ? null : Number(form.minutes), notes: form.notes.trim() || null,
      },
    });
    if (errors.take(result, result.data?.recordContact)) {
      setSaved(true);
      setAdding(false);
      setForm({ ...form, at: nowInJapanLocal(), minutes: '', notes: '' });
    }
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };

  return (
    // A disclosure: the button stays where it is (aria-expanded), so the keyboard goes on into the form.
    <Section title="相談・支援記録" actions={open ? <Button aria-expanded={adding} aria-controls={formId} onClick={() => { setAdding(!adding); setSaved(false); }}>相談・支援記録を追加</Button> : undefined}>
      {saved && <Notice>相談・支援記録を追加しました。</Notice>}
      {corrected && <Notice>相談・支援記録を訂正しました。訂正前の内容は変更履歴に残ります。</Notice>}
      {adding && (
        <form id={formId} onSubmit={submit} noValidate aria-label="相談・支援記録の追加" className="mb-6 rounded-8 border border-key-300 bg-key-50 p-4">
          <FormErrors messages={errors.general} />
          <ContactFields form={form} onChange={(patch) => setForm({ ...form, ...patch })} errors={errors.byField} maxAt={`${todayInJapan()}T23:59`} />
          <div className="flex gap-4">
            <Button type="submit">記録を保存</Button>
            <Button kind="secondary" onClick={() => setAdding(false)}>やめる</Button>
          </div>
        </form>
      )}
      {contacts.nodes.length === 0 ? <p>まだ記録はありません。</p> : (
        <ol className="relative border-l-2 border-key-300 pl-6">
          {contacts.nodes.map((c) => (
            <li key={c.id} className="mb-4">
              <span aria-hidden="true" className="absolute -left-[9px] mt-2 size-4 rounded-full bg-key-800" />
              <p className="text-dns-16B-130">{formatDateTime(c.at)}　{label('ContactChannel', c.channel)}・{label('ContactParty', c.with)}{c.minutes != null ? `・${c.minutes}分` : ''}</p>
              <p className="text-dns-14N-130 text-solid-gray-700">記録者 {c.worker}</p>
              {c.notes && <p className="mt-1 whitespace-pre-wrap text-std-16N-170">{c.notes}</p>}
              {open && correcting !== c.id && (
                <Button kind="secondary" className="mt-2" aria-label={`${formatDateTime(c.at)}の記録を訂正`} onClick={() => { setCorrecting(c.id); setCorrected(false); setSaved(false); }}>訂正</Button>
              )}
              {correcting === c.id && (
                <CorrectContactForm caseId={caseId} contact={c} onCancel={() => setCorrecting(null)} onDone={() => { setCorrecting(null); setCorrected(true); }} />
              )}
            </li>
          ))}
        </ol>
      )}
      <Pager pageInfo={contacts.pageInfo} totalCount={contacts.totalCount} shown={contacts.nodes.length} atFirst={atFirst} onFirst={() => onPage(null)} onNext={onPage} />
    </Section>
  );
}
