import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, Check, Field, FormErrors, Input, Notice, Section, Table, Td } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { RegisterPlace, SetDesk, WithdrawActivity } from './documents';
import PlaceActions, { type Place } from './PlaceActions';

interface Desk { name: string; phone?: string | null; hours?: string | null; url?: string | null; address?: string | null }

/** The tenant's places of belonging (居場所), and registering a new one. */
export function PlacesSection({ places, mayRegister }: { places: Place[]; mayRegister: boolean }) {
  const [, register] = useMutation(RegisterPlace);
  const errors = useUserErrors(['name', 'address', 'schedule', 'isPublic']);
  const id = useRef(crypto.randomUUID());
  const [form, setForm] = useState({ name: '', address: '', schedule: '', isPublic: true });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await register({ input: { clientMutationId: id.current, name: form.name, address: form.address.trim() || null, schedule: form.schedule.trim() || null, isPublic: form.isPublic } });
    if (errors.take(result, result.data?.registerPlaceOfBelonging)) setForm({ name: '', address: '', schedule: '', isPublic: true });
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  return (
    <Section title="居場所">
      {places.length === 0 ? <p className="mb-4">登録された居場所はありません。</p> : (
        <Table caption="居場所" head={['名前', '開催日時', '所在地', '公開', ...(mayRegister ? [<span key="op" className="sr-only">操作</span>] : [])]}>
          {places.map((p) => (
            <tr key={p.id}>
              <Td>{p.name}{p.closedOn && <span className="block text-dns-14N-130 text-solid-gray-700">{p.closedOn}で閉所</span>}</Td>
              <Td>{p.schedule ?? '—'}</Td><Td>{p.address ?? '—'}</Td><Td>{p.isPublic ? '公開' : '非公開'}</Td>
              {mayRegister && <Td><PlaceActions place={p} /></Td>}
            </tr>
          ))}
        </Table>
      )}
      {mayRegister && (
        <form onSubmit={submit} noValidate aria-label="居場所の登録" className="mt-6">
          <h3 className="text-std-18B-160 mb-2">居場所を登録する</h3>
          <FormErrors messages={errors.general} />
          <div className="grid gap-x-4 md:grid-cols-3">
            <Field label="居場所の名前" required errors={errors.byField.name}>{(a) => <Input {...a} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}</Field>
            <Field label="開催日時" hint="例：毎週水曜 13〜16時" errors={errors.byField.schedule}>{(a) => <Input {...a} value={form.schedule} onChange={(e) => setForm({ ...form, schedule: e.target.value })} />}</Field>
            <Field label="居場所の所在地" errors={errors.byField.address}>{(a) => <Input {...a} value={form.address} onChange={(e) => setForm({ ...form, address: e.target.value })} />}</Field>
          </div>
          <Check label="公開する（誰でも見られる検索ページに載せる）" checked={form.isPublic} onChange={(v) => setForm({ ...form, isPublic: v })} />
          <Button type="submit">居場所を登録</Button>
        </form>
      )}
    </Section>
  );
}

/** The consultation desk (相談窓口): shown to everyone when publicised. */
export function DeskSection({ desk, maySet }: { desk: Desk | null; maySet: boolean }) {
  const [, setDesk] = useMutation(SetDesk);
  const errors = useUserErrors(['name', 'phone', 'hours', 'url', 'address', 'publicized']);
  const id = useRef(crypto.randomUUID());
  const [saved, setSaved] = useState(false);
  const [form, setForm] = useState({ name: desk?.name ?? '', phone: desk?.phone ?? '', hours: desk?.hours ?? '', url: desk?.url ?? '', address: desk?.address ?? '', publicized: true });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const or = (s: string) => s.trim() || null;
    const result = await setDesk({ input: { clientMutationId: id.current, name: form.name, phone: or(form.phone), hours: or(form.hours), url: or(form.url), address: or(form.address), publicized: form.publicized } });
    setSaved(errors.take(result, result.data?.setConsultationDesk));
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };
  const e = errors.byField;
  return (
    <Section title="相談窓口">
      {desk ? (
        <dl className="mb-4 grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
          <dt className="text-dns-16B-130">窓口</dt><dd>{desk.name}</dd>
          <dt className="text-dns-16B-130">電話</dt><dd>{desk.phone ?? '—'}</dd>
          <dt className="text-dns-16B-130">受付時間</dt><dd>{desk.hours ?? '—'}</dd>
          <dt className="text-dns-16B-130">所在地</dt><dd>{desk.address ?? '—'}</dd>
          <dt className="text-dns-16B-130">ウェブサイト</dt><dd>{desk.url ?? '—'}</dd>
        </dl>
      ) : <p className="mb-4">相談窓口はまだ公表されていません。</p>}
      {maySet && (
        <form onSubmit={submit} noValidate aria-label="相談窓口の設定">
          <h3 className="text-std-18B-160 mb-2">相談窓口を設定する</h3>
          {saved && <Notice>相談窓口を保存しました。</Notice>}
          <FormErrors messages={errors.general} />
          <div className="grid gap-x-4 md:grid-cols-2">
            <Field label="窓口の名前" required errors={e.name}>{(a) => <Input {...a} value={form.name} onChange={(ev) => setForm({ ...form, name: ev.target.value })} />}</Field>
            <Field label="窓口の電話番号" errors={e.phone}>{(a) => <Input {...a} type="tel" value={form.phone} onChange={(ev) => setForm({ ...form, phone: ev.target.value })} />}</Field>
            <Field label="受付時間" hint="例：平日 8時30分〜17時15分" errors={e.hours}>{(a) => <Input {...a} value={form.hours} onChange={(ev) => setForm({ ...form, hours: ev.target.value })} />}</Field>
            <Field label="窓口のウェブサイト" hint="https:// から始まるアドレス" errors={e.url}>{(a) => <Input {...a} type="url" value={form.url} onChange={(ev) => setForm({ ...form, url: ev.target.value })} />}</Field>
            <Field label="窓口の所在地・行き方" errors={e.address}>{(a) => <Input {...a} value={form.address} onChange={(ev) => setForm({ ...form, address: ev.target.value })} />}</Field>
          </div>
          <Check label="周知する（誰でも見られる検索ページに載せる）" checked={form.publicized} onChange={(v) => setForm({ ...form, publicized: v })} />
          <Button type="submit">相談窓口を保存</Button>
        </form>
      )}
    </Section>
  );
}

/** Withdraws an activity recorded by mistake, with the reason. */
export function WithdrawButton({ activityId, what }: { activityId: string; what: string }) {
  const [, withdraw] = useMutation(WithdrawActivity);
  const errors = useUserErrors(['reason']);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) return <Button kind="secondary" onClick={() => setOpen(true)} aria-label={`${what}を取り消す`}>取り消す</Button>;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await withdraw({ input: { activityId, reason } });
    if (errors.take(result, result.data?.withdrawActivity)) setOpen(false);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${what}の取り消し`}>
      <FormErrors messages={errors.general} />
      <Field label="取り消す理由" required errors={errors.byField.reason}>{(a) => <Input {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      <Button type="submit" kind="danger">取り消しを確定</Button>
    </form>
  );
}
