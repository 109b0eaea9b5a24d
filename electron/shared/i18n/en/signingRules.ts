/** English for the signingRules area, loaded only when English is chosen. */
export const signingRulesEnglish = {
  'signingRules.errors.outOfOrder':
    'The block of {name} cannot be signed yet: the signature blocks are signed one after another in their order in the minutes, and {first} ({heading}) must sign first.',
  'signingRules.nextToSign': 'Next: {field}',
  'signingRules.waitingFor': 'Waiting for {name} to sign first',
  'signingRules.progress': '{signed}/{total} signature blocks signed',
} as const;
