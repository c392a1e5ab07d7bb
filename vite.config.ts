import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: {
    port: 4173,
    strictPort: false,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/setup-tests.ts'],
    // `UPDATE_GOLDEN=1 npx vitest run` rewrites golden files (e.g. the annotator's) instead of failing on a diff.
    update: process.env.UPDATE_GOLDEN === '1',
  },
});
