import { Fragment, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ReferralDestination, ReferralOutcome } from '../gql/graphql';
import { label } from '../labels';
import { Button, EnumOptions, Field, FormErrors, Input, Notice, Section, Select, Table, Td, TextArea, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { CorrectReferral, RecordReferralOutcome, ReferCase } from './documents';
import CorrectionReason from './CorrectionReason';

/** A referral as its forms hold it. */
interface ReferralForm { destination: ReferralDestination; agencyName: string; referredOn: string; notes: string }
interface Referral { id: string; destination: ReferralDestination; agencyName?: string | null; referredOn: string; outcome: ReferralOutcome; notes?: string | null }

/** Referrals (つなぎ先) and their outcomes. */
export default function Referrals({ caseId, referrals, open }: { caseId: string; referrals: Referral[]; open: boolean }) {
  const [, refer] = useMutation(ReferCase);
  const errors = useUserErrors(['destination', 'agencyName', 'referredOn', 'notes']);
  const id = useRef(crypto.randomUUID());
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [corrected, setCorrected] = useState(false);
  const [form, setForm] = useState<ReferralForm>({ destination: 'SELF_RELIANCE_CONSULTATION', agencyName: '', referredOn: todayInJapan(), notes: '' });

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
          <ReferralFields form={form} onChange={(patch) => setForm({ ...form, ...patch })} errors={errors.byField} columns={2} />
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
            <EnumOptions of="ReferralOutcome" />
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
  const [form, setForm] = useState<ReferralForm & { reason: string }>({ destination: referral.destination, agencyName: referral.agencyName ?? '', referredOn: referral.referredOn, notes: referral.notes ?? '', reason: '' });
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
      <ReferralFields form={form} onChange={(patch) => setForm({ ...form, ...patch })} errors={errors.byField} columns={3} />
      <CorrectionReason reason={form.reason} onReason={(reason) => setForm({ ...form, reason })} errors={errors.byField.reason} onCancel={onCancel} />
    </form>
  );
}

/** つなぎ先, 機関名 and 紹介日 in a grid of two or three columns, then 紹介のメモ: for referring a case and for correcting a referral. */
function ReferralFields({ form, onChange, errors, columns }: { form: ReferralForm; onChange: (patch: Partial<ReferralForm>) => void; errors: Record<string, string[]>; columns: 2 | 3 }) {
  return (
    <>
      <div className={columns === 2 ? 'grid gap-x-4 md:grid-cols-2' : 'grid gap-x-4 md:grid-cols-3'}>
        <Field label="つなぎ先" required errors={errors.destination}>
          {(a) => (
            <Select {...a} value={form.destination} onChange={(e) => onChange({ destination: e.target.value as ReferralDestination })}>
              <EnumOptions of="ReferralDestination" />
            </Select>
          )}
        </Field>
        <Field label="機関名" errors={errors.agencyName}>
          {(a) => <Input {...a} value={form.agencyName} onChange={(e) => onChange({ agencyName: e.target.value })} />}
        </Field>
        <Field label="紹介日" required errors={errors.referredOn}>
          {(a) => <Input {...a} type="date" value={form.referredOn} onChange={(e) => onChange({ referredOn: e.target.value })} />}
        </Field>
      </div>
      <Field label="紹介のメモ" errors={errors.notes}>
        {(a) => <TextArea {...a} value={form.notes} onChange={(e) => onChange({ notes: e.target.value })} />}
      </Field>
    </>
  );
}
