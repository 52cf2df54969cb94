// An integrator's code over the generated types: it must compile under tsc --strict.
import type {
  PrefectureOverviewQuery,
  PrefectureOverviewQueryVariables,
  RecordContactMutationVariables,
  ProgramTier,
} from './generated/types';

export const variables: PrefectureOverviewQueryVariables = { code: '13', fiscalYear: 2024, first: 10 };

export function tiers(data: PrefectureOverviewQuery): ProgramTier[] {
  const nodes = data.prefecture?.municipalities.nodes ?? [];
  return nodes.flatMap((m) => (m.program ? [m.program.tier] : []));
}

export function nextPage(data: PrefectureOverviewQuery): string | null | undefined {
  const page = data.prefecture?.municipalities.pageInfo;
  return page?.hasNextPage ? page.endCursor : null;
}

export const contact: RecordContactMutationVariables = {
  input: { caseId: 'Q2FzZTox', at: '2024-05-01T10:00:00+09:00', channel: 'PHONE', with: 'PERSON', clientMutationId: 'c-1' },
};
