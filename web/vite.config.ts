/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The dev server forwards the API and the development sign-in to a local silo
// (dotnet run --project silo/Platform.Silo -- --in-memory --urls http://localhost:5180).
const silo = process.env.PLATFORM_SILO_URL ?? 'http://localhost:5180';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: { '/graphql': silo, '/dev': silo, '^/statistics/.*\.csv': silo },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // dist/.vite/manifest.json: scripts/route-size.mjs measures each route group from it.
    manifest: true,
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
