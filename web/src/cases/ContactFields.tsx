import type { ReactNode } from 'react';
import type { ContactChannel, ContactParty } from '../gql/graphql';
import { EnumOptions, Field, Input, Select, TextArea } from '../shell/ui';

/** When, how and with whom a contact is held, as a form holds it (the time as a datetime-local value). */
export interface ContactMeeting { at: string; channel: ContactChannel; with: ContactParty }

/** An entry of the consultation log as a form holds it (the minutes as typed). */
export interface ContactRecord extends ContactMeeting { minutes: string; notes: string }

interface Shared<T> {
  form: T;
  onChange: (patch: Partial<T>) => void;
  /** The form's errors by field name (useUserErrors().byField). */
  errors: Record<string, string[]>;
  /** The latest time the date field offers, when the contact cannot lie in the future. */
  maxAt?: string;
  /** Puts the keyboard on the date field when the form opens. */
  autoFocus?: boolean;
}

/** 日時, 方法 and 相手 in the form's grid, followed by the form's own fields (children). */
export function ContactMeetingFields({ form, onChange, errors, maxAt, autoFocus, children }: Shared<ContactMeeting> & { children?: ReactNode }) {
  return (
    <div className="grid gap-x-4 md:grid-cols-2">
      <Field label="日時" required errors={errors.at}>
        {(a) => <Input {...a} autoFocus={autoFocus} type="datetime-local" value={form.at} max={maxAt} onChange={(e) => onChange({ at: e.target.value })} />}
      </Field>
      <Field label="方法" required errors={errors.channel}>
        {(a) => (
          <Select {...a} value={form.channel} onChange={(e) => onChange({ channel: e.target.value as ContactChannel })}>
            <EnumOptions of="ContactChannel" />
          </Select>
        )}
      </Field>
      <Field label="相手" required errors={errors.with}>
        {(a) => (
          <Select {...a} value={form.with} onChange={(e) => onChange({ with: e.target.value as ContactParty })}>
            <EnumOptions of="ContactParty" />
          </Select>
        )}
      </Field>
      {children}
    </div>
  );
}

/** The fields of a consultation-log entry, for recording one and for correcting one. */
export function ContactFields({ form, onChange, errors, maxAt, autoFocus }: Shared<ContactRecord>) {
  return (
    <>
      <ContactMeetingFields form={form} onChange={onChange} errors={errors} maxAt={maxAt} autoFocus={autoFocus}>
        <Field label="所要時間（分）" errors={errors.minutes}>
          {(a) => <Input {...a} inputMode="numeric" value={form.minutes} onChange={(e) => onChange({ minutes: e.target.value })} />}
        </Field>
      </ContactMeetingFields>
      <Field label="記録の内容" errors={errors.notes}>
        {(a) => <TextArea {...a} value={form.notes} onChange={(e) => onChange({ notes: e.target.value })} />}
      </Field>
    </>
  );
}
