/** English for what stops publishing a checklist draft or issuing minutes. */
export const blockersEnglish = {
  'blockers.publish.noItems': 'The draft has no question in use; add questions before publishing.',
  'blockers.publish.emptySection': 'Section {code} "{title}" has no question in use; add questions or delete the section.',
  'blockers.publish.badItem': 'Question {code}: {issue}.',
  'blockers.publish.refused': 'Not published yet: {blockers}',
  'blockers.minutes.auditOpen': 'The inspection has not ended: end the inspection before issuing the minutes.',
  'blockers.minutes.alreadyIssued': 'The minutes of this inspection have been issued; to change them, draw up supplementary minutes.',
  'blockers.minutes.alreadyIssuedAs': 'The minutes of this inspection have been issued (number {code}); to change them, draw up supplementary minutes.',
  'blockers.minutes.noLeader': 'The team has no team leader to sign the minutes.',
  'blockers.sentences': '{first} {rest}',
  'blockers.minutes.noUnitSigner': 'No representative of the inspected unit has been named to sign the minutes.',
} as const;
