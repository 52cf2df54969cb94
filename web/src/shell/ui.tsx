import { useEffect, useId, type ButtonHTMLAttributes, type ReactNode, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { options, type EnumName } from '../labels';

/** Sets the document title; every screen has exactly one h1, given here. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  useEffect(() => {
    document.title = `${title}｜ひきこもり支援プラットフォーム`;
  }, [title]);
  return <h1 className="text-std-28B-150 mb-6 text-solid-gray-900">{children}</h1>;
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mb-8 rounded-8 border border-solid-gray-200 bg-white p-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-std-20B-150 text-solid-gray-900">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

interface FieldProps {
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; required?: boolean }) => ReactNode;
}

/** A labelled form control with its hint and the UserErrors that name it, announced to screen readers. */
export function Field({ label, errors, hint, required, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="text-std-16B-170 mb-1 block text-solid-gray-800">
        {label}
        {/* Announced through the control's required attribute; the mark is for the eye. */}
        {required && <span aria-hidden="true" className="ml-2 text-dns-14B-130 text-error-2">※必須</span>}
      </label>
      {hint && <p id={hintId} className="text-dns-14N-130 mb-1 text-solid-gray-700">{hint}</p>}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errors?.length ? true : undefined, required })}
      {errors?.length ? (
        <p id={errorId} className="text-dns-16N-130 mt-1 text-error-2" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

// Fields show their ring on any focus, also when it sits inside them (a date field's sub-fields,
// which :focus and :focus-visible on the field itself do not match).
const control =
  'w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 text-solid-gray-900 aria-[invalid=true]:border-error-2 focus-within:outline-4 focus-within:outline-offset-2 focus-within:outline-black focus-within:ring-4 focus-within:ring-yellow-300';

export function Input(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={`${control} ${props.className ?? ''}`} />;
}

export function Select(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} className={`${control} ${props.className ?? ''}`} />;
}

/** The options of a Select for an enum, labelled in Japanese, in the API's order; `where` keeps some of them. */
export function EnumOptions({ of, where }: { of: EnumName; where?: (value: string) => boolean }) {
  return <>{options(of).filter((o) => where?.(o.value) ?? true).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</>;
}

export function TextArea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea rows={3} {...props} className={`${control} ${props.className ?? ''}`} />;
}

/** A checkbox with its label beside it. */
export function Check({ label, checked, onChange, name }: { label: string; checked: boolean; onChange: (v: boolean) => void; name?: string }) {
  const id = useId();
  return (
    <div className="mb-2 flex items-center gap-2">
      <input id={id} name={name} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="size-5 accent-key-800 focus-visible:outline-4 focus-visible:outline-black" />
      <label htmlFor={id} className="text-std-16N-170">{label}</label>
    </div>
  );
}

/** A group of checkboxes for a list-valued enum field, with its legend and errors. */
export function CheckGroup<T extends string>({ legend, options, value, onChange, errors }: {
  legend: string; options: { value: T; label: string }[]; value: T[]; onChange: (v: T[]) => void; errors?: string[];
}) {
  const id = useId();
  return (
    <fieldset className="mb-4" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-std-16B-170 mb-1 text-solid-gray-800">{legend}</legend>
      <div className="grid gap-x-6 sm:grid-cols-2">
        {options.map((o) => (
          <Check key={o.value} label={o.label} checked={value.includes(o.value)}
            onChange={(on) => onChange(on ? [...value, o.value] : value.filter((v) => v !== o.value))} />
        ))}
      </div>
      {errors?.length ? <p id={`${id}-error`} role="alert" className="text-dns-16N-130 mt-1 text-error-2">{errors.join(' ')}</p> : null}
    </fieldset>
  );
}

const buttonBase =
  'inline-flex min-h-11 items-center justify-center rounded-8 px-5 py-2 text-oln-16B-100 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black focus-visible:ring-4 focus-visible:ring-yellow-300 disabled:cursor-not-allowed disabled:opacity-60';

export function Button({ kind = 'primary', className, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { kind?: 'primary' | 'secondary' | 'danger' }) {
  const look = {
    primary: 'bg-key-800 text-white hover:bg-key-900 hover:underline',
    secondary: 'border border-key-800 bg-white text-key-800 hover:bg-key-50 hover:underline',
    danger: 'bg-error-2 text-white hover:bg-red-1000 hover:underline',
  }[kind];
  return <button type="button" {...props} className={`${buttonBase} ${look} ${className ?? ''}`} />;
}

/** Errors of a form not tied to one field, and failures of the request itself. */
export function FormErrors({ messages }: { messages: (string | null | undefined)[] }) {
  const shown = messages.filter((m): m is string => !!m);
  if (shown.length === 0) return null;
  return (
    <div role="alert" data-form-errors tabIndex={-1} className="mb-4 rounded-8 border-2 border-error-2 bg-red-50 p-4 text-std-16N-170 text-error-2">
      <ul className="list-disc pl-5">{shown.map((m, i) => <li key={i}>{m}</li>)}</ul>
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return <p role="status" className="mb-4 rounded-8 border border-success-2 bg-green-50 p-4 text-std-16N-170 text-success-2">{children}</p>;
}

export function Loading() {
  return <p role="status" className="text-std-16N-170 text-solid-gray-700">読み込み中…</p>;
}

/** "次へ" for a Relay connection, with the total; earlier pages stay reachable through "最初へ". */
export function Pager({ pageInfo, totalCount, shown, onNext, onFirst, atFirst }: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }; totalCount?: number | null; shown: number;
  onNext: (cursor: string) => void; onFirst: () => void; atFirst: boolean;
}) {
  return (
    <nav aria-label="ページ送り" className="mt-4 flex flex-wrap items-center gap-4">
      {totalCount != null && <span className="text-std-16N-170">全{totalCount}件中 {shown}件を表示</span>}
      {!atFirst && <Button kind="secondary" onClick={onFirst}>最初のページへ</Button>}
      {pageInfo.hasNextPage && pageInfo.endCursor && <Button kind="secondary" onClick={() => onNext(pageInfo.endCursor!)}>次のページへ</Button>}
    </nav>
  );
}

/** A table with a caption (its accessible name). */
export function Table({ caption, head, children }: { caption: string; head: ReactNode[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-dns-16N-130">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            {head.map((h, i) => <th key={i} scope="col" className="px-3 py-2 text-dns-16B-130">{h}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className }: { children?: ReactNode; className?: string }) {
  return <td className={`border-b border-solid-gray-200 px-3 py-2 align-top ${className ?? ''}`}>{children}</td>;
}

/** Today in Japan (yyyy-MM-dd): the API's days are Japanese days. */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** The fiscal year (starting 1 April) of a Japanese day. */
export function fiscalYearOf(day: string): number {
  const [y, m] = day.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });
}
