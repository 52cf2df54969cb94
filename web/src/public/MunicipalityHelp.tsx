import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import type { CenterProgramFragment } from '../gql/graphql';
import { fiscalYearLabel, label } from '../labels';
import { describeError } from '../shell/errors';
import { FormErrors, Loading } from '../shell/ui';
import { MunicipalityHelp } from './documents';

interface Desk { name: string; phone?: string | null; hours?: string | null; url?: string | null; address?: string | null }
interface Place { id: string; name: string; address?: string | null; schedule?: string | null }

/** One municipality's help: its program and tier, its desk, its places of belonging, and the prefecture's center. */
export default function MunicipalityHelpView({ code, fiscalYear }: { code: string; fiscalYear: number }) {
  const [{ data, fetching, error }] = useQuery({
    query: MunicipalityHelp,
    variables: { code, y0: fiscalYear, y1: fiscalYear - 1, y2: fiscalYear - 2, y3: fiscalYear - 3 },
  });
  if (fetching && !data) return <Loading />;
  if (error) return <FormErrors messages={[describeError(error)]} />;
  const m = data?.municipality;
  if (!m) return <p className="text-std-16N-170">コード {code} の市区町村は見つかりませんでした。</p>;
  const program = m.programs.at(-1);
  const p = m.prefecture;
  const center: CenterProgramFragment | null | undefined = p.y0 ?? p.y1 ?? p.y2 ?? p.y3;

  return (
    <article aria-labelledby="help-title" className="rounded-8 border border-solid-gray-200 bg-white p-6">
      <h2 id="help-title" className="text-std-24B-150 mb-1">{p.name} {m.name}</h2>
      <p className="text-dns-16N-130 mb-6 text-solid-gray-700">{m.kana}（{label('MunicipalityType', m.type)}・地方公共団体コード {m.code}）</p>

      <h3 className="text-std-20B-150 mb-2">{m.name}のひきこもり支援</h3>
      {program ? (
        <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="text-dns-16B-130">実施している事業</dt>
          <dd>{label('ProgramTier', program.tier)}（{fiscalYearLabel(program.fiscalYear)}）</dd>
          <dt className="text-dns-16B-130">運営</dt>
          <dd>{program.operator ? `${label('OperatorKind', program.operator.kind)}${program.operator.name ? `（${program.operator.name}）` : ''}` : '公表されていません'}</dd>
          <dt className="text-dns-16B-130">支援の内容</dt>
          <dd>{program.functionsKnown ? program.functions.map((f) => label('SupportFunction', f)).join('、') || '—' : '公表されていません'}</dd>
        </dl>
      ) : (
        <p className="text-std-16N-170 mb-6">{m.name}は、ひきこもり支援の事業を実施していません。下の{p.name}の窓口に相談できます。</p>
      )}

      <DeskView title={`${m.name}の相談窓口`} desk={m.consultationDesk} />
      <PlacesView title={`${m.name}の居場所`} places={m.placesOfBelonging} />

      <h3 className="text-std-20B-150 mb-2 mt-6">{p.name}のひきこもり地域支援センター</h3>
      {center ? (
        <p className="text-std-16N-170 mb-4">
          {label('ProgramTier', center.tier)}（{fiscalYearLabel(center.fiscalYear)}）{center.operator?.name ? `：${center.operator.name}` : ''}
          {center.operator ? `（${label('OperatorKind', center.operator.kind)}）` : ''}
        </p>
      ) : (
        <p className="text-std-16N-170 mb-4">センターの情報は公表されていません。</p>
      )}
      <DeskView title={`${p.name}の相談窓口`} desk={p.consultationDesk} />
      <PlacesView title={`${p.name}の居場所`} places={p.placesOfBelonging} />
      <p className="mt-6"><Link to="/" className="text-key-800 underline focus-visible:outline-4 focus-visible:outline-black">別の市区町村をさがす</Link></p>
    </article>
  );
}

function DeskView({ title, desk }: { title: string; desk?: Desk | null }) {
  return (
    <section className="mb-4">
      <h4 className="text-std-18B-160 mb-2">{title}</h4>
      {desk ? (
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className="text-dns-16B-130">窓口</dt><dd>{desk.name}</dd>
          <dt className="text-dns-16B-130">電話</dt><dd>{desk.phone ? <a className="text-key-800 underline" href={`tel:${desk.phone.replace(/[^\d+]/g, '')}`}>{desk.phone}</a> : '—'}</dd>
          <dt className="text-dns-16B-130">受付時間</dt><dd>{desk.hours ?? '—'}</dd>
          <dt className="text-dns-16B-130">所在地・行き方</dt><dd>{desk.address ?? '—'}</dd>
          {desk.url && (<><dt className="text-dns-16B-130">ウェブサイト</dt><dd><a className="text-key-800 underline break-all" href={desk.url} rel="noopener noreferrer">{desk.url}</a></dd></>)}
        </dl>
      ) : (
        <p className="text-std-16N-170">相談窓口はまだ公表されていません。</p>
      )}
    </section>
  );
}

function PlacesView({ title, places }: { title: string; places: Place[] }) {
  return (
    <section className="mb-4">
      <h4 className="text-std-18B-160 mb-2">{title}</h4>
      {places.length === 0 ? (
        <p className="text-std-16N-170">公開している居場所はありません。</p>
      ) : (
        <ul className="list-disc pl-6">
          {places.map((pl) => (
            <li key={pl.id} className="mb-1">
              <strong>{pl.name}</strong>{pl.schedule ? `（${pl.schedule}）` : ''}{pl.address ? ` ${pl.address}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
