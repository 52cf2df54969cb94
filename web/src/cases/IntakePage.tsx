import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import type { AgeBand, Concern, Gender, OpenCaseInput, ReferralSource, WithdrawalDuration } from '../gql/graphql';
import { options } from '../labels';
import { Button, Check, CheckGroup, EnumOptions, Field, FormErrors, Input, PageTitle, Section, Select, TextArea, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { OpenCase } from './documents';

interface Member { relationship: string; name: string; birthYear: string; ageBand: AgeBand | ''; notes: string }

const shownFields = [
  'openedOn', 'referralSource', 'household', 'household.is8050', 'household.members',
  'subject', 'subject.name', 'subject.kana', 'subject.birthYear', 'subject.ageBand', 'subject.gender',
  'subject.address', 'subject.phone', 'subject.email', 'withdrawalDuration', 'concerns', 'notes', 'assignedTo',
];

const toInt = (s: string) => (s.trim() === '' ? null : Number(s));
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** `/cases/new`: intake. Families usually call first, so the caller and the household come first; the person may stay unnamed. */
export default function IntakePage() {
  const navigate = useNavigate();
  const [, openCase] = useMutation(OpenCase);
  const errors = useUserErrors(shownFields);
  const clientMutationId = useRef(crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [openedOn, setOpenedOn] = useState(todayInJapan());
  const [referralSource, setReferralSource] = useState<ReferralSource>('FAMILY');
  const [is8050, setIs8050] = useState(false);
  const [members, setMembers] = useState<Member[]>([{ relationship: '', name: '', birthYear: '', ageBand: '', notes: '' }]);
  const [subject, setSubject] = useState({ name: '', kana: '', birthYear: '', ageBand: '' as AgeBand | '', gender: '' as Gender | '', address: '', phone: '', email: '' });
  const [withdrawalDuration, setWithdrawalDuration] = useState<WithdrawalDuration | ''>('');
  const [concerns, setConcerns] = useState<Concern[]>([]);
  const [notes, setNotes] = useState('');

  const e = errors.byField;
  const setMember = (i: number, patch: Partial<Member>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const sub = (key: keyof typeof subject) => ({ value: subject[key], onChange: (ev: { target: { value: string } }) => setSubject({ ...subject, [key]: ev.target.value }) });

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    const input: OpenCaseInput = {
      clientMutationId: clientMutationId.current,
      openedOn,
      referralSource,
      household: {
        is8050,
        members: members.filter((m) => m.relationship.trim() || m.name.trim()).map((m) => ({
          relationship: m.relationship.trim(), name: orNull(m.name), birthYear: toInt(m.birthYear), ageBand: m.ageBand || null, notes: orNull(m.notes),
        })),
      },
      subject: {
        name: orNull(subject.name), kana: orNull(subject.kana), birthYear: toInt(subject.birthYear),
        ageBand: subject.ageBand || null, gender: subject.gender || null,
        address: orNull(subject.address), phone: orNull(subject.phone), email: orNull(subject.email),
      },
      withdrawalDuration: withdrawalDuration || null,
      concerns,
      notes: orNull(notes),
    };
    const result = await openCase({ input });
    setBusy(false);
    if (errors.take(result, result.data?.openCase) && result.data?.openCase.case) {
      navigate(`/cases/${encodeURIComponent(result.data.openCase.case.id)}`, { state: { opened: result.data.openCase.case.caseNumber } });
    } else if (result.data) {
      // The API refused it: the corrected form is a new request. After a lost answer the
      // retry keeps the id, so the case is never opened twice.
      clientMutationId.current = crypto.randomUUID();
    }
  };

  return (
    <>
      <PageTitle title="新規受付">新規受付</PageTitle>
      <form onSubmit={submit} noValidate aria-label="新規受付">
        <FormErrors messages={errors.general} />
        <Section title="受付">
          <div className="grid gap-4 md:grid-cols-2">
            <Field label="受付日（最初の相談の日）" required errors={e.openedOn}>
              {(a) => <Input {...a} type="date" value={openedOn} max={todayInJapan()} onChange={(ev) => setOpenedOn(ev.target.value)} />}
            </Field>
            <Field label="相談の経路" required errors={e.referralSource}>
              {(a) => (
                <Select {...a} value={referralSource} onChange={(ev) => setReferralSource(ev.target.value as ReferralSource)}>
                  <EnumOptions of="ReferralSource" />
                </Select>
              )}
            </Field>
          </div>
        </Section>
        <Section title="家族・世帯">
          <Check label="8050世帯（80代前後の親が50代前後の本人を支えている）" checked={is8050} onChange={setIs8050} />
          {e['household.is8050'] && <p role="alert" className="text-error-2">{e['household.is8050'].join(' ')}</p>}
          <FormErrors messages={[...(e.household ?? []), ...(e['household.members'] ?? [])]} />
          {members.map((m, i) => (
            <fieldset key={i} className="mb-4 rounded-8 border border-solid-gray-200 p-4">
              <legend className="px-2 text-std-16B-170">家族 {i + 1}</legend>
              <div className="grid gap-x-4 md:grid-cols-2">
                <Field label="本人との続柄" hint="例：母、父、きょうだい">
                  {(a) => <Input {...a} value={m.relationship} onChange={(ev) => setMember(i, { relationship: ev.target.value })} />}
                </Field>
                <Field label="家族の氏名">
                  {(a) => <Input {...a} value={m.name} onChange={(ev) => setMember(i, { name: ev.target.value })} />}
                </Field>
                <Field label="家族の生まれ年（西暦）">
                  {(a) => <Input {...a} inputMode="numeric" value={m.birthYear} onChange={(ev) => setMember(i, { birthYear: ev.target.value })} />}
                </Field>
                <Field label="家族の年代">
                  {(a) => (
                    <Select {...a} value={m.ageBand} onChange={(ev) => setMember(i, { ageBand: ev.target.value as AgeBand })}>
                      <option value="">選ばない</option>
                      <EnumOptions of="AgeBand" />
                    </Select>
                  )}
                </Field>
              </div>
              <Field label="家族についてのメモ">
                {(a) => <Input {...a} value={m.notes} onChange={(ev) => setMember(i, { notes: ev.target.value })} />}
              </Field>
              {members.length > 1 && <Button kind="secondary" onClick={() => setMembers(members.filter((_, j) => j !== i))}>家族 {i + 1} を削除</Button>}
            </fieldset>
          ))}
          <Button kind="secondary" onClick={() => setMembers([...members, { relationship: '', name: '', birthYear: '', ageBand: '', notes: '' }])}>家族を追加</Button>
        </Section>
        <Section title="本人">
          <p className="mb-4 text-std-16N-170 text-solid-gray-700">わからない項目は空欄のままで構いません（氏名がわからなくても受け付けられます）。</p>
          <div className="grid gap-x-4 md:grid-cols-2">
            <Field label="本人の氏名" errors={e['subject.name']}>{(a) => <Input {...a} {...sub('name')} />}</Field>
            <Field label="本人のふりがな" hint="ひらがな・カタカナ" errors={e['subject.kana']}>{(a) => <Input {...a} {...sub('kana')} />}</Field>
            <Field label="本人の生まれ年（西暦）" errors={e['subject.birthYear']}>{(a) => <Input {...a} inputMode="numeric" {...sub('birthYear')} />}</Field>
            <Field label="本人の年代" errors={e['subject.ageBand']}>
              {(a) => (
                <Select {...a} {...sub('ageBand')}>
                  <option value="">選ばない</option>
                  <EnumOptions of="AgeBand" />
                </Select>
              )}
            </Field>
            <Field label="本人の性別" errors={e['subject.gender']}>
              {(a) => (
                <Select {...a} {...sub('gender')}>
                  <option value="">選ばない</option>
                  <EnumOptions of="Gender" />
                </Select>
              )}
            </Field>
            <Field label="本人の電話番号" errors={e['subject.phone']}>{(a) => <Input {...a} type="tel" {...sub('phone')} />}</Field>
            <Field label="本人のメールアドレス" errors={e['subject.email']}>{(a) => <Input {...a} type="email" {...sub('email')} />}</Field>
            <Field label="本人の住所" errors={e['subject.address']}>{(a) => <Input {...a} {...sub('address')} />}</Field>
          </div>
          <FormErrors messages={e.subject ?? []} />
        </Section>
        <Section title="状況">
          <Field label="ひきこもり期間" errors={e.withdrawalDuration}>
            {(a) => (
              <Select {...a} value={withdrawalDuration} onChange={(ev) => setWithdrawalDuration(ev.target.value as WithdrawalDuration)}>
                <option value="">選ばない</option>
                <EnumOptions of="WithdrawalDuration" />
              </Select>
            )}
          </Field>
          <CheckGroup legend="困りごと" options={options('Concern')} value={concerns} onChange={setConcerns} errors={e.concerns} />
          <Field label="受付メモ" errors={e.notes}>{(a) => <TextArea {...a} value={notes} onChange={(ev) => setNotes(ev.target.value)} />}</Field>
        </Section>
        <Button type="submit" disabled={busy}>受け付ける</Button>
      </form>
    </>
  );
}
