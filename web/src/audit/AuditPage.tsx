import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { label } from '../labels';
import { describeError } from '../shell/errors';
import { RoleGate } from '../shell/StaffShell';
import { Button, EnumOptions, Field, formatDateTime, FormErrors, Input, Loading, Pager, PageTitle, Section, Select, Table, Td } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { auditVariables, type AuditFilter } from './auditFilter';
import { AuditLog } from './documents';

const pageSize = 100;

/** `/audit`: the tenant's audit log (oldest first), a page at a time, filtered by the server over the whole log. */
export default function AuditPage() {
  const { roles } = useStaff();
  const [after, setAfter] = useState<string | null>(null);
  const empty: AuditFilter = { action: '', outcome: '', party: '', from: '', to: '' };
  const [filter, setFilter] = useState<AuditFilter>(empty);
  const [applied, setApplied] = useState<AuditFilter>(empty);
  const [{ data, fetching, error }] = useQuery({ query: AuditLog, variables: { first: pageSize, after, ...auditVariables(applied) }, requestPolicy: 'network-only' });
  const shown = data?.auditLog.nodes ?? [];
  const set = (patch: Partial<AuditFilter>) => setFilter({ ...filter, ...patch });
  const submit = (e: FormEvent) => { e.preventDefault(); setAfter(null); setApplied(filter); };
  const filtered = Object.values(auditVariables(applied)).some((v) => v !== null);

  return (
    <RoleGate roles={roles} allowed={['Supervisor', 'TenantAdmin']}>
      <PageTitle title="監査ログ（操作記録）">監査ログ（操作記録）</PageTitle>
      <p className="mb-4 text-std-16N-170">ケースの閲覧・変更と拒否された操作の記録です（古い順）。この画面を開いたことも記録されます。</p>
      <Section title="絞り込み">
        <form role="search" aria-label="監査ログの絞り込み" onSubmit={submit}>
          <div className="grid gap-x-4 md:grid-cols-3 lg:grid-cols-5">
            <Field label="操作" hint="前方一致。例：case.">{(a) => <Input {...a} value={filter.action} onChange={(e) => set({ action: e.target.value })} />}</Field>
            <Field label="結果">
              {(a) => (
                <Select {...a} value={filter.outcome} onChange={(e) => set({ outcome: e.target.value as AuditFilter['outcome'] })}>
                  <option value="">すべて</option>
                  <EnumOptions of="AuditOutcome" />
                </Select>
              )}
            </Field>
            <Field label="操作した人・対象のID" hint="完全一致">{(a) => <Input {...a} value={filter.party} onChange={(e) => set({ party: e.target.value })} />}</Field>
            <Field label="この日から">{(a) => <Input {...a} type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />}</Field>
            <Field label="この日まで">{(a) => <Input {...a} type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />}</Field>
          </div>
          <div className="flex flex-wrap gap-4">
            <Button type="submit">絞り込む</Button>
            {filtered && <Button kind="secondary" onClick={() => { setFilter(empty); setApplied(empty); setAfter(null); }}>条件を解除</Button>}
          </div>
        </form>
        <p className="mt-2 text-dns-14N-130 text-solid-gray-700">監査ログ全体から条件に合う記録を探します（日付は日本時間）。</p>
      </Section>
      <FormErrors messages={[describeError(error)]} />
      {fetching && !data ? <Loading /> : (
        <>
          <Table caption="監査ログ" head={['番号', '日時', '操作した人', '役割', '操作', '対象', '目的', '結果']}>
            {shown.map((e) => (
              <tr key={e.sequence}>
                <Td>{e.sequence}</Td>
                <Td>{formatDateTime(e.at)}</Td>
                <Td>{e.subject}{e.actorTenantCode ? <span className="block text-dns-14N-130 text-solid-gray-700">{e.actorTenantCode}</span> : null}</Td>
                <Td>{e.roles.join('、')}</Td>
                <Td><code>{e.action}</code></Td>
                <Td>{e.objectType} <span className="break-all text-dns-14N-130">{e.objectId}</span></Td>
                <Td>{e.purpose ?? '—'}</Td>
                <Td className={e.outcome === 'ALLOWED' ? '' : 'font-bold text-error-2'}>{label('AuditOutcome', e.outcome)}</Td>
              </tr>
            ))}
          </Table>
          {shown.length === 0 && <p className="mt-2">該当する記録はありません。</p>}
          {data && <Pager pageInfo={data.auditLog.pageInfo} totalCount={data.auditLog.totalCount} shown={shown.length} atFirst={after === null} onFirst={() => setAfter(null)} onNext={setAfter} />}
        </>
      )}
    </RoleGate>
  );
}
