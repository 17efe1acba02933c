// What scripts/vendor-countries.ts keeps of the world file, shared with the code that reads its output.

/** The share of the 1:50m countries' points kept (topojson-simplify's quantile). */
export const SIMPLIFY_KEEP_COUNTRIES = 0.3;

/** Countries a map of Europe draws around its own (by ISO code): North Africa, the Middle East, the islands. */
export const SHORES = [
  'MAR',
  'DZA',
  'TUN',
  'LBY',
  'EGY',
  'ISR',
  'PSE',
  'LBN',
  'SYR',
  'JOR',
  'IRQ',
  'IRN',
  'SAU',
  'CYN',
  'FRO',
  'ALA',
  'JEY',
  'GGY',
  'IMN',
  'MCO',
  'SMR',
  'VAT',
];
