import { graphql } from '../gql';

export const AuditLog = graphql(`
  query AuditLog($first: Int, $after: String, $action: String, $outcome: AuditOutcome, $party: String, $from: Date, $to: Date) {
    auditLog(first: $first, after: $after, action: $action, outcome: $outcome, party: $party, from: $from, to: $to) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { sequence at subject actorTenantCode roles action objectType objectId purpose outcome hash }
    }
  }
`);
