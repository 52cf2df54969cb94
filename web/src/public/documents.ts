import { graphql } from '../gql';

export const FindMunicipalities = graphql(`
  query FindMunicipalities($search: String, $prefectureCode: String, $after: String) {
    municipalities(search: $search, prefectureCode: $prefectureCode, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { code name kana type prefecture { code name } programs { fiscalYear tier } }
    }
  }
`);

export const MunicipalityByCode = graphql(`
  query MunicipalityByCode($code: String!) {
    municipality(code: $code) { code name kana type prefecture { code name } programs { fiscalYear tier } }
  }
`);

export const PublicPrefectures = graphql(`
  query PublicPrefectures {
    prefectures { code lgCode name kana }
  }
`);

export const MunicipalityHelp = graphql(`
  query MunicipalityHelp($code: String!, $y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!) {
    municipality(code: $code) {
      code name kana type
      programs {
        fiscalYear tier functions functionsKnown
        operator { kind name }
      }
      consultationDesk { name phone hours url address }
      placesOfBelonging { id name address schedule }
      prefecture {
        code name
        y0: program(fiscalYear: $y0) { ...CenterProgram }
        y1: program(fiscalYear: $y1) { ...CenterProgram }
        y2: program(fiscalYear: $y2) { ...CenterProgram }
        y3: program(fiscalYear: $y3) { ...CenterProgram }
        consultationDesk { name phone hours url address }
        placesOfBelonging { id name address schedule }
      }
    }
  }
`);

export const CenterProgram = graphql(`
  fragment CenterProgram on Program { fiscalYear tier operator { kind name } }
`);
