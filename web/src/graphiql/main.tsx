// GraphiQL at /graphql/ui, built by vite.graphiql.config.ts into dist/graphiql and served by the
// silo only where introspection is on. Everything (Monaco and its workers included) is bundled:
// the page talks to nothing but its own origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { defaultQuery, endpointOf } from './console';

const fetcher = createGraphiQLFetcher({ url: endpointOf(location.pathname) });

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    {/* Headers (the bearer token) stay in this page: never written to localStorage. */}
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultHeaders="{}" shouldPersistHeaders={false} />
  </StrictMode>,
);
