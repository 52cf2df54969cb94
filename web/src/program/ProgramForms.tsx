import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { OperatorKind, ProgramFieldsFragment, ProgramTier, SupportFunction } from '../gql/graphql';
import { fiscalYearLabel, options } from '../labels';
import { Button, Check, CheckGroup, EnumOptions, Field, FormErrors, Input, Notice, Section, Select } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { DesignateProgram, ReportRequestStatus } from './documents';

/** Designates (or re-designates) the tenant's program of a fiscal year. */
export function DesignateForm({ tenant, isPrefecture, fiscalYear, current }: { tenant: string; isPrefecture: boolean; fiscalYear: number; current: ProgramFieldsFragment | null }) {
  const [, designate] = useMutation(DesignateProgram);
  const errors = useUserErrors(['fiscalYear', 'tier', 'functions', 'operator', 'operator.kind', 'operator.name']);
  const id = useRef(crypto.randomUUID());
  const [saved, setSaved] = useState(false);
  const [tier, setTier] = useState<ProgramTier>(current?.tier ?? (isPrefecture ? 'REGIONAL_SUPPORT_CENTER' : 'SUPPORT_PROJECT'));
  const [functions, setFunctions] = useState<SupportFunction[]>(current?.functions ?? []);
  const [kind, setKind] = useState<OperatorKind | ''>(current?.operator?.kind ?? '');
  const [name, setName] = useState(current?.operator?.name ?? '');
  const e = errors.byField;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(false);
    const result = await designate({
      input: {
        clientMutationId: id.current, fiscalYear, tier, functions,
        ...(isPrefecture ? { prefectureCode: tenant } : { municipalityCode: tenant }),
        operator: kind ? { kind, name: name.trim() || null } : null,
      },
    });
    setSaved(errors.take(result, result.data?.designateProgram));
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };

  return (
    <Section title={`${fiscalYearLabel(fiscalYear)}の事業を指定する`}>
      {saved && <Notice>事業を保存しました。</Notice>}
      <form onSubmit={submit} noValidate aria-label="事業の指定">
        <FormErrors messages={[...errors.general, ...(e.fiscalYear ?? [])]} />
        <div className="grid gap-x-4 md:grid-cols-3">
          <Field label="事業の種類" required errors={e.tier}>
            {(a) => (
              <Select {...a} value={tier} onChange={(ev) => setTier(ev.target.value as ProgramTier)}>
                <EnumOptions of="ProgramTier" />
              </Select>
            )}
          </Field>
          <Field label="運営の形" errors={e['operator.kind'] ?? e.operator}>
            {(a) => (
              <Select {...a} value={kind} onChange={(ev) => setKind(ev.target.value as OperatorKind)}>
                <option value="">選ばない</option>
                <EnumOptions of="OperatorKind" />
              </Select>
            )}
          </Field>
          <Field label="委託先の名前" errors={e['operator.name']}>
            {(a) => <Input {...a} value={name} onChange={(ev) => setName(ev.target.value)} />}
          </Field>
        </div>
        <CheckGroup legend="実施する機能" options={options('SupportFunction')} value={functions} onChange={setFunctions} errors={e.functions} />
        {current && current.tier === tier && (
          <p className="mb-4 text-dns-16N-130">この事業に必要な機能：{current.requiredFunctions.length} 件（足りない機能は保存後に上に表示されます）</p>
        )}
        <Button type="submit">事業を保存</Button>
      </form>
    </Section>
  );
}

interface RequestStatus { deskClarified: boolean; deskPublicized: boolean; factFindingSurvey: boolean; municipalPlatform: boolean }

/** Reports the three national requests' status (相談窓口の明確化・周知 / 実態把握 / 市町村プラットフォームの設置). */
export function RequestStatusForm({ tenant, fiscalYear, current }: { tenant: string; fiscalYear: number; current: RequestStatus | null }) {
  const [, report] = useMutation(ReportRequestStatus);
  const errors = useUserErrors(['deskClarified', 'deskPublicized', 'factFindingSurvey', 'municipalPlatform']);
  const [saved, setSaved] = useState(false);
  const [s, setS] = useState<RequestStatus>(current ?? { deskClarified: false, deskPublicized: false, factFindingSurvey: false, municipalPlatform: false });
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(false);
    const result = await report({ input: { municipalityCode: tenant, fiscalYear, ...s } });
    setSaved(errors.take(result, result.data?.reportRequestStatus));
  };
  const e = errors.byField;
  return (
    <Section title={`国からの3つの要請への対応（${fiscalYearLabel(fiscalYear)}）`}>
      {saved && <Notice>対応状況を保存しました。</Notice>}
      <form onSubmit={submit} noValidate aria-label="要請への対応状況">
        <FormErrors messages={[...errors.general, ...(e.deskClarified ?? []), ...(e.deskPublicized ?? []), ...(e.factFindingSurvey ?? []), ...(e.municipalPlatform ?? [])]} />
        <Check label="相談窓口の明確化" checked={s.deskClarified} onChange={(v) => setS({ ...s, deskClarified: v })} />
        <Check label="相談窓口の周知" checked={s.deskPublicized} onChange={(v) => setS({ ...s, deskPublicized: v })} />
        <Check label="実態把握" checked={s.factFindingSurvey} onChange={(v) => setS({ ...s, factFindingSurvey: v })} />
        <Check label="市町村プラットフォームの設置" checked={s.municipalPlatform} onChange={(v) => setS({ ...s, municipalPlatform: v })} />
        <Button type="submit" className="mt-2">対応状況を保存</Button>
      </form>
    </Section>
  );
}
