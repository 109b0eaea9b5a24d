import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant (npm run test:mutation): the unit and API tests of the
 * rules in stryker.config.json's scope, no end-to-end tests. Same machine zone as the main suite.
 */
process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  test: {
    include: [
      'tests/unit/datesAndText.test.ts',
      'tests/unit/contractText.test.ts',
      'tests/unit/actionsDates.test.ts',
      'tests/unit/actionsStateMachine.test.ts',
      'tests/unit/auditsRules.test.ts',
      'tests/unit/auditResults.test.ts',
      'tests/unit/answerRules.test.ts',
      'tests/unit/closingRules.test.ts',
      'tests/unit/entryRules.test.ts',
      'tests/unit/legalBasisText.test.ts',
      'tests/unit/minutesContent.test.ts',
      'tests/unit/minutesContentBuild.test.ts',
      'tests/unit/minutesBodyText.test.ts',
      'tests/unit/programmeIsoChoice.test.ts',
      'tests/unit/programmeRules.test.ts',
      'tests/unit/programmeScheduling.test.ts',
      'tests/unit/contractNfc.test.ts',
      'tests/unit/programmeGenerator.test.ts',
      'tests/unit/programmeSelection.test.ts',
      'tests/unit/signing.test.ts',
      'tests/unit/signingIdentity.test.ts',
      'tests/unit/staticPath.test.ts',
      'tests/unit/sharedRules.test.ts',
      'tests/api/audits.test.ts',
      'tests/api/auditsResponses.test.ts',
      'tests/api/actions.test.ts',
      'tests/api/minutesFindings.test.ts',
      'tests/api/minutes.test.ts',
      'tests/api/findings.test.ts',
      'tests/api/closingAndDating.test.ts',
      'tests/api/programme.test.ts',
      'tests/api/webHost.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    env: { TZ: 'America/Los_Angeles' },
  },
});
