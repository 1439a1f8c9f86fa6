import { describe, expect, it } from 'vitest';
import { escapeHtml, table } from './markup.js';

describe('table', () => {
  it('writes the caption, the header and every row, numeric columns marked on both', () => {
    expect(
      table(
        'Budget',
        ['Measure', 'Amount', 'Share'],
        [
          ['M1', '1,000', '10%'],
          ['M2', '9,000'],
        ],
        [1, 2],
      ),
    ).toBe(
      '<table><caption>Budget</caption><thead><tr><th scope="col">Measure</th>' +
        '<th class="num" scope="col">Amount</th><th class="num" scope="col">Share</th></tr></thead>' +
        '<tbody><tr><td>M1</td><td class="num">1,000</td><td class="num">10%</td></tr>' +
        '<tr><td>M2</td><td class="num">9,000</td></tr></tbody></table>',
    );
  });

  it('marks the cells of a row longer than the header by the same numeric columns', () => {
    expect(table('T', ['A'], [['x', 'y', 'z']], [2])).toBe(
      '<table><caption>T</caption><thead><tr><th scope="col">A</th></tr></thead>' +
        '<tbody><tr><td>x</td><td>y</td><td class="num">z</td></tr></tbody></table>',
    );
    expect(table('T', [], [])).toBe(
      '<table><caption>T</caption><thead><tr></tr></thead><tbody></tbody></table>',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters and returns other text as it is', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    const plain = 'M1 at rank 1-50';
    expect(escapeHtml(plain)).toBe(plain);
  });
});
