/** English for the closing rule's reasons, loaded only when English is chosen. */
export const auditClosingEnglish = {
  'auditClosing.endDateAhead':
    'The inspection ends on {endDate}, after today ({today}); it cannot be closed before that day. If the inspection finished earlier, correct its end date.',
  'auditClosing.endDateAheadReason':
    'the inspection ends on {endDate}, after today ({today}); it cannot be closed before that day. If the inspection finished earlier, correct its end date.',
  'auditClosing.endTimeAhead': 'The end time {endedTime} is later than the current time ({now}).',
  'auditClosing.endTimeAheadReason': 'the end time {endedTime} is later than the current time ({now}).',
};
