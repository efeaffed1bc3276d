/** Sums of money as people in the UK write them: whole pounds plainly, a share with its pence. */
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});
const POUNDS_AND_PENCE = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "£10,000"; "£833.33" for an amount that is not whole pounds (a voter's share of a budget). */
export function formatPounds(amount: number): string {
  return Number.isInteger(amount) ? WHOLE_POUNDS.format(amount) : POUNDS_AND_PENCE.format(amount);
}
