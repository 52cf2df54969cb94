import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The GraphQL console (GraphiQL with Monaco) as its own build: dist/graphiql, served by the silo
// at /graphql/ui only where introspection is on, so none of it is reachable through the app's
// static files. Monaco's workers are emitted as files beside the page (CSP worker-src 'self').
export default defineConfig({
  plugins: [react()],
  base: '/graphql/ui/',
  build: {
    outDir: 'dist/graphiql',
    emptyOutDir: true,
    sourcemap: false,
    // Monaco is large; this page is for developers and loads once.
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: 'graphiql.html',
      // GraphiQL's React Compiler directives ("use no memo") are dropped when bundled: harmless.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
