import { NavLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { UnreadCount } from './documents';
import { useLiveNotices } from './live';

const refetchOn = { additionalTypenames: ['Notification'] };

/** The header's link to the notices with the unread count, kept current by the stream (or polling). */
export default function UnreadBadge() {
  const [{ data }, refetch] = useQuery({ query: UnreadCount, context: refetchOn });
  useLiveNotices(() => refetch({ requestPolicy: 'network-only' }));
  const count = data?.notifications.totalCount ?? 0;
  return (
    <NavLink to="/notifications" end
      className={({ isActive }) => `inline-flex items-center gap-2 rounded-8 px-2 py-2 text-key-800 hover:underline focus-visible:outline-4 focus-visible:outline-black ${isActive ? 'underline underline-offset-4' : ''}`}>
      お知らせ
      <span aria-live="polite" className={`rounded-full px-2 text-dns-14B-130 ${count > 0 ? 'bg-error-2 text-white' : 'bg-solid-gray-100 text-solid-gray-800'}`}>
        {count}<span className="sr-only">件の未読</span>
      </span>
    </NavLink>
  );
}
