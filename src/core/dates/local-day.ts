/**
 * The calendar day of `at` where the reader is, as `YYYY-MM-DD`. Not `toISOString().slice(0, 10)`: that is the day
 * in UTC, a day behind in Germany between midnight and 1 or 2 a.m., and a day ahead in America in the evening.
 */
export function localDay(at: Date): string {
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const day = String(at.getDate()).padStart(2, '0');
  return `${String(at.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}
