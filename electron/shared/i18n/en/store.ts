/** English for the back end's own words, loaded only when English is chosen. */
export const storeEnglish = {
  'store.systemActor': 'System',
  'store.defaultStoreName': 'Data store ({host})',
  'store.backupLogTag': '[backup]',
  'store.workerExited': 'A background worker stopped unexpectedly (code {code}).',
  'store.workerClosed': 'The background workers were closed.',
  'store.programmeTitle': 'Plan for inspecting administrative reform in {year}',
  'store.minutesSignReason': 'Signing minutes no. {code}',
  'store.schemaTooNew': 'schema {applied}, this application supports up to {supported}',
  'store.integrityCheckNotRun': 'The integrity check could not run: {reason}',
  'store.foreignKeyViolations': '{count} invalid foreign-key links',
  'store.migrationAltered': 'upgrade step {number}: applied SHA-256 {applied}…, the application carries {shipped}…',
};
