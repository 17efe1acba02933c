// The contract of a chart kind, and the shape of a chart state: plain, serialisable data computed at build time
// from a chart file (content/charts/<id>.yaml) and the catalog. The browser only draws states; it computes none.
// A kind is one folder, src/kinds/<kind>/: index.ts (this contract), View.astro (the figure, its data table and its
// no-JavaScript form) and client.ts (its browser renderer, registered in src/kinds/renderers.ts by View's script).
import type { z } from 'astro/zod';
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Catalog } from '../reader/catalog';
import type { ContentProblem } from '../reader/errors';
import type { YamlPath } from '../reader/yaml';

/** What every state of every kind says in words. */
export interface StateBase {
  chart: string;
  state: string;
  /** Shown above the graphic; says what is plotted. */
  heading: string;
  /** Shown under the graphic; says what this step says. */
  caption: string;
  /** One or two plain sentences: the graphic's label and the live-region announcement. */
  summary: string;
}

/** The fields every chart file has, whatever its kind. */
export interface ChartFileBase {
  kind: string;
  title: string;
  states: Record<string, { heading: string; caption: string; summary: string }>;
}

/** A text of a chart file that may hold {placeholders}, with where it was written. */
export interface ChartText {
  text: string;
  path: YamlPath;
}

/** A value id a chart file names, with where it was written. */
export interface ValueRef {
  id: string;
  path: YamlPath;
}

/** A checked chart file: its id (the file's name), its file and its parsed content. */
export interface Chart<File extends ChartFileBase = ChartFileBase> {
  id: string;
  file: string;
  spec: File;
}

export interface ChartKind<File extends ChartFileBase = ChartFileBase, State extends StateBase = StateBase> {
  /** What editors write as `kind:`. */
  name: string;
  /** One line for the editor's guide: what this kind draws. */
  description: string;
  /** The schema of this kind's chart files. */
  schema: z.ZodType<File>;
  /** Drawn on a canvas: it gets a build-time picture of each state, for readers without JavaScript and for print. */
  canvas: boolean;
  /** Every value id the file names (checked against the catalog before anything is computed). */
  values(spec: File): ValueRef[];
  /** Every text that may hold placeholders. */
  texts(spec: File): ChartText[];
  /** Names a kind lets its texts use beside value ids (e.g. counts of the plan's points). */
  figures?(catalog: Catalog): Record<string, string>;
  /** Checks only this kind can make (a matrix cell for a column that does not exist…). */
  check?(spec: File, catalog: Catalog): Omit<ContentProblem, 'file'>[];
  /** Every state, in the file's order: the whole of what the browser and the pictures draw. */
  states(chart: Chart<File>, catalog: Catalog): Record<string, State>;
  /** The chart's data as CSV (with its sources). */
  csv(chart: Chart<File>, catalog: Catalog): string;
  /** The sources the chart cites, for the sources section. */
  sources(chart: Chart<File>, catalog: Catalog): string[];
  /** Draws a state into the graphic area of a chapter's social card (Node only). Without it a card shows words. */
  drawCard?(area: CardArea, state: State, chart: Chart<File>, catalog: Catalog): Promise<void>;
}

/** Where a kind draws on a social card: a region of a 1200×630 canvas, in the light theme. */
export interface CardArea {
  ctx: SKRSContext2D;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The checked charts of a site with the catalog they draw from: what pictures, cards and embeds are made of. */
export interface ChartSet {
  catalog: Catalog;
  charts: ReadonlyMap<string, { chart: Chart; kind: ChartKind }>;
}
