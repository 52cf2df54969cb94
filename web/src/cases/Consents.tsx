import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ConsentGiver, ConsentPurpose } from '../gql/graphql';
import { label } from '../labels';
import { Button, EnumOptions, Field, FormErrors, Input, Section, Select, Table, Td, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { RecordConsent, WithdrawConsent } from './documents';

interface Consent { id: string; purpose: ConsentPurpose; agencyName?: string | null; givenBy: ConsentGiver; givenOn: string; withdrawnOn?: string | null; isInForce: boolean }

/** Consents (同意) by purpose, with their withdrawal (撤回). */
export default function Consents({ caseId, consents, open }: { caseId: string; consents: Consent[]; open: boolean }) {
  const [, record] = useMutation(RecordConsent);
  const errors = useUserErrors(['purpose', 'agencyName', 'givenBy', 'givenOn']);
  const id = useRef(crypto.randomUUID());
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ purpose: 'PREFECTURAL_CONSULTATION' as ConsentPurpose, agencyName: '', givenBy: 'PERSON' as ConsentGiver, givenOn: todayInJapan() });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await record({ input: { clientMutationId: id.current, caseId, purpose: form.purpose, agencyName: form.agencyName.trim() || null, givenBy: form.givenBy, givenOn: form.givenOn } });
    if (errors.take(result, result.data?.recordConsent)) {
      setAdding(false);
      setForm({ ...form, agencyName: '' });
    }
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };

  return (
    <Section title="同意" actions={open && !adding ? <Button onClick={() => setAdding(true)}>同意を記録</Button> : undefined}>
      {adding && (
        <form onSubmit={submit} noValidate aria-label="同意の記録" className="mb-6 rounded-8 border border-key-300 bg-key-50 p-4">
          <FormErrors messages={errors.general} />
          <div className="grid gap-x-4 md:grid-cols-2">
            <Field label="目的" required errors={errors.byField.purpose}>
              {(a) => (
                <Select {...a} value={form.purpose} onChange={(e) => setForm({ ...form, purpose: e.target.value as ConsentPurpose })}>
                  <EnumOptions of="ConsentPurpose" />
                </Select>
              )}
            </Field>
            <Field label="情報を共有する機関名" hint="関係機関との情報共有のときは必須" errors={errors.byField.agencyName}>
              {(a) => <Input {...a} value={form.agencyName} onChange={(e) => setForm({ ...form, agencyName: e.target.value })} />}
            </Field>
            <Field label="同意した人" required errors={errors.byField.givenBy}>
              {(a) => (
                <Select {...a} value={form.givenBy} onChange={(e) => setForm({ ...form, givenBy: e.target.value as ConsentGiver })}>
                  <EnumOptions of="ConsentGiver" />
                </Select>
              )}
            </Field>
            <Field label="同意日" required errors={errors.byField.givenOn}>
              {(a) => <Input {...a} type="date" value={form.givenOn} onChange={(e) => setForm({ ...form, givenOn: e.target.value })} />}
            </Field>
          </div>
          <div className="flex gap-4">
            <Button type="submit">同意を保存</Button>
            <Button kind="secondary" onClick={() => setAdding(false)}>やめる</Button>
          </div>
        </form>
      )}
      {consents.length === 0 ? <p>記録された同意はありません。</p> : (
        <Table caption="同意" head={['目的', '同意した人', '同意日', '状態', <span key="op" className="sr-only">操作</span>]}>
          {consents.map((c) => (
            <tr key={c.id}>
              <Td>{label('ConsentPurpose', c.purpose)}{c.agencyName ? `（${c.agencyName}）` : ''}</Td>
              <Td>{label('ConsentGiver', c.givenBy)}</Td>
              <Td>{c.givenOn}</Td>
              <Td>{c.isInForce ? '有効' : `撤回（${c.withdrawnOn}）`}</Td>
              <Td>{c.isInForce && <WithdrawForm caseId={caseId} consent={c} />}</Td>
            </tr>
          ))}
        </Table>
      )}
    </Section>
  );
}

function WithdrawForm({ caseId, consent }: { caseId: string; consent: Consent }) {
  const [, withdraw] = useMutation(WithdrawConsent);
  const errors = useUserErrors(['withdrawnOn']);
  const [on, setOn] = useState(todayInJapan());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await withdraw({ input: { caseId, consentId: consent.id, withdrawnOn: on } });
    errors.take(result, result.data?.withdrawConsent);
  };
  return (
    <form onSubmit={submit} aria-label={`${label('ConsentPurpose', consent.purpose)}の同意の撤回`} className="flex flex-wrap items-end gap-2">
      <FormErrors messages={errors.general} />
      <Field label="撤回日" errors={errors.byField.withdrawnOn}>
        {(a) => <Input {...a} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <Button type="submit" kind="danger" className="mb-4">同意を撤回</Button>
    </form>
  );
}
