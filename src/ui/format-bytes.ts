const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * An amount of storage for a person to read, in the largest decimal unit (1 kB = 1,000 bytes, as browsers and
 * operating systems show storage) under which it is at least 1, with one decimal below 10: `1.3 MB`, `12 kB`.
 * Whole bytes are written out in full, because CLDR's short form of the byte has no plural in English
 * ("0 byte", "2 byte"): `0 bytes`, `1 byte`, `0 Byte`. A value that rounds up to 1,000 moves to the next unit
 * (`1 MB`, not `1,000 kB`).
 */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, Math.round(bytes));
  let unit = 0;
  while (unit < UNITS.length - 1 && roundedFor(value, unit) >= 1000) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: fractionDigits(value, unit),
  }).format(value);
}

function fractionDigits(value: number, unit: number): number {
  return unit > 0 && value < 9.95 ? 1 : 0;
}

/** `value` as the chosen number of decimals would show it. */
function roundedFor(value: number, unit: number): number {
  const scale = 10 ** fractionDigits(value, unit);
  return Math.round(value * scale) / scale;
}
