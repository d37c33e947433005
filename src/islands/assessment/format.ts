/** Figures as Indonesian readers write them (thousands with a dot), shared by the result and its table. */
const NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

export const formatNumber = (value: number): string => NUMBER.format(value);
