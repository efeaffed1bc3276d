/** One Jest run for the whole suite: unit tests beside the code, integration tests through the real endpoints, browser stories. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
      // Rewrites the workspace's path aliases, also in global setup where moduleNameMapper does not apply.
      baseUrl: __dirname,
      paths: {
        '@covenant/domain': ['libs/domain/src/index.ts'],
        '@covenant/collab-protocol': ['libs/collab-protocol/src/index.ts'],
        '@covenant/migrations': ['migrations/index.ts'],
        '@covenant/testing': ['tools/testing/index.ts'],
      },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@covenant/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@covenant/collab-protocol$': '<rootDir>/libs/collab-protocol/src/index.ts',
  },
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  // Integration files wait on PostgreSQL more than on the CPU, so a third worker helps on two cores.
  maxWorkers: 3,
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/*/src/**/*.spec.ts?(x)'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/web-e2e/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/apps/web-e2e/src/support/story-timeout.ts'],
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
    },
  ],
};
