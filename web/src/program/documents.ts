import { graphql } from '../gql';

export const ProgramFields = graphql(`
  fragment ProgramFields on Program {
    fiscalYear tier functions functionsKnown requiredFunctions missingFunctions meetsTierRequirements
    prefecturalStartupSupport operator { kind name }
  }
`);

export const TenantProgram = graphql(`
  query TenantProgram($code: String!, $isPrefecture: Boolean!, $fiscalYear: Int!) {
    municipality(code: $code) @skip(if: $isPrefecture) {
      name
      programs { ...ProgramFields }
      program(fiscalYear: $fiscalYear) { ...ProgramFields }
      tierDelivery(fiscalYear: $fiscalYear) { undeliveredRequiredFunctions fiscalYearEnded flagged }
      functionDelivery(fiscalYear: $fiscalYear) { function delivered evidenceCount }
      requestStatus(fiscalYear: $fiscalYear) { deskClarified deskPublicized factFindingSurvey municipalPlatform }
    }
    prefecture(code: $code) @include(if: $isPrefecture) {
      name
      program(fiscalYear: $fiscalYear) { ...ProgramFields }
      tierDelivery(fiscalYear: $fiscalYear) { undeliveredRequiredFunctions fiscalYearEnded flagged }
      functionDelivery(fiscalYear: $fiscalYear) { function delivered evidenceCount }
    }
  }
`);

export const DesignateProgram = graphql(`
  mutation DesignateProgram($input: DesignateProgramInput!) {
    designateProgram(input: $input) { program { ...ProgramFields } errors { code message field } }
  }
`);

export const ReportRequestStatus = graphql(`
  mutation ReportRequestStatus($input: ReportRequestStatusInput!) {
    reportRequestStatus(input: $input) {
      requestStatus { fiscalYear deskClarified deskPublicized factFindingSurvey municipalPlatform }
      errors { code message field }
    }
  }
`);

export const SetRetention = graphql(`
  mutation SetRetention($input: SetRetentionInput!) {
    setRetention(input: $input) { retentionYears errors { code message field } }
  }
`);

/** Separate queries: a list below a list counts 50 × 50 towards the API's complexity limit. */
export const HostedSatellitesQuery = graphql(`
  query HostedSatellites($code: String!) {
    municipality(code: $code) {
      hostedSatellites {
        id status establishedOn plannedTransitionOn transitionedOn closedOn isOverdue daysUntilTransition
        alerts { kind raisedOn }
      }
    }
  }
`);

export const PreparationGrantsQuery = graphql(`
  query MunicipalityPreparationGrants($code: String!) {
    municipality(code: $code) {
      preparationGrants {
        id fiscalYear totalYen committedTier grantedOn conditionStatus
        items { item amountYen }
        nextYearProgram { tier }
      }
    }
  }
`);
