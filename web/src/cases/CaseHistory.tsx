import { useQuery } from 'urql';
import { label } from '../labels';
import { describeError } from '../shell/errors';
import { FormErrors, Section, formatDateTime } from '../shell/ui';
import { CaseHistory as CaseHistoryQuery } from './documents';

/** What each kind of change is called on screen. */
export const changeActions: Record<string, string> = {
  reassign: '担当者の変更',
  'update-subject': '本人の情報の修正',
  'update-household': '世帯の修正',
  'update-concerns': '困りごとの修正',
  'update-notes': '受付メモの修正',
  'correct-contact': '相談・支援記録の訂正',
  'correct-referral': 'つなぎ先の訂正',
};

/** What each changed field is called on screen. */
export const changeFields: Record<string, string> = {
  assignedTo: '担当者', household: '世帯', concerns: '困りごと', notes: '受付メモ',
  'subject.name': '氏名', 'subject.kana': 'ふりがな', 'subject.birthYear': '生まれ年', 'subject.ageBand': '年代',
  'subject.gender': '性別', 'subject.address': '住所', 'subject.phone': '電話', 'subject.email': 'メール',
  'contact.at': '日時', 'contact.channel': '方法', 'contact.with': '相手', 'contact.minutes': '所要時間', 'contact.notes': '記録の内容',
  'referral.destination': 'つなぎ先', 'referral.agencyName': '機関名', 'referral.referredOn': '紹介日', 'referral.notes': '紹介のメモ',
};

/** The case's history of changes, newest first: who, when, what changed, why, and what it said before. */
export default function CaseHistory({ caseId }: { caseId: string }) {
  const [{ data, error }] = useQuery({ query: CaseHistoryQuery, variables: { id: caseId }, requestPolicy: 'cache-and-network' });
  const history = [...(data?.case?.history ?? [])].reverse();
  return (
    <Section title="変更履歴">
      <FormErrors messages={[describeError(error)]} />
      <p className="mb-2 text-dns-14N-130 text-solid-gray-700">修正・訂正・担当者の変更の記録です（新しい順）。変更前の内容も残ります。</p>
      {history.length === 0 ? <p>変更の記録はありません。</p> : (
        <ol className="flex flex-col gap-4">
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`} className="rounded-8 border border-solid-gray-200 p-4">
              <p className="text-dns-16B-130">{formatDateTime(h.at)}　{changeActions[h.action] ?? h.action}</p>
              <p className="text-dns-14N-130 text-solid-gray-700">変更した人 {h.by}</p>
              <p className="mt-1">変更した項目：{h.fields.map((f) => changeFields[f] ?? f).join('、') || '—'}</p>
              {h.reason && <p className="mt-1">理由：{h.reason}</p>}
              {h.previousAssignee !== undefined && h.action === 'reassign' && <p className="mt-1">変更前の担当者：{h.previousAssignee ?? '（なし）'}</p>}
              {h.previousContact && (
                <p className="mt-1 whitespace-pre-wrap text-std-16N-170">
                  訂正前：{formatDateTime(h.previousContact.at)}　{label('ContactChannel', h.previousContact.channel)}・{label('ContactParty', h.previousContact.with)}
                  {h.previousContact.minutes != null ? `・${h.previousContact.minutes}分` : ''}{h.previousContact.notes ? `\n${h.previousContact.notes}` : ''}
                </p>
              )}
              {h.previousReferral && (
                <p className="mt-1 text-std-16N-170">
                  訂正前：{h.previousReferral.referredOn}　{label('ReferralDestination', h.previousReferral.destination)}{h.previousReferral.agencyName ? `（${h.previousReferral.agencyName}）` : ''}
                  {h.previousReferral.notes ? `　${h.previousReferral.notes}` : ''}
                </p>
              )}
              {h.previousNotes != null && h.action === 'update-notes' && <p className="mt-1 whitespace-pre-wrap">変更前の受付メモ：{h.previousNotes}</p>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
