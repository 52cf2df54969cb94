import { graphql } from '../gql';

export const CaseStatisticsFields = graphql(`
  fragment CaseStatisticsFields on CaseStatistics {
    fiscalYear month newCases activeCases households8050
    contactsByChannel { channel count }
    newCasesByAgeBand { ageBand count }
    newCasesByGender { gender count }
    referralsByDestination { destination count }
    closuresByReason { reason count }
  }
`);

export const TenantCaseStatistics = graphql(`
  query TenantCaseStatistics($fiscalYear: Int!) {
    year: caseStatistics(fiscalYear: $fiscalYear) { ...CaseStatisticsFields }
    m4: caseStatistics(fiscalYear: $fiscalYear, month: 4) { ...CaseStatisticsFields }
    m5: caseStatistics(fiscalYear: $fiscalYear, month: 5) { ...CaseStatisticsFields }
    m6: caseStatistics(fiscalYear: $fiscalYear, month: 6) { ...CaseStatisticsFields }
    m7: caseStatistics(fiscalYear: $fiscalYear, month: 7) { ...CaseStatisticsFields }
    m8: caseStatistics(fiscalYear: $fiscalYear, month: 8) { ...CaseStatisticsFields }
    m9: caseStatistics(fiscalYear: $fiscalYear, month: 9) { ...CaseStatisticsFields }
    m10: caseStatistics(fiscalYear: $fiscalYear, month: 10) { ...CaseStatisticsFields }
    m11: caseStatistics(fiscalYear: $fiscalYear, month: 11) { ...CaseStatisticsFields }
    m12: caseStatistics(fiscalYear: $fiscalYear, month: 12) { ...CaseStatisticsFields }
    m1: caseStatistics(fiscalYear: $fiscalYear, month: 1) { ...CaseStatisticsFields }
    m2: caseStatistics(fiscalYear: $fiscalYear, month: 2) { ...CaseStatisticsFields }
    m3: caseStatistics(fiscalYear: $fiscalYear, month: 3) { ...CaseStatisticsFields }
  }
`);
