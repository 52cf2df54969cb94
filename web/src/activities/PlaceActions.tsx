import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, Check, Field, FormErrors, Input, todayInJapan } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { ClosePlace, UpdatePlace } from './documents';

export interface Place { id: string; name: string; address?: string | null; schedule?: string | null; isPublic: boolean; closedOn?: string | null }

/** Edit an open place of belonging, or close it from a day on. */
export default function PlaceActions({ place }: { place: Place }) {
  const [mode, setMode] = useState<'edit' | 'close' | null>(null);
  if (place.closedOn) return null;
  if (mode === 'edit') return <EditPlaceForm place={place} onClose={() => setMode(null)} />;
  if (mode === 'close') return <ClosePlaceForm place={place} onClose={() => setMode(null)} />;
  return (
    <div className="flex flex-wrap gap-2">
      <Button kind="secondary" onClick={() => setMode('edit')} aria-label={`${place.name}を編集`}>編集</Button>
      <Button kind="secondary" onClick={() => setMode('close')} aria-label={`${place.name}を閉じる`}>閉じる</Button>
    </div>
  );
}

function EditPlaceForm({ place, onClose }: { place: Place; onClose: () => void }) {
  const [, update] = useMutation(UpdatePlace);
  const errors = useUserErrors(['name', 'address', 'schedule', 'isPublic']);
  const id = useRef(crypto.randomUUID());
  const [form, setForm] = useState({ name: place.name, address: place.address ?? '', schedule: place.schedule ?? '', isPublic: place.isPublic });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await update({ input: { clientMutationId: id.current, placeId: place.id, name: form.name, address: form.address.trim() || null, schedule: form.schedule.trim() || null, isPublic: form.isPublic } });
    const ok = errors.take(result, result.data?.updatePlaceOfBelonging);
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
    if (ok) onClose();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${place.name}の編集`} className="rounded-8 border border-key-300 bg-key-50 p-3">
      <FormErrors messages={errors.general} />
      <Field label="居場所の名前" required errors={errors.byField.name}>{(a) => <Input {...a} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}</Field>
      <Field label="開催日時" errors={errors.byField.schedule}>{(a) => <Input {...a} value={form.schedule} onChange={(e) => setForm({ ...form, schedule: e.target.value })} />}</Field>
      <Field label="居場所の所在地" errors={errors.byField.address}>{(a) => <Input {...a} value={form.address} onChange={(e) => setForm({ ...form, address: e.target.value })} />}</Field>
      <Check label="公開する" checked={form.isPublic} onChange={(v) => setForm({ ...form, isPublic: v })} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit">変更を保存</Button>
        <Button kind="secondary" onClick={onClose}>やめる</Button>
      </div>
    </form>
  );
}

function ClosePlaceForm({ place, onClose }: { place: Place; onClose: () => void }) {
  const [, close] = useMutation(ClosePlace);
  const errors = useUserErrors(['closedOn']);
  const id = useRef(crypto.randomUUID());
  const [closedOn, setClosedOn] = useState(todayInJapan());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await close({ input: { clientMutationId: id.current, placeId: place.id, closedOn } });
    const ok = errors.take(result, result.data?.closePlaceOfBelonging);
    if (result.data) id.current = crypto.randomUUID();
    if (ok) onClose();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${place.name}を閉じる`} className="rounded-8 border border-key-300 bg-key-50 p-3">
      <FormErrors messages={errors.general} />
      <Field label="最後に開いた日" required hint="この日より後の開催は記録できなくなります" errors={errors.byField.closedOn}>
        {(a) => <Input {...a} type="date" value={closedOn} onChange={(e) => setClosedOn(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" kind="danger">閉じる日を保存</Button>
        <Button kind="secondary" onClick={onClose}>やめる</Button>
      </div>
    </form>
  );
}
