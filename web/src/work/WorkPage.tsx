import { useState } from 'react';
import { useQuery } from 'urql';
import type { WorkDue } from '../gql/graphql';
import { label, options } from '../labels';
import { describeError } from '../shell/errors';
import { RoleGate } from '../shell/StaffShell';
import { FormErrors, Loading, PageTitle, Section } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { MyWork } from './documents';
import WorkItemTable from './WorkItemTable';

/** Mutations of work items refetch the list (a stable object). */
const refetchOn = { additionalTypenames: ['WorkItem'] };

const allowed = ['Caseworker', 'Supervisor', 'TenantAdmin'];

/** `/work`: the signed-in worker's tasks and appointments of today, overdue, or of the week. */
export default function WorkPage() {
  const { roles } = useStaff();
  const [due, setDue] = useState<WorkDue>('TODAY');
  const [{ data, fetching, error }] = useQuery({ query: MyWork, variables: { due }, context: refetchOn });
  const items = data?.myWork ?? [];
  return (
    <RoleGate roles={roles} allowed={allowed}>
      <PageTitle title="今日の仕事">今日の仕事</PageTitle>
      <FormErrors messages={[describeError(error)]} />
      <Section title="フォローアップと面談予定">
        <fieldset className="mb-4">
          <legend className="text-std-16B-170 mb-1">表示する範囲</legend>
          <div className="flex flex-wrap gap-4">
            {options('WorkDue').map((o) => (
              <label key={o.value} className="flex items-center gap-2 text-std-16N-170">
                <input type="radio" name="due" value={o.value} checked={due === o.value} onChange={() => setDue(o.value)}
                  className="size-5 accent-key-800 focus-visible:outline-4 focus-visible:outline-black" />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
        {fetching && !data ? <Loading /> : items.length === 0
          ? <p>{label('WorkDue', due)}のフォローアップと面談予定はありません。</p>
          : <WorkItemTable caption="自分のフォローアップと面談予定" items={items} showCase />}
      </Section>
    </RoleGate>
  );
}
