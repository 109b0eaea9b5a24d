/** English for the signingRules area, loaded only when English is chosen. */
export const signingRulesEnglish = {
  'signingRules.errors.outOfOrder':
    'The block of {name} cannot be signed yet: the signature blocks are signed one after another in their order in the minutes, and {first} ({heading}) must sign first.',
  'signingRules.nextToSign': 'Next',
  'signingRules.waitingFor': 'Waiting for {name} to sign first',
  'signingRules.progress': '{signed}/{total} signature blocks signed',
  'signingRules.laterBlock': '{field} (after the blocks before it)',
  'signingRules.timestamp.added': 'The signature has a timestamp (PAdES B-T) at {time}, issued by {authority}.',
  'signingRules.timestamp.notSet':
    'The signature has no timestamp (PAdES B-B): no timestamp server is set in Settings. The signing time is only this computer\'s clock.',
  'signingRules.timestamp.unreachable':
    'The signature has no timestamp (PAdES B-B): the timestamp server {url} could not be reached. The signing time is only this computer\'s clock.',
  'signingRules.timestamp.refused':
    'The signature has no timestamp (PAdES B-B): the timestamp server {url} refused the request. The signing time is only this computer\'s clock.',
  'signingRules.timestamp.invalid':
    'The signature has no timestamp (PAdES B-B): the server {url} returned a timestamp that does not check. The signing time is only this computer\'s clock.',
  'signingRules.report.timestamp': 'Timestamp (PAdES B-T): {time}, issued by {authority}',
  'signingRules.report.timestampInvalid': 'Invalid timestamp: it does not match the signature or the server\'s signature does not check',
  'signingRules.report.noTimestamp': 'No timestamp (PAdES B-B): the signing time is the signer\'s computer clock',
  'signingRules.settings.title': 'Timestamps for digital signatures',
  'signingRules.settings.hint':
    'An RFC 3161 timestamp server, e.g. the Government Cipher Committee\'s http://tsa.ca.gov.vn. When set and reachable, every signature gets a timestamp (PAdES B-T); when empty or unreachable, the signature has none (PAdES B-B) and the app says so.',
  'signingRules.settings.url': 'Timestamp server address',
  'signingRules.settings.saved': 'Timestamp server saved.',
} as const;
