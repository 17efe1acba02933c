// Derived values: figures computed from others (a claim minus an estimate, a share of Ukraine's area, a rank among
// attacks), declared in a dataset's `derived:` list with their inputs. Pure: the inputs in, the computed values out.
import type { Derived } from '../schemas/value';
import type { Kind, Unit } from '../schemas/common';
import { percentOf } from '../lib/units';
import type { ContentProblem } from './errors';

/** What a computed value keeps of how it was made, for its provenance ("computed from …"). */
export interface Provenance {
  op: Derived['op'];
  of: string[];
  /** For a rank: how many values it was ranked among, and whether another had the same value. */
  among?: number;
  tied?: boolean;
}

interface Input {
  id: string;
  label: string;
  value: number;
  unit: Unit;
  kind: Kind;
  source: string;
  date: string;
  from?: string | undefined;
}

export interface Computed {
  value: number;
  unit: Unit;
  provenance: Provenance;
}

/** Computes one derived value from its inputs (already looked up, in the order `of` names them). */
export function computeDerived(d: Derived, inputs: Input[]): Computed | ContentProblem['message'] {
  const [first, second] = inputs;
  if (!first) return 'it names no value.';
  const units = new Set(inputs.map((i) => i.unit));
  const provenance: Provenance = { op: d.op, of: inputs.map((i) => i.id) };
  switch (d.op) {
    case 'difference':
      if (inputs.length !== 2 || !second) return `\`difference\` takes two values (a − b), found ${inputs.length}.`;
      if (units.size > 1) return `\`difference\` needs two values in one unit, found \`${first.unit}\` and \`${second.unit}\`.`;
      return { value: first.value - second.value, unit: first.unit, provenance };
    case 'share':
      if (inputs.length !== 2 || !second) return `\`share\` takes two values (a as a per cent of b), found ${inputs.length}.`;
      if (units.size > 1) return `\`share\` needs two values in one unit, found \`${first.unit}\` and \`${second.unit}\`.`;
      if (second.value === 0) return `\`share\` cannot divide by \`${second.id}\`, which is 0.`;
      return { value: percentOf(first.value, second.value), unit: 'percent', provenance };
    case 'sum':
      if (units.size > 1 && !d.unit)
        return `\`sum\` adds values in one unit, found ${[...units].map((u) => `\`${u}\``).join(' and ')}; or give the sum a \`unit\`.`;
      return { value: inputs.reduce((n, i) => n + i.value, 0), unit: d.unit ?? first.unit, provenance };
    case 'days': {
      // Whole days from the first value's date to the second's ("12 days later").
      if (inputs.length !== 2 || !second) return `\`days\` takes two values (from the first's date to the second's), found ${inputs.length}.`;
      const days = Math.round((Date.parse(`${second.date}T00:00:00Z`) - Date.parse(`${first.date}T00:00:00Z`)) / 86_400_000);
      return { value: days, unit: 'days', provenance };
    }
    case 'count':
      return { value: inputs.length, unit: d.unit ?? 'points', provenance };
    case 'rank': {
      if (units.size > 1) return `\`rank\` compares values in one unit, found ${[...units].map((u) => `\`${u}\``).join(' and ')}.`;
      // Largest first; a rank counts the values strictly larger, so ties share a rank ("joint 2nd").
      const larger = inputs.filter((i) => i.value > first.value).length;
      const tied = inputs.filter((i) => i.value === first.value).length > 1;
      return { value: larger + 1, unit: 'rank', provenance: { ...provenance, among: inputs.length, tied } };
    }
  }
}
