import { Link } from 'react-router-dom';
import { label } from '../labels';
import { Table, Td } from '../shell/ui';
import WorkItemActions from './WorkItemActions';
import { dueText, isOverdue } from './workItems';
import type { WorkItemFieldsFragment } from '../gql/graphql';

/** Tasks and appointments with their actions; the case column links to the case. */
export default function WorkItemTable({ caption, items, showCase }: { caption: string; items: readonly WorkItemFieldsFragment[]; showCase: boolean }) {
  return (
    <Table caption={caption} head={['日時・期限', '種類', '内容', ...(showCase ? ['ケース'] : []), '状況', <span key="op" className="sr-only">操作</span>]}>
      {items.map((w) => (
        <tr key={w.id}>
          <Td className={`whitespace-nowrap ${isOverdue(w) ? 'font-bold text-error-2' : ''}`}>{dueText(w)}</Td>
          <Td className="whitespace-nowrap">{label('WorkItemKind', w.kind)}</Td>
          <Td>
            {w.text}
            {w.kind === 'APPOINTMENT' && (
              <span className="block text-dns-14N-130 text-solid-gray-700">
                {label('ContactChannel', w.channel)}・{label('ContactParty', w.with)}{w.place ? `・${w.place}` : ''}
              </span>
            )}
            {w.note && <span className="block text-dns-14N-130 text-solid-gray-700">メモ：{w.note}</span>}
          </Td>
          {showCase && <Td className="whitespace-nowrap"><Link to={`/cases/${encodeURIComponent(w.caseId)}`} className="text-key-800 underline focus-visible:outline-4 focus-visible:outline-black">ケースを開く</Link></Td>}
          <Td className="whitespace-nowrap">{label('WorkItemStatus', w.status)}</Td>
          <Td><WorkItemActions item={w} /></Td>
        </tr>
      ))}
    </Table>
  );
}
