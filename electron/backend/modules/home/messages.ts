/** The home module's words, in Vietnamese; one place, to become catalog keys later. */
export const homeMessages = {
  agingBucket: { d0_30: 'Mở dưới 31 ngày', d31_60: 'Mở 31–60 ngày', d61_90: 'Mở 61–90 ngày', d90_plus: 'Mở trên 90 ngày' },
} as const;
