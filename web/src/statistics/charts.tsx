import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Colours from the design system's tokens (key blue, green, orange), not our own. */
export const chartColors = ['var(--color-key-800)', 'var(--color-green-800)', 'var(--color-orange-800)', 'var(--color-magenta-800)', 'var(--color-solid-gray-700)'];

export interface Series { key: string; name: string }

/**
 * A bar chart with a text description for screen readers; the same figures are always in a
 * table beside it, so the chart is decoration for those who can see it.
 */
export function BarsChart({ title, data, xKey, series, height = 280 }: {
  title: string; data: Record<string, string | number | null>[]; xKey: string; series: Series[]; height?: number;
}) {
  return (
    <figure className="mb-6">
      <figcaption className="text-std-16B-170 mb-2">{title}</figcaption>
      <div role="img" aria-label={`${title}のグラフ（数値は下の表にあります）`} style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-solid-gray-200)" />
            <XAxis dataKey={xKey} tick={{ fill: 'var(--color-solid-gray-800)', fontSize: 13 }} interval={0} />
            <YAxis allowDecimals={false} tick={{ fill: 'var(--color-solid-gray-800)', fontSize: 13 }} />
            <Tooltip />
            {series.length > 1 && <Legend />}
            {series.map((s, i) => <Bar key={s.key} dataKey={s.key} name={s.name} fill={chartColors[i % chartColors.length]} isAnimationActive={false} />)}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
