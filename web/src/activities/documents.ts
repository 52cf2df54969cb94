import { graphql } from '../gql';

export const TenantActivities = graphql(`
  query TenantActivities($code: String!, $isPrefecture: Boolean!, $fiscalYear: Int!, $kind: ActivityKind, $after: String) {
    municipality(code: $code) @skip(if: $isPrefecture) {
      name
      consultationDesk { name phone hours url address }
      placesOfBelonging { id name address schedule isPublic }
      activities(fiscalYear: $fiscalYear, kind: $kind, first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...ActivityFields }
      }
    }
    prefecture(code: $code) @include(if: $isPrefecture) {
      name
      consultationDesk { name phone hours url address }
      placesOfBelonging { id name address schedule isPublic }
      activities(fiscalYear: $fiscalYear, kind: $kind, first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...ActivityFields }
      }
    }
  }
`);

export const ActivityFields = graphql(`
  fragment ActivityFields on Activity {
    id kind heldOn participants firstTimeParticipants placeId agenciesPresent municipalPlatform familySeminar
    trainees { agencyType count }
    survey { method responses publishedOn samples { group size } }
  }
`);

export const RecordActivity = graphql(`
  mutation RecordActivity($input: RecordActivityInput!) {
    recordActivity(input: $input) { activity { ...ActivityFields } errors { code message field } }
  }
`);

export const WithdrawActivity = graphql(`
  mutation WithdrawActivity($input: WithdrawActivityInput!) {
    withdrawActivity(input: $input) { activity { id } errors { code message field } }
  }
`);

export const RegisterPlace = graphql(`
  mutation RegisterPlaceOfBelonging($input: RegisterPlaceOfBelongingInput!) {
    registerPlaceOfBelonging(input: $input) { placeOfBelonging { id name address schedule isPublic } errors { code message field } }
  }
`);

export const SetDesk = graphql(`
  mutation SetConsultationDesk($input: SetConsultationDeskInput!) {
    setConsultationDesk(input: $input) { consultationDesk { name phone hours url address } errors { code message field } }
  }
`);
