import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { CaseFieldsFragment, CaseStatus, ClosureReason } from '../gql/graphql';
import { label } from '../labels';
import { Button, EnumOptions, Field, FormErrors, Input, Section, Select, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { CloseCase, ReopenCase, TransferCase, UpdateCaseStatus } from './documents';

/** Status changes, closing with a reason, reopening, and transfer under a transfer consent in force. */
export default function StatusAndClosing({ c, roles }: { c: CaseFieldsFragment; roles: readonly string[] }) {
  const open = c.status !== 'CLOSED' && c.status !== 'TRANSFERRED';
  const mayTransfer = roles.includes('Supervisor') || roles.includes('TenantAdmin');
  const transferConsent = c.consents.some((x) => x.isInForce && x.purpose === 'TRANSFER');
  return (
    <Section title="状態の変更・終結">
      {open && <StatusForm c={c} />}
      {open && <CloseForm c={c} />}
      {c.status === 'CLOSED' && <ReopenForm c={c} />}
      {open && transferConsent && (mayTransfer ? <TransferForm c={c} /> : <p className="mt-4">移管の同意があります。移管は管理者（スーパーバイザー）が行います。</p>)}
      {c.status === 'TRANSFERRED' && <p>このケースは移管されました。</p>}
    </Section>
  );
}

function StatusForm({ c }: { c: CaseFieldsFragment }) {
  const [, update] = useMutation(UpdateCaseStatus);
  const errors = useUserErrors(['status']);
  const [status, setStatus] = useState<CaseStatus>(c.status === 'ACTIVE' ? 'MONITORING' : 'ACTIVE');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await update({ input: { caseId: c.id, status } });
    errors.take(result, result.data?.updateCaseStatus);
  };
  return (
    <form onSubmit={submit} aria-label="状態の変更" className="mb-6 flex flex-wrap items-end gap-4">
      <FormErrors messages={errors.general} />
      <Field label="新しい状態" errors={errors.byField.status}>
        {(a) => (
          <Select {...a} value={status} onChange={(e) => setStatus(e.target.value as CaseStatus)}>
            {(['ACTIVE', 'MONITORING'] as const).map((s) => <option key={s} value={s}>{label('CaseStatus', s)}</option>)}
          </Select>
        )}
      </Field>
      <Button type="submit" kind="secondary" className="mb-4">状態を変更</Button>
    </form>
  );
}

function CloseForm({ c }: { c: CaseFieldsFragment }) {
  const [, close] = useMutation(CloseCase);
  const errors = useUserErrors(['closedOn', 'reason']);
  const [closedOn, setClosedOn] = useState(todayInJapan());
  const [reason, setReason] = useState<ClosureReason | ''>('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason) return errors.take({}, { errors: [{ code: 'REQUIRED', message: '終結の理由を選んでください。', field: ['input', 'reason'] }] });
    const result = await close({ input: { caseId: c.id, closedOn, reason } });
    errors.take(result, result.data?.closeCase);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="終結" className="mb-6 grid items-end gap-x-4 rounded-8 border border-solid-gray-200 p-4 md:grid-cols-3">
      <div className="md:col-span-3"><FormErrors messages={errors.general} /></div>
      <Field label="終結日" required errors={errors.byField.closedOn}>
        {(a) => <Input {...a} type="date" value={closedOn} onChange={(e) => setClosedOn(e.target.value)} />}
      </Field>
      <Field label="終結の理由" required errors={errors.byField.reason}>
        {(a) => (
          <Select {...a} value={reason} onChange={(e) => setReason(e.target.value as ClosureReason)}>
            <option value="">選んでください</option>
            <EnumOptions of="ClosureReason" where={(v) => v !== 'TRANSFERRED'} />
          </Select>
        )}
      </Field>
      <Button type="submit" kind="danger" className="mb-4">終結する</Button>
    </form>
  );
}

function ReopenForm({ c }: { c: CaseFieldsFragment }) {
  const [, reopen] = useMutation(ReopenCase);
  const errors = useUserErrors(['reopenedOn']);
  const [on, setOn] = useState(todayInJapan());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await reopen({ input: { caseId: c.id, reopenedOn: on } });
    errors.take(result, result.data?.reopenCase);
  };
  return (
    <form onSubmit={submit} aria-label="再開" className="flex flex-wrap items-end gap-4">
      <FormErrors messages={errors.general} />
      <Field label="再開日" errors={errors.byField.reopenedOn}>
        {(a) => <Input {...a} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <Button type="submit" kind="secondary" className="mb-4">支援を再開する</Button>
    </form>
  );
}

function TransferForm({ c }: { c: CaseFieldsFragment }) {
  const [, transfer] = useMutation(TransferCase);
  const errors = useUserErrors(['targetTenantCode']);
  const [target, setTarget] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await transfer({ input: { caseId: c.id, targetTenantCode: target.trim() } });
    errors.take(result, result.data?.transferCase);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="移管" className="mt-4 flex flex-wrap items-end gap-4 rounded-8 border border-solid-gray-200 p-4">
      <FormErrors messages={errors.general} />
      <Field label="移管先の地方公共団体コード（6桁）" required errors={errors.byField.targetTenantCode}>
        {(a) => <Input {...a} inputMode="numeric" value={target} onChange={(e) => setTarget(e.target.value)} />}
      </Field>
      <Button type="submit" kind="danger" className="mb-4">移管する</Button>
    </form>
  );
}
