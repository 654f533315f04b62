// Splitting spans at boundaries: output always nests, whatever the spans do.
import { renderMarkup, type MarkSpan } from '../../src/report/markup';

const tag = (name: string, start: number, end: number, layer: number): MarkSpan => ({ start, end, layer, open: `<${name}>`, close: `</${name}>` });
const plain = (s: string) => s;

describe('renderMarkup', () => {
  test('no spans: the text as the renderer gives it', () => {
    expect(renderMarkup('abc', [], (s) => s.toUpperCase())).toBe('ABC');
    expect(renderMarkup('', [], plain)).toBe('');
  });
  test('nested spans nest', () => {
    expect(renderMarkup('abcdef', [tag('q', 1, 5, 0), tag('m', 2, 4, 1)], plain)).toBe('a<q>b<m>cd</m>e</q>f');
  });
  test('an inner-layer span crossing an outer one is split; the outer stays whole', () => {
    expect(renderMarkup('abcdef', [tag('q', 2, 5, 0), tag('m', 0, 3, 1)], plain)).toBe('<m>ab</m><q><m>c</m>de</q>f');
    expect(renderMarkup('abcdef', [tag('q', 0, 3, 0), tag('m', 2, 6, 1)], plain)).toBe('<q>ab<m>c</m></q><m>def</m>');
  });
  test('the outer layer wins even when listed last', () => {
    expect(renderMarkup('abcd', [tag('m', 0, 4, 1), tag('q', 1, 3, 0)], plain)).toBe('<m>a</m><q><m>bc</m></q><m>d</m>');
  });
  test('zero-length spans become empty elements; out-of-range offsets are clamped; inverted spans dropped', () => {
    expect(renderMarkup('abc', [tag('z', 1, 1, 0)], plain)).toBe('a<z></z>bc');
    expect(renderMarkup('abc', [tag('q', 2, 99, 0), tag('x', -5, 1, 0)], plain)).toBe('<x>a</x>b<q>c</q>');
    expect(renderMarkup('abc', [tag('q', 2, 1, 0)], plain)).toBe('abc');
  });
  test('the renderer sees each piece with its offsets', () => {
    const seen: Array<[string, number, number]> = [];
    renderMarkup('hello world', [tag('q', 6, 11, 0)], (s, a, b) => (seen.push([s, a, b]), s));
    expect(seen).toEqual([['hello ', 0, 6], ['world', 6, 11]]);
  });
});
