/** Tests run against the TypeScript sources through ts-jest (CommonJS transform). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, isolatedModules: true, strict: true, target: 'ES2022', types: ['node', 'jest'], resolveJsonModule: true } }] },
  testTimeout: 120000,
};
