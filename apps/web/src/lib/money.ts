/**
 * Reads what a person typed as a whole number of pounds ("£10,000", "7500"), or null when it is not one:
 * pence, words or a negative sum are for the form to refuse. Sums are written back with `formatPounds`.
 */
export function parseWholePounds(text: string): number | null {
  const plain = text.trim().replace(/^£/, '').replace(/,/g, '').trim();
  if (!/^\d+$/.test(plain)) return null;
  const pounds = Number(plain);
  return Number.isSafeInteger(pounds) ? pounds : null;
}
