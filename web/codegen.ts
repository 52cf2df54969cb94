import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations are typed from the approved SDL (the contract integrators build on), and every
// operation the app sends is written to src/gql/persisted-documents.json for the silo.
const config: CodegenConfig = {
  schema: '../tests/Platform.Tests/Contract/schema.approved.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', Long: 'number', ID: 'string' },
      },
    },
  },
};
export default config;
