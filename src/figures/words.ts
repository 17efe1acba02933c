// How a value reads in words: its figure ("more than 4,714 km² (1,820 sq mi)"), one part of it ({id.date}), a
// derived value's provenance, and a text with its placeholders rendered as plain words. Chart texts are read aloud
// and drawn on canvases, so they hold no links; figures in prose are <Fig> (src/views/Figure.astro) instead.
import type { Catalog, CatalogValue } from '../reader/catalog';
import { splitPlaceholders, type PlaceholderField } from '../reader/placeholders';
import {
  afterStop,
  alternateUnit,
  curlyQuotes,
  formatDate,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatWithUnit,
  KIND_WORDS,
} from '../lib/format';
import type { Kind } from '../schemas/common';
import type { Locale } from '../i18n/locale';

/**
 * A value's figure as words: "more than 4,714 km² (1,820 sq mi)", "2nd of 7", "48 missiles"; in Ukrainian
 * "понад 4 714 км²", "2-ге місце з 7", "48 ракет".
 */
export function figureWords(v: CatalogValue, locale: Locale = 'en'): string {
  if (v.derived?.op === 'rank')
    return locale === 'uk'
      ? `${v.derived.tied ? 'поділене ' : ''}${formatFigure(v, locale)} місце з ${v.derived.among}`
      : `${v.derived.tied ? 'joint ' : ''}${formatFigure(v)} of ${v.derived.among}`;
  const alt = alternateUnit(v.value, v.unit, locale);
  return `${formatFigure(v, locale)}${alt ? ` (${alt})` : ''}`;
}

export function fieldWords(v: CatalogValue, field: PlaceholderField | undefined, locale: Locale = 'en'): string {
  switch (field) {
    case undefined:
      return figureWords(v, locale);
    case 'number':
      return formatNumber(v.value, 2, locale);
    case 'date':
      return formatDate(v.date, false, locale);
    case 'period':
      return formatPeriod(v.from, v.date, locale);
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
  return splitPlaceholders(text).reduce<string>((out, part) => {
    if (typeof part === 'string') return out + afterStop(out, curlyQuotes(part, catalog.locale));
    const v = catalog.values.get(part.id);
    if (v) return out + fieldWords(v, part.field as PlaceholderField | undefined, catalog.locale);
    return out + (figures[part.id] ?? part.raw);
  }, '');
}

/** A kind in the plural, for what a computed value was computed from. */
const KIND_PLURALS: Record<Locale, Record<Kind, string>> = {
  en: {
    claim: 'claims',
    estimate: 'estimates',
    'official-count': 'official counts',
    reported: 'reporteds',
    statement: 'statements',
    reference: 'references',
    difference: 'differences',
  },
  uk: {
    claim: 'твердження',
    estimate: 'оцінки',
    'official-count': 'офіційні дані',
    reported: 'дані ЗМІ',
    statement: 'заяви',
    reference: 'довідкові величини',
    difference: 'різниці',
  },
};

/** The kind of a computed value in words: "claims" (from claims), or "difference (claim minus estimate)". */
export function computedKindWords(catalog: Catalog, v: CatalogValue): string {
  const words = KIND_WORDS[catalog.locale];
  if (v.kind !== 'difference' || !v.derived) return KIND_PLURALS[catalog.locale][v.kind];
  const [a, b] = v.derived.of.map((id) => catalog.values.get(id)?.kind);
  if (!a || !b) return words.difference;
  return `${words.difference} (${words[a]} ${catalog.locale === 'uk' ? 'мінус' : 'minus'} ${words[b]})`;
}

/** "computed from the Russian MoD claim and the ISW estimate": a derived value's provenance, in words. */
export function provenance(catalog: Catalog, v: CatalogValue): string | undefined {
  if (!v.derived) return undefined;
  const uk = catalog.locale === 'uk';
  const inputs = v.derived.of.map((id) => catalog.values.get(id));
  let labels = inputs.map((x, i) => x?.label ?? v.derived!.of[i]!);
  // Inputs that share one label (the drones and the missiles of one night) are told apart by their units.
  const units = inputs.map((x) => x?.unit);
  if (labels.length > 1 && new Set(labels).size === 1 && units.every(Boolean) && new Set(units).size === units.length)
    labels = units.map((u) => (uk ? formatWithUnit(5, u!, 'uk').replace(/^5\u00a0/, '') : u!.replace(/-/g, ' ')));
  const and = uk ? ' і ' : ' and ';
  const list = labels.length > 2 ? `${labels.slice(0, -1).join(', ')}${and}${labels.at(-1)}` : labels.join(and);
  return `${uk ? 'обчислено на основі: ' : 'computed from '}${list}`;
}
