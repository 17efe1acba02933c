// How a value reads in words: its figure ("more than 4,714 km² (1,820 sq mi)"), one part of it ({id.date}), a
// derived value's provenance, and a text with its placeholders rendered as plain words. Chart texts are read aloud
// and drawn on canvases, so they hold no links; figures in prose are <Fig> (src/views/Figure.astro) instead.
import type { Catalog, CatalogValue } from '../reader/catalog';
import { splitPlaceholders, type PlaceholderField } from '../reader/placeholders';
import { alternateUnit, curlyQuotes, formatDate, formatFigure, formatNumber, formatPeriod, KIND_LABELS } from '../lib/format';

/** A value's figure as words: "more than 4,714 km² (1,820 sq mi)", "2nd of 7", "48 missiles". */
export function figureWords(v: CatalogValue): string {
  if (v.derived?.op === 'rank') return `${v.derived.tied ? 'joint ' : ''}${formatFigure(v)} of ${v.derived.among}`;
  const alt = alternateUnit(v.value, v.unit);
  return `${formatFigure(v)}${alt ? ` (${alt})` : ''}`;
}

export function fieldWords(v: CatalogValue, field: PlaceholderField | undefined): string {
  switch (field) {
    case undefined:
      return figureWords(v);
    case 'number':
      return formatNumber(v.value);
    case 'date':
      return formatDate(v.date);
    case 'period':
      return formatPeriod(v.from, v.date);
    case 'by':
      return v.by;
    case 'label':
      return v.label;
  }
}

/**
 * The text with every placeholder replaced, and straight quotation marks set as typographic ones (chart texts are
 * page text, like the chapters). The checks (src/checks/charts.ts) have made sure each placeholder resolves.
 */
export function renderText(text: string, catalog: Catalog, figures: Record<string, string> = {}): string {
  return splitPlaceholders(text)
    .map((part) => {
      if (typeof part === 'string') return curlyQuotes(part);
      const v = catalog.values.get(part.id);
      if (v) return fieldWords(v, part.field as PlaceholderField | undefined);
      return figures[part.id] ?? part.raw;
    })
    .join('');
}

/** The kind of a computed value in words: "claims" (from claims), or "difference (claim minus estimate)". */
export function computedKindWords(catalog: Catalog, v: CatalogValue): string {
  if (v.kind !== 'difference' || !v.derived) return `${KIND_LABELS[v.kind]}s`;
  const [a, b] = v.derived.of.map((id) => catalog.values.get(id)?.kind);
  return a && b ? `difference (${KIND_LABELS[a]} minus ${KIND_LABELS[b]})` : KIND_LABELS.difference;
}

/** "computed from the Russian MoD claim and the ISW estimate": a derived value's provenance, in words. */
export function provenance(catalog: Catalog, v: CatalogValue): string | undefined {
  if (!v.derived) return undefined;
  const inputs = v.derived.of.map((id) => catalog.values.get(id));
  let labels = inputs.map((x, i) => x?.label ?? v.derived!.of[i]!);
  // Inputs that share one label (the drones and the missiles of one night) are told apart by their units.
  const units = inputs.map((x) => x?.unit);
  if (labels.length > 1 && new Set(labels).size === 1 && units.every(Boolean) && new Set(units).size === units.length)
    labels = units.map((u) => u!.replace(/-/g, ' '));
  return `computed from ${labels.length > 2 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels.join(' and ')}`;
}
