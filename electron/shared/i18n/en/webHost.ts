/** English for the web host's refusals before the API. */
export const webHostEnglish = {
  'webHost.internal': 'Internal server error.',
  'webHost.badHost': 'Invalid host name.',
  'webHost.badToken': 'The session access token is missing or wrong.',
  'webHost.postOnly': 'Only the POST method is accepted.',
  'webHost.badMethodName': 'The method name in the path is not valid.',
  'webHost.notJson': 'The request body must be JSON (application/json, UTF-8).',
  'webHost.tooLarge': 'The request body is too large.',
  'webHost.badJson': 'The request body is not valid JSON.',
  'webHost.noRenderer': 'The interface has not been built: run "npm run build:renderer".',
} as const;
