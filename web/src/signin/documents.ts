import { graphql } from '../gql';

export const SignInTenants = graphql(`
  query SignInTenants($search: String) {
    municipalities(search: $search, first: 10) {
      nodes { code name kana prefecture { name } }
    }
    prefectures { code lgCode name kana }
  }
`);

export const SignInMunicipalityByCode = graphql(`
  query SignInMunicipalityByCode($code: String!) {
    municipality(code: $code) { code name kana prefecture { name } }
  }
`);
