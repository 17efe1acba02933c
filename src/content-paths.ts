// Where everything an editor writes lives, relative to the project's root. The one home of these paths:
// the reader, the checks, the messages, the scripts and the tests all name them from here.
export const CONTENT_DIR = 'content';
export const CHAPTERS_DIR = 'content/chapters';
export const CHARTS_DIR = 'content/charts';
export const DATASETS_DIR = 'content/data/datasets';

export const DATA_FILES = {
  site: 'content/site.yaml',
  sources: 'content/data/sources.yaml',
  planPoints: 'content/data/plan-points.yaml',
  timeline: 'content/data/timeline.yaml',
  updates: 'content/data/updates.yaml',
  /** Optional: the places maps show, with their coordinates (docs/data-model.md). */
  places: 'content/data/places.yaml',
} as const;

/** A dataset may be written as YAML or, for editors who keep figures in spreadsheets, as CSV. */
export const DATASET_EXTENSIONS = ['.yaml', '.csv'] as const;

export const chartFile = (id: string) => `${CHARTS_DIR}/${id}.yaml`;
