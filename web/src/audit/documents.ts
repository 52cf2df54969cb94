import { graphql } from '../gql';

export const AuditLog = graphql(`
  query AuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { sequence at subject actorTenantCode roles action objectType objectId purpose outcome hash }
    }
  }
`);
