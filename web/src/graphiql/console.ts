/** The endpoint is the console's parent path (/graphql/ui → /graphql), so a path base works too. */
export function endpointOf(consolePath: string): string {
  return consolePath.replace(/\/ui\/?$/, '') || '/graphql';
}

export const defaultQuery = `# GraphQL console of the hikikomori support platform.
#
# Run with Ctrl+Enter. Public data needs no sign-in; for your own tenant's data open
# "Headers" below and paste your token:
#   { "Authorization": "Bearer <access token>" }
# Headers are kept in this page only. The schema is in the docs explorer (left) and at
# /graphql/schema.graphql.

{
  nation { programSummary(fiscalYear: 2023) { total } }
}
`;
