import { Fragment, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ReferralDestination, ReferralOutcome } from '../gql/graphql';
import { label, options } from '../labels';
import { Button, Field, FormErrors, Input, Notice, Section, Select, Table, Td, TextArea, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { CorrectReferral, RecordReferralOutcome, ReferCase } from './documents';

interface Referral { id: string; destination: ReferralDestination; agencyName?: string | null; referredOn: string; outcome: ReferralOutcome; notes?: string | null }

/** Referrals (つなぎ先) and their outcomes. */
export default function Referrals({ caseId, referrals, open }: { caseId: string; referrals: Referral[]; open: boolean }) {
  const [, refer] = useMutation(ReferCase);
  const errors = useUserErrors(['destination', 'agencyName', 'referredOn', 'notes']);
  const id = useRef(crypto.randomUUID());
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [corrected, setCorrected] = useState(false);
  const [form, setForm] = useState({ destination: 'SELF_RELIANCE_CONSULTATION' as ReferralDestination, agencyName: '', referredOn: todayInJapan(), notes: '' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await refer({ input: { clientMutationId: id.current, caseId, destination: form.destination, agencyName: form.agencyName.trim() || null, referredOn: form.referredOn, notes: form.notes.trim() || null } });
    if (errors.take(result, result.data?.referCase)) {
      setAdding(false);
      setForm({ ...form, agencyName: '', notes: '' });
    }
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };

  return (
    <Section title="つなぎ先（紹介）と結果" actions={open && !adding ? <Button onClick={() => setAdding(true)}>つなぎ先を追加</Button> : undefined}>
      {corrected && <Notice>つなぎ先を訂正しました。訂正前の内容は変更履歴に残ります。</Notice>}
      {adding && (
        <form onSubmit={submit} noValidate aria-label="つなぎ先の追加" className="mb-6 rounded-8 border border-key-300 bg-key-50 p-4">
          <FormErrors messages={errors.general} />
          <div className="grid gap-x-4 md:grid-cols-2">
            <Field label="つなぎ先" required errors={errors.byField.destination}>
              {(a) => (
                <Select {...a} value={form.destination} onChange={(e) => setForm({ ...form, destination: e.target.value as ReferralDestination })}>
                  {options('ReferralDestination').map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </Select>
              )}
            </Field>
            <Field label="機関名" errors={errors.byField.agencyName}>
              {(a) => <Input {...a} value={form.agencyName} onChange={(e) => setForm({ ...form, agencyName: e.target.value })} />}
            </Field>
            <Field label="紹介日" required errors={errors.byField.referredOn}>
              {(a) => <Input {...a} type="date" value={form.referredOn} onChange={(e) => setForm({ ...form, referredOn: e.target.value })} />}
            </Field>
          </div>
          <Field label="紹介のメモ" errors={errors.byField.notes}>
            {(a) => <TextArea {...a} value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} />}
          </Field>
          <div className="flex gap-4">
            <Button type="submit">つなぎ先を保存</Button>
            <Button kind="secondary" onClick={() => setAdding(false)}>やめる</Button>
          </div>
        </form>
      )}
      {referrals.length === 0 ? <p>つなぎ先はまだありません。</p> : (
        <Table caption="つなぎ先と結果" head={['紹介日', 'つなぎ先', '機関名', '結果', <span key="op" className="sr-only">操作</span>]}>
          {referrals.map((r) => (
            <Fragment key={r.id}>
              <tr>
                <Td>{r.referredOn}</Td>
                <Td>{label('ReferralDestination', r.destination)}</Td>
                <Td>{r.agencyName ?? '—'}{r.notes ? <span className="block text-dns-14N-130 text-solid-gray-700">{r.notes}</span> : null}</Td>
                <Td>{label('ReferralOutcome', r.outcome)}</Td>
                <Td>
                  {open && <OutcomeForm caseId={caseId} referral={r} />}
                  {open && correcting !== r.id && (
                    <Button kind="secondary" aria-label={`${r.referredOn}の${label('ReferralDestination', r.destination)}への紹介を訂正`} onClick={() => { setCorrecting(r.id); setCorrected(false); }}>訂正</Button>
                  )}
                </Td>
              </tr>
              {correcting === r.id && (
                <tr>
                  <td colSpan={5} className="px-3 py-2">
                    <CorrectReferralForm caseId={caseId} referral={r} onCancel={() => setCorrecting(null)} onDone={() => { setCorrecting(null); setCorrected(true); }} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </Table>
      )}
    </Section>
  );
}

function OutcomeForm({ caseId, referral }: { caseId: string; referral: Referral }) {
  const [, record] = useMutation(RecordReferralOutcome);
  const errors = useUserErrors(['outcome']);
  const [outcome, setOutcome] = useState<ReferralOutcome>(referral.outcome);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await record({ input: { caseId, referralId: referral.id, outcome } });
    errors.take(result, result.data?.recordReferralOutcome);
  };
  return (
    <form onSubmit={submit} aria-label={`${label('ReferralDestination', referral.destination)}の結果`} className="flex flex-wrap items-end gap-2">
      <FormErrors messages={errors.general} />
      <Field label="結果を記録" errors={errors.byField.outcome}>
        {(a) => (
          <Select {...a} value={outcome} onChange={(e) => setOutcome(e.target.value as ReferralOutcome)}>
            {options('ReferralOutcome').map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </Select>
        )}
      </Field>
      <Button type="submit" kind="secondary" className="mb-4">結果を保存</Button>
    </form>
  );
}

function CorrectReferralForm({ caseId, referral, onDone, onCancel }: { caseId: string; referral: Referral; onDone: () => void; onCancel: () => void }) {
  const [, correct] = useMutation(CorrectReferral);
  const errors = useUserErrors(['destination', 'agencyName', 'referredOn', 'notes', 'reason']);
  const id = useRef(crypto.randomUUID());
  const [form, setForm] = useState({ destination: referral.destination, agencyName: referral.agencyName ?? '', referredOn: referral.referredOn, notes: referral.notes ?? '', reason: '' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await correct({
      input: {
        clientMutationId: id.current, caseId, referralId: referral.id, destination: form.destination, agencyName: form.agencyName.trim() || null,
        referredOn: form.referredOn, notes: form.notes.trim() || null, reason: form.reason.trim() || null,
      },
    });
    if (errors.take(result, result.data?.correctReferral)) onDone();
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="つなぎ先の訂正" className="rounded-8 border border-key-300 bg-key-50 p-4">
      <FormErrors messages={errors.general} />
      <div className="grid gap-x-4 md:grid-cols-3">
        <Field label="つなぎ先" required errors={errors.byField.destination}>
          {(a) => (
            <Select {...a} value={form.destination} onChange={(e) => setForm({ ...form, destination: e.target.value as ReferralDestination })}>
              {options('ReferralDestination').map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </Select>
          )}
        </Field>
        <Field label="機関名" errors={errors.byField.agencyName}>
          {(a) => <Input {...a} value={form.agencyName} onChange={(e) => setForm({ ...form, agencyName: e.target.value })} />}
        </Field>
        <Field label="紹介日" required errors={errors.byField.referredOn}>
          {(a) => <Input {...a} type="date" value={form.referredOn} onChange={(e) => setForm({ ...form, referredOn: e.target.value })} />}
        </Field>
      </div>
      <Field label="紹介のメモ" errors={errors.byField.notes}>
        {(a) => <TextArea {...a} value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} />}
      </Field>
      <Field label="訂正の理由" required hint="変更履歴に残ります" errors={errors.byField.reason}>
        {(a) => <TextArea {...a} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />}
      </Field>
      <div className="flex gap-4">
        <Button type="submit">訂正を保存</Button>
        <Button kind="secondary" onClick={onCancel}>やめる</Button>
      </div>
    </form>
  );
}
