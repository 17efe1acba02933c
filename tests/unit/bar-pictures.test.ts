// The build's memo of pictures (src/kinds/bar/pictures.ts): one light and one dark picture per bar-chart state,
// content-hashed under _assets/charts/, drawn once per catalog.
import { describe, expect, it } from 'vitest';
import { allBarStates, chartPictures, pictureFiles, pictureKey, PICTURE_DIR } from '../../src/kinds/bar/pictures';
import { loadTestSite } from '../support/catalog';
import { pngSize } from '../support/png';

const site = loadTestSite();

describe('chart pictures', () => {
  it('lists every state of every bar chart, and no other chart', () => {
    const expected = [...site.charts]
      .filter(([, c]) => c.kind.name === 'bar')
      .flatMap(([id, c]) => Object.keys(c.chart.spec.states).map((s) => pictureKey(id, s)));
    expect(expected.length).toBeGreaterThan(5);
    expect(allBarStates(site).map((s) => pictureKey(s.chart, s.state))).toEqual(expected);
    expect([...chartPictures(site).keys()]).toEqual(expected);
  });

  it('names each file by chart, state and a hash of its bytes, under _assets/charts/', () => {
    const files = pictureFiles(site);
    expect(files).toHaveLength(2 * chartPictures(site).size);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    for (const f of files) {
      expect(f.path).toBe(`${PICTURE_DIR}/${f.file}`);
      expect(f.file).toMatch(/^[a-z0-9-]+\.[0-9a-f]{8}\.png$/);
      expect(pngSize(f.png)).toEqual({ width: f.width * 2, height: f.height * 2 });
    }
    const territory = chartPictures(site).get('territory/mod-vs-isw')!;
    expect(territory.file).toMatch(/^territory-mod-vs-isw\.[0-9a-f]{8}\.png$/);
    expect(territory.dark.file).toMatch(/^territory-mod-vs-isw-dark\.[0-9a-f]{8}\.png$/);
  });

  it('draws once per catalog', () => {
    expect(chartPictures(site)).toBe(chartPictures(site));
  });
});
