import { graphql } from '../gql';

export const PrefectureOverview = graphql(`
  query PrefectureOverview($code: String!, $prefectureCode: String!, $fiscalYear: Int!, $endedYear: Int!, $after: String) {
    prefecture(code: $code) {
      name
      programSummary(fiscalYear: $fiscalYear) { prefectureCenters municipalCenters supportStations supportProjects total }
      requestStatus(fiscalYear: $fiscalYear) { municipalities deskClarified deskPublicized factFindingSurvey municipalPlatform }
      municipalitiesWithoutProgram(fiscalYear: $fiscalYear, first: 50, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { code name kana }
      }
      flaggedPrograms(fiscalYear: $endedYear) {
        municipality { code name }
        delivery { tier undeliveredRequiredFunctions }
      }
    }
    centers: municipalities(prefectureCode: $prefectureCode, tier: REGIONAL_SUPPORT_CENTER, fiscalYear: $fiscalYear, first: 100) { totalCount nodes { code name } }
    stations: municipalities(prefectureCode: $prefectureCode, tier: SUPPORT_STATION, fiscalYear: $fiscalYear, first: 100) { totalCount nodes { code name } }
    projects: municipalities(prefectureCode: $prefectureCode, tier: SUPPORT_PROJECT, fiscalYear: $fiscalYear, first: 100) { totalCount nodes { code name } }
  }
`);

export const SatelliteFields = graphql(`
  fragment SatelliteFields on Satellite {
    id status establishedOn plannedTransitionOn transitionedOn closedOn isOverdue daysUntilTransition
    municipality { code name }
    history { kind on by reason plannedTransitionOn }
  }
`);

export const PrefectureSatellites = graphql(`
  query PrefectureSatellites($code: String!, $status: SatelliteStatus, $dueWithinDays: Int, $overdue: Boolean, $after: String, $fiscalYear: Int!) {
    prefecture(code: $code) {
      name
      satellites(status: $status, dueWithinDays: $dueWithinDays, overdue: $overdue, first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...SatelliteFields }
      }
      satelliteAlerts(first: 10) { nodes { kind satelliteId plannedTransitionOn raisedOn municipality { name } } }
      municipalitiesWithoutProgram(fiscalYear: $fiscalYear, first: 100) { nodes { code name } }
    }
  }
`);

export const EstablishSatellite = graphql(`
  mutation EstablishSatellite($input: EstablishSatelliteInput!) {
    establishSatellite(input: $input) { satellite { ...SatelliteFields } errors { code message field } }
  }
`);

export const ExtendSatellite = graphql(`
  mutation ExtendSatellite($input: ExtendSatelliteInput!) {
    extendSatellite(input: $input) { satellite { ...SatelliteFields } errors { code message field } }
  }
`);

export const TransitionSatellite = graphql(`
  mutation TransitionSatellite($input: TransitionSatelliteInput!) {
    transitionSatellite(input: $input) { satellite { ...SatelliteFields transferredCases followUpCases } errors { code message field } }
  }
`);

export const CloseSatellite = graphql(`
  mutation CloseSatellite($input: CloseSatelliteInput!) {
    closeSatellite(input: $input) { satellite { ...SatelliteFields } errors { code message field } }
  }
`);

export const ConsultationFields = graphql(`
  fragment ConsultationFields on Consultation {
    id status requestedAt question closedAt
    municipality { code name }
    advice { advice by at }
    caseSummary {
      pseudonym ageBand gender is8050 withdrawalDuration concerns status
      contacts { on channel with }
    }
  }
`);

export const PrefectureConsultations = graphql(`
  query PrefectureConsultations($code: String!, $status: ConsultationStatus, $after: String) {
    prefecture(code: $code) {
      name
      consultations(status: $status, first: 10, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...ConsultationFields }
      }
    }
  }
`);

export const RespondToConsultation = graphql(`
  mutation RespondToConsultation($input: RespondToConsultationInput!) {
    respondToConsultation(input: $input) { consultation { ...ConsultationFields } errors { code message field } }
  }
`);

export const CloseConsultation = graphql(`
  mutation CloseConsultation($input: CloseConsultationInput!) {
    closeConsultation(input: $input) { consultation { ...ConsultationFields } errors { code message field } }
  }
`);
