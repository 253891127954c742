import { defineConfig } from 'vitest/config';

// Unit tests run in Node; end-to-end tests (tests/e2e) have their own runner config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
