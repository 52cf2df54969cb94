import { Link } from 'react-router-dom';
import { PageTitle } from './ui';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12 font-sans">
      <PageTitle title="ページが見つかりません">ページが見つかりません</PageTitle>
      <p className="text-std-16N-170 mb-4">お探しのページは移動したか、URLが間違っている可能性があります。</p>
      <Link to="/" className="text-key-800 underline focus-visible:outline-4 focus-visible:outline-black">相談窓口をさがす（トップページ）へ</Link>
    </main>
  );
}
