// Turns the `where` prop that the MDX checker injects ("content/chapters/x.mdx:12:3") into an error location.
export interface Where {
  file: string;
  line?: number;
  column?: number;
}

export function placeFrom(where: string | undefined, field: string): Where & { field: string } {
  const m = where?.match(/^(.*):(\d+):(\d+)$/);
  if (!m) return { file: where ?? 'a page template', field };
  return { file: m[1]!, line: Number(m[2]) || undefined, column: Number(m[3]) || undefined, field };
}
