import { describe, expect, it } from 'vitest';
import { heatGrid } from './heat-grid.js';

const cell = (share: number, text: string, title: string, flagged?: boolean) => ({
  share,
  text,
  title,
  ...(flagged === undefined ? {} : { flagged }),
});

describe('heatGrid', () => {
  const columns = ['1', '2', '3', '4'];
  const rows = [
    {
      label: 'M1',
      cells: [cell(1, '90', 'M1 at 1'), cell(0, '', 'M1 at 2'), cell(0.1, '', 'M1 at 3'), null],
    },
  ];

  it('draws every cell with its tooltip when the row gives no tooltip for its empty cells', () => {
    const { body } = heatGrid(columns, rows, { width: 300, labelWidth: 100 });
    for (const title of ['M1 at 1', 'M1 at 2', 'M1 at 3'])
      expect(body).toContain(`<g><title>${title}</title>`);
    // Cells are 49 wide from x = 100: each drawn 1 in from its edges.
    expect(body).toContain(
      '<g><title>M1 at 2</title><rect x="150" y="28" width="47" height="18" fill="#f7fbff"/></g>',
    );
    // The cell with no value is an outlined white box.
    expect(body).toContain(
      '<rect x="248" y="28" width="47" height="18" fill="#ffffff" stroke="#dddddd"/>',
    );
  });

  it('draws the empty cells of a row as one band under it, with the row tooltip', () => {
    const { body } = heatGrid(
      columns,
      [
        {
          ...rows[0],
          label: 'M1',
          empty: 'M1 at the other ranks',
          cells: [...(rows[0]?.cells ?? []).slice(0, 3), cell(0, '', 'flagged', true)],
        },
      ],
      { width: 300, labelWidth: 100 },
    );
    // One band across the four columns, 4 x 49 wide less the edges, in the palest shade.
    expect(body).toContain(
      '<g><title>M1 at the other ranks</title><rect x="101" y="28" width="194" height="18" fill="#f7fbff"/></g>',
    );
    expect(body).not.toContain('M1 at 2');
    // A cell with a share, even one too small for text, and a flagged empty cell are drawn.
    expect(body).toContain('<title>M1 at 1</title>');
    expect(body).toContain('<title>M1 at 3</title>');
    expect(body).toContain('<title>flagged</title>');
    expect(body).toContain('stroke-dasharray="3 2"');
    // The band comes before the cells, which are drawn over it.
    expect(body.indexOf('M1 at the other ranks')).toBeLessThan(body.indexOf('M1 at 1'));
    expect(body.match(/<rect /g)).toHaveLength(4);
  });

  it('keeps the band within a grid whose cells are not whole pixels wide', () => {
    const { body } = heatGrid(
      ['1', '2', '3'],
      [
        {
          label: 'M2',
          empty: 'none',
          cells: [cell(0, '', 'a'), cell(0, '', 'b'), cell(0, '', 'c')],
        },
      ],
      { width: 300, labelWidth: 100.25 },
    );
    // Cells are (300 - 100.25 - 4) / 3 wide; the band spans all three, 1 in from each end.
    expect(body).toContain('<rect x="101.3" y="28" width="193.8" height="18" fill="#f7fbff"/>');
    expect(body.match(/<rect /g)).toHaveLength(1);
  });
});
