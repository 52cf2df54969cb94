import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ConsultationStatus } from '../gql/graphql';
import { label } from '../labels';
import { Button, Field, FormErrors, Notice, Section, TextArea, formatDateTime } from '../shell/ui';
import { useUserErrors } from '../shell/useUserErrors';
import { RequestConsultation } from './documents';

interface Consultation {
  id: string; status: ConsultationStatus; requestedAt: string; question?: string | null; closedAt?: string | null;
  advice?: { advice: string; by: string; at: string }[] | null;
}

/** Back-office consultations (後方支援) asked of the prefecture's center about this case. */
export default function Consultations({ caseId, consultations, open, hasConsent }: { caseId: string; consultations: Consultation[]; open: boolean; hasConsent: boolean }) {
  const [, request] = useMutation(RequestConsultation);
  const errors = useUserErrors(['question']);
  const id = useRef(crypto.randomUUID());
  const [question, setQuestion] = useState('');
  const [sent, setSent] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await request({ input: { clientMutationId: id.current, caseId, question } });
    if (errors.take(result, result.data?.requestConsultation)) {
      setQuestion('');
      setSent(true);
    }
    // A new id once the API answered; after a lost answer the retry keeps it, so nothing applies twice.
    if (result.data) id.current = crypto.randomUUID();
  };

  return (
    <Section title="都道府県への相談（後方支援）">
      {sent && <Notice>都道府県に相談を送りました。</Notice>}
      {consultations.length === 0 ? <p className="mb-4">この事例についての相談はまだありません。</p> : (
        <ul className="mb-4 space-y-4">
          {consultations.map((c) => (
            <li key={c.id} className="rounded-8 border border-solid-gray-200 p-4">
              <p className="text-dns-16B-130">{formatDateTime(c.requestedAt)}　{label('ConsultationStatus', c.status)}</p>
              {c.question && <p className="mt-1 whitespace-pre-wrap">{c.question}</p>}
              {c.advice?.map((a, i) => (
                <div key={i} className="mt-2 border-l-4 border-green-600 pl-3">
                  <p className="text-dns-14N-130 text-solid-gray-700">都道府県からの助言（{formatDateTime(a.at)}）</p>
                  <p className="whitespace-pre-wrap">{a.advice}</p>
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
      {open && (hasConsent ? (
        <form onSubmit={submit} noValidate aria-label="都道府県への相談">
          <FormErrors messages={errors.general} />
          <Field label="相談したいこと" required errors={errors.byField.question} hint="都道府県には氏名などを伏せた概要だけが伝わります">
            {(a) => <TextArea {...a} value={question} onChange={(e) => setQuestion(e.target.value)} />}
          </Field>
          <Button type="submit">都道府県に相談する</Button>
        </form>
      ) : <p className="text-dns-16N-130 text-solid-gray-700">都道府県に相談するには「都道府県への相談」の同意が必要です。</p>)}
    </Section>
  );
}
