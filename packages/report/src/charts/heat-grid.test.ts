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

  it('draws each run of empty cells side by side as one band, with the row tooltip', () => {
    const { body } = heatGrid(
      ['1', '2', '3', '4', '5', '6'],
      [
        {
          label: 'M1',
          empty: 'M1 at the other ranks',
          cells: [
            cell(0, '', 'M1 at 1'),
            cell(0, '', 'M1 at 2'),
            cell(1, '90', 'M1 at 3'),
            cell(0, '', 'M1 at 4'),
            null,
            cell(0, '', 'flagged', true),
          ],
        },
      ],
      { width: 296, labelWidth: 98 },
    );
    // Cells are (296 - 98 - 4) / 6 = 32.3 wide; a band spans its run, 1 in from each end.
    expect(body).toContain(
      '<g><title>M1 at the other ranks</title><rect x="99" y="28" width="62.7" height="18" fill="#f7fbff"/></g>',
    );
    expect(body).toContain(
      '<g><title>M1 at the other ranks</title><rect x="196" y="28" width="30.3" height="18" fill="#f7fbff"/></g>',
    );
    expect(body.split('M1 at the other ranks')).toHaveLength(3);
    for (const title of ['M1 at 1', 'M1 at 2', 'M1 at 4']) expect(body).not.toContain(title);
    // A cell with a share, a cell with no value and a flagged empty cell are drawn on their own.
    expect(body).toContain('<title>M1 at 3</title><rect x="163.7"');
    expect(body).toContain('<rect x="228.3" y="28" width="30.3" height="18" fill="#ffffff"');
    expect(body).toContain('<title>flagged</title>');
    expect(body).toContain('stroke-dasharray="3 2"');
    expect(body.match(/<rect /g)).toHaveLength(5);
    // A row without cells draws none.
    const bare = heatGrid(['1'], [{ label: 'M2', empty: 'none', cells: [] }]).body;
    expect(bare).not.toContain('<rect');
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
