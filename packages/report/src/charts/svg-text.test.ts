import { describe, expect, it } from 'vitest';
import { fitLines, startsRightToLeft, svgLabel, textWidth } from './svg-text.js';

describe('chart labels', () => {
  it('counts a Chinese character a whole em, wider than Latin letters', () => {
    expect(textWidth('数据', 12)).toBe(24);
    expect(textWidth('d', 12)).toBeLessThan(textWidth('数', 12));
    expect(textWidth('DATA', 12)).toBeGreaterThan(textWidth('data', 12));
  });

  it('gives each kind of character its width, counting a character outside the BMP once', () => {
    // Capitals (Latin, Cyrillic, accented), lower case and digits, other ASCII, right-to-left.
    expect(textWidth('AZ', 10)).toBeCloseTo(14.4, 10);
    expect(textWidth('az09', 10)).toBeCloseTo(24, 10);
    expect(textWidth(' -@[`{~\u007f', 10)).toBeCloseTo(32, 10);
    expect(textWidth('ЖÉ', 10)).toBeCloseTo(14.4, 10);
    expect(textWidth('жé', 10)).toBeCloseTo(12, 10);
    expect(textWidth('بש', 10)).toBeCloseTo(12.4, 10);
    expect(textWidth('한Ａ', 10)).toBe(20);
    // A letter and a symbol outside the BMP, and a lone surrogate: one character each.
    expect(textWidth('\u{1d400}', 10)).toBeCloseTo(6, 10);
    expect(textWidth('\u{1f600}', 10)).toBeCloseTo(4, 10);
    expect(textWidth('\ud800a', 10)).toBeCloseTo(10, 10);
    expect(textWidth('', 10)).toBe(0);
  });

  it('keeps a label that fits, and cuts one that does not with an ellipsis within its width', () => {
    expect(fitLines('Data', 100)).toEqual(['Data']);
    const [cut] = fitLines('Coopération internationale', 60);
    expect(cut).toMatch(/…$/);
    expect(textWidth(cut ?? '')).toBeLessThanOrEqual(60);
  });

  it('wraps at spaces, or between characters of a text without spaces, on at most the lines given', () => {
    const french = fitLines('Stratégie nationale d’IA', 70, 2, 11);
    expect(french).toHaveLength(2);
    expect(french[0]).toBe('Stratégie');
    const chinese = fitLines('国家人工智能战略与国际合作', 50, 2, 11);
    expect(chinese).toHaveLength(2);
    expect(chinese[1]).toMatch(/…$/);
    for (const line of [...french, ...chinese]) expect(textWidth(line, 11)).toBeLessThanOrEqual(70);
  });

  it('writes an Arabic label right to left, anchored on the same side as a Latin one', () => {
    expect(startsRightToLeft('أفريقيا (AFR)')).toBe(true);
    expect(startsRightToLeft('KIR LDC كيريباتي')).toBe(false);
    const arabic = svgLabel({ x: 100, y: 10, text: 'البنية التحتية', width: 90, side: 'right' });
    expect(arabic).toContain('direction="rtl"');
    expect(arabic).toContain('text-anchor="start"');
    const latin = svgLabel({ x: 100, y: 10, text: 'Infrastructure', width: 90, side: 'right' });
    expect(latin).not.toContain('direction=');
    expect(latin).toContain('text-anchor="end"');
    expect(latin).toContain('data-room="10 90"');
  });

  it('keeps the whole text of a cut label in its tooltip, escaped', () => {
    const label = svgLabel({
      x: 0,
      y: 0,
      text: 'A <very> long label of a chart',
      width: 40,
      side: 'left',
    });
    expect(label).toContain('<title>A &lt;very&gt; long label of a chart</title>');
    expect(label).not.toContain('<very>');
  });
});
