import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { label } from '../labels';
import { describeError } from '../shell/errors';
import { RoleGate } from '../shell/StaffShell';
import { Button, Check, FormErrors, Loading, PageTitle, Pager, Section, Table, Td, formatDateTime } from '../shell/ui';
import { useStaff } from '../shell/useStaff';
import { useUserErrors } from '../shell/useUserErrors';
import { ConsultationCases, MarkNotificationsRead, NotificationFeed } from './documents';
import { useLiveNotices } from './live';
import { noticeLink, objectName } from './notices';

const refetchOn = { additionalTypenames: ['Notification'] };
const allowed = ['Caseworker', 'Supervisor', 'TenantAdmin', 'PrefecturalOfficer'];

/** `/notifications`: the signed-in person's notices, newest first, live; marking them read. */
export default function NotificationsPage() {
  const { roles } = useStaff();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: NotificationFeed, variables: { unread: unreadOnly || null, after }, context: refetchOn });
  useLiveNotices(() => refetch({ requestPolicy: 'network-only' }));
  const notices = data?.notifications.nodes ?? [];
  const consultationIds = roles.includes('PrefecturalOfficer') ? [] : notices.filter((n) => n.objectType === 'Consultation').map((n) => n.objectId).slice(0, 50);
  const [{ data: cases }] = useQuery({ query: ConsultationCases, variables: { ids: consultationIds }, pause: consultationIds.length === 0 });
  const caseOf = (id: string) => cases?.nodes.find((n) => n && 'id' in n && n.id === id) as { caseId?: string | null } | undefined;
  const [, mark] = useMutation(MarkNotificationsRead);
  const errors = useUserErrors([]);
  const markRead = async (ids?: string[]) => {
    const result = await mark({ input: { ids: ids ?? null } }, refetchOn);
    errors.take(result, result.data?.markNotificationsRead);
  };

  return (
    <RoleGate roles={roles} allowed={allowed}>
      <PageTitle title="お知らせ">お知らせ</PageTitle>
      <FormErrors messages={[describeError(error), ...errors.general]} />
      <Section title="届いたお知らせ" actions={notices.some((n) => !n.read) ? <Button kind="secondary" onClick={() => markRead()}>すべて既読にする</Button> : undefined}>
        <Check label="未読のみ表示" checked={unreadOnly} onChange={(v) => { setUnreadOnly(v); setAfter(null); }} />
        {fetching && !data ? <Loading /> : notices.length === 0 ? <p>お知らせはありません。</p> : (
          <Table caption="届いたお知らせ（新しい順）" head={['日時', 'お知らせ', '対象', '状態', <span key="op" className="sr-only">操作</span>]}>
            {notices.map((n) => {
              const to = noticeLink(n, roles, caseOf(n.objectId)?.caseId);
              return (
                <tr key={n.id} className={n.read ? '' : 'bg-key-50'}>
                  <Td>{formatDateTime(n.raisedAt)}</Td>
                  <Td className={n.read ? '' : 'font-bold'}>{label('NotificationKind', n.kind)}</Td>
                  <Td>{to
                    ? <Link to={to} className="text-key-800 underline focus-visible:outline-4 focus-visible:outline-black">{objectName(n.objectType)}を開く</Link>
                    : objectName(n.objectType)}</Td>
                  <Td>{n.read ? '既読' : '未読'}</Td>
                  <Td>{!n.read && <Button kind="secondary" onClick={() => markRead([n.id])} aria-label={`${formatDateTime(n.raisedAt)}の${label('NotificationKind', n.kind)}を既読にする`}>既読にする</Button>}</Td>
                </tr>
              );
            })}
          </Table>
        )}
        {data && notices.length > 0 && <Pager pageInfo={data.notifications.pageInfo} totalCount={data.notifications.totalCount} shown={notices.length} atFirst={after === null} onFirst={() => setAfter(null)} onNext={setAfter} />}
      </Section>
    </RoleGate>
  );
}
