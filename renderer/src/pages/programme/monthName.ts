const englishMonths = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** The month's parameters for the catalog: Vietnamese writes "Tháng 5", English "May". */
export const monthParams = (month: number) => ({ month, monthName: englishMonths.format(new Date(Date.UTC(2000, month - 1, 1))) });
