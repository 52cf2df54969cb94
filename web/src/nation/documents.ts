import { graphql } from '../gql';

export const NationOverview = graphql(`
  query NationOverview($fiscalYear: Int!) {
    nation {
      officialProgramCounts { fiscalYear prefectureCenters municipalCenters supportStations supportProjects total }
      officialRequestStatus { fiscalYear municipalities deskClarified deskPublicized factFindingSurvey municipalPlatform note }
      p2020: programSummary(fiscalYear: 2020) { ...ProgramSummaryFields }
      p2021: programSummary(fiscalYear: 2021) { ...ProgramSummaryFields }
      p2022: programSummary(fiscalYear: 2022) { ...ProgramSummaryFields }
      p2023: programSummary(fiscalYear: 2023) { ...ProgramSummaryFields }
      current: programSummary(fiscalYear: $fiscalYear) { ...ProgramSummaryFields }
      requestStatus(fiscalYear: $fiscalYear) { fiscalYear municipalities deskClarified deskPublicized factFindingSurvey municipalPlatform }
      satelliteSummary {
        planned operating transitioned closed
        prefectures { prefecture { code name } planned operating transitioned closed }
        transitionsByFiscalYear { fiscalYear transitions }
      }
      statistics(fiscalYear: $fiscalYear) {
        fiscalYear suppressed
        consultations {
          newCases { text } contacts { text } activeCases { text } outreachVisits { text }
        }
        activities { kind sessions participants { text } firstTimeParticipants { text } }
      }
      prefectureStatistics(fiscalYear: $fiscalYear) {
        prefecture { code name }
        statistics { consultations { newCases { text suppressed } contacts { text } activeCases { text } outreachVisits { text } } }
      }
    }
  }
`);

export const ProgramSummaryFields = graphql(`
  fragment ProgramSummaryFields on ProgramSummary { fiscalYear prefectureCenters municipalCenters supportStations supportProjects total }
`);
