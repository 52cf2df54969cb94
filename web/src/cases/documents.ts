import { graphql } from '../gql';

export const CaseList = graphql(`
  query CaseList($first: Int, $after: String, $status: CaseStatus, $search: String, $assignedTo: String, $lastContactBefore: Date, $openedBefore: Date) {
    cases(first: $first, after: $after, status: $status, search: $search, assignedTo: $assignedTo, lastContactBefore: $lastContactBefore, openedBefore: $openedBefore) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id caseNumber status openedOn assignedTo
        subject { name kana ageBand }
        household { is8050 }
      }
    }
  }
`);

export const CaseFields = graphql(`
  fragment CaseFields on Case {
    id caseNumber status openedOn closedOn closureReason tenantCode assignedTo referralSource
    withdrawalDuration concerns notes transferredTo transferredFrom satelliteId purged
    subject { name kana birthYear ageBand gender address phone email }
    household { is8050 members { relationship name birthYear ageBand notes } }
    referrals { id destination agencyName referredOn outcome notes }
    consents { id purpose agencyName givenBy givenOn withdrawnOn isInForce }
    consultations { id status requestedAt question closedAt advice { advice by at } }
  }
`);

export const CaseDetail = graphql(`
  query CaseDetail($id: ID!, $after: String) {
    case(id: $id) {
      ...CaseFields
      contacts(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id at channel with minutes worker notes }
      }
    }
  }
`);

export const OpenCase = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) { case { id caseNumber } errors { code message field } }
  }
`);

export const RecordContact = graphql(`
  mutation RecordContact($input: RecordContactInput!) {
    recordContact(input: $input) { case { id } errors { code message field } }
  }
`);

export const ReferCase = graphql(`
  mutation ReferCase($input: ReferCaseInput!) {
    referCase(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const RecordReferralOutcome = graphql(`
  mutation RecordReferralOutcome($input: RecordReferralOutcomeInput!) {
    recordReferralOutcome(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const RecordConsent = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const WithdrawConsent = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const UpdateCaseStatus = graphql(`
  mutation UpdateCaseStatus($input: UpdateCaseStatusInput!) {
    updateCaseStatus(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const CloseCase = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const ReopenCase = graphql(`
  mutation ReopenCase($input: ReopenCaseInput!) {
    reopenCase(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const TransferCase = graphql(`
  mutation TransferCase($input: TransferCaseInput!) {
    transferCase(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const RequestConsultation = graphql(`
  mutation RequestConsultation($input: RequestConsultationInput!) {
    requestConsultation(input: $input) { consultation { id status } errors { code message field } }
  }
`);

export const CaseHistory = graphql(`
  query CaseHistory($id: ID!) {
    case(id: $id) {
      id
      history {
        at by action fields reason previousAssignee previousNotes
        previousContact { id at channel with minutes notes }
        previousReferral { id destination agencyName referredOn notes }
      }
    }
  }
`);

export const CaseWorkItems = graphql(`
  query CaseWorkItems($id: ID!) {
    case(id: $id) { id workItems { ...WorkItemFields } }
  }
`);

export const CorrectContact = graphql(`
  mutation CorrectContact($input: CorrectContactInput!) {
    correctContact(input: $input) { case { id } errors { code message field } }
  }
`);

export const CorrectReferral = graphql(`
  mutation CorrectReferral($input: CorrectReferralInput!) {
    correctReferral(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const ReassignCase = graphql(`
  mutation ReassignCase($input: ReassignCaseInput!) {
    reassignCase(input: $input) { case { ...CaseFields } errors { code message field } }
  }
`);

export const Caseload = graphql(`
  query Caseload {
    caseload { worker openCases noContact30Days noContact60Days noContact90Days tasksOverdue }
  }
`);
