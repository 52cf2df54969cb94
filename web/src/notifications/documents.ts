import { graphql } from '../gql';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification { id kind objectType objectId raisedAt read }
`);

export const UnreadCount = graphql(`
  query UnreadNotificationCount {
    notifications(unread: true, first: 1) { totalCount }
  }
`);

export const NotificationFeed = graphql(`
  query NotificationFeed($unread: Boolean, $after: String) {
    notifications(unread: $unread, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...NotificationFields }
    }
  }
`);

/** The cases of the consultations a municipal worker is told about (caseId is null for the prefecture). */
export const ConsultationCases = graphql(`
  query ConsultationCases($ids: [ID!]!) {
    nodes(ids: $ids) { ... on Consultation { id caseId } }
  }
`);

export const MarkNotificationsRead = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { marked errors { code message field } }
  }
`);

export const NotificationReceived = graphql(`
  subscription NotificationReceived {
    notificationReceived { ...NotificationFields }
  }
`);
