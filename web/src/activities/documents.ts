import { graphql } from '../gql';

export const TenantActivities = graphql(`
  query TenantActivities($code: String!, $isPrefecture: Boolean!, $fiscalYear: Int!, $kind: ActivityKind, $after: String) {
    municipality(code: $code) @skip(if: $isPrefecture) {
      name
      consultationDesk { ...ConsultationDeskFields }
      placesOfBelonging { ...PlaceOfBelongingFields }
      plannedActivities(fiscalYear: $fiscalYear) { ...PlannedActivityFields }
      activities(fiscalYear: $fiscalYear, kind: $kind, first: 20, after: $after) { ...ActivityPageFields }
    }
    prefecture(code: $code) @include(if: $isPrefecture) {
      name
      consultationDesk { ...ConsultationDeskFields }
      placesOfBelonging { ...PlaceOfBelongingFields }
      plannedActivities(fiscalYear: $fiscalYear) { ...PlannedActivityFields }
      activities(fiscalYear: $fiscalYear, kind: $kind, first: 20, after: $after) { ...ActivityPageFields }
    }
  }
`);

// Municipality and Prefecture share no interface in the schema, so TenantActivities names the same
// fragments under each; the desk and place fragments are also what their mutations answer with.
export const ConsultationDeskFields = graphql(`
  fragment ConsultationDeskFields on ConsultationDesk { name phone hours url address }
`);

export const PlaceOfBelongingFields = graphql(`
  fragment PlaceOfBelongingFields on PlaceOfBelonging { id name address schedule isPublic closedOn }
`);

export const ActivityPageFields = graphql(`
  fragment ActivityPageFields on ActivityConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...ActivityFields }
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
    setConsultationDesk(input: $input) { consultationDesk { ...ConsultationDeskFields } errors { code message field } }
  }
`);

export const PlannedActivityFields = graphql(`
  fragment PlannedActivityFields on PlannedActivity { id kind plannedOn placeId title status activityId cancelReason }
`);

export const PlanActivity = graphql(`
  mutation PlanActivity($input: PlanActivityInput!) {
    planActivity(input: $input) { plannedActivity { ...PlannedActivityFields } errors { code message field } }
  }
`);

export const HoldPlannedActivity = graphql(`
  mutation HoldPlannedActivity($input: HoldPlannedActivityInput!) {
    holdPlannedActivity(input: $input) { plannedActivity { ...PlannedActivityFields } errors { code message field } }
  }
`);

export const CancelPlannedActivity = graphql(`
  mutation CancelPlannedActivity($input: CancelPlannedActivityInput!) {
    cancelPlannedActivity(input: $input) { plannedActivity { ...PlannedActivityFields } errors { code message field } }
  }
`);

export const UpdatePlace = graphql(`
  mutation UpdatePlaceOfBelonging($input: UpdatePlaceOfBelongingInput!) {
    updatePlaceOfBelonging(input: $input) { placeOfBelonging { ...PlaceOfBelongingFields } errors { code message field } }
  }
`);

export const ClosePlace = graphql(`
  mutation ClosePlaceOfBelonging($input: ClosePlaceOfBelongingInput!) {
    closePlaceOfBelonging(input: $input) { placeOfBelonging { ...PlaceOfBelongingFields } errors { code message field } }
  }
`);
