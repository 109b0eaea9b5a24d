/** Signing in order, signature timestamps (RFC 3161) and revocation by OCSP. */
export const signingRulesMessages = {
  vi: {
    'signingRules.errors.outOfOrder':
      'Chưa thể ký vào khối của {name}: các khối chữ ký được ký lần lượt theo thứ tự trên biên bản, {first} ({heading}) cần ký trước.',
    'signingRules.nextToSign': 'Tiếp theo: {field}',
    'signingRules.waitingFor': 'Chờ {name} ký trước',
    'signingRules.progress': 'Đã ký {signed}/{total} khối chữ ký',
  },
} as const;
