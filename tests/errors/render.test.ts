import { describe, expect, it } from 'vitest';
import { renderUserError } from '../../src/errors/render.js';
import type { UserError } from '../../src/errors/user-error.js';

const SOURCE = 'name: World news names\nentries:\n  - term: Yoav Gallant\n    varients: [Gallant]\n';
const typo: UserError = {
  code: 'glossary/unknown-field',
  file: 'glossaries/world.yaml',
  line: 4,
  column: 5,
  message: "unknown field 'varients'; did you mean 'variants'?",
  hint: 'fields of an entry: term, type, variants',
};

describe('renderUserError', () => {
  it('prints the location, the message, the line with a caret under the column, and the hint', () => {
    expect(renderUserError(typo, SOURCE)).toBe(
      `glossaries/world.yaml:4:5: unknown field 'varients'; did you mean 'variants'?
  4 |     varients: [Gallant]
    |     ^
  hint: fields of an entry: term, type, variants`,
    );
  });

  it('leaves out the excerpt without the source, and the hint when there is none', () => {
    expect(renderUserError({ ...typo, hint: undefined })).toBe("glossaries/world.yaml:4:5: unknown field 'varients'; did you mean 'variants'?");
  });

  it('says as much of the location as it knows', () => {
    const base = { code: 'x', message: 'something is wrong' };
    expect(renderUserError(base)).toBe('something is wrong');
    expect(renderUserError({ ...base, file: 'a.yaml' }, SOURCE)).toBe('a.yaml: something is wrong');
    expect(renderUserError({ ...base, file: 'a.yaml', line: 2 }, SOURCE)).toBe('a.yaml:2: something is wrong\n  2 | entries:');
  });

  it('marks warnings as compilers do', () => {
    expect(renderUserError({ code: 'x', file: 'a.yaml', line: 1, column: 1, message: 'duplicate entry', level: 'warning' })).toBe(
      'a.yaml:1:1: warning: duplicate entry',
    );
    expect(renderUserError({ code: 'x', message: 'no glossary files', level: 'warning' })).toBe('warning: no glossary files');
  });

  it('widens the gutter for long line numbers and keeps tabs so the caret lines up', () => {
    const source = `${'\n'.repeat(11)}\tterm:\tGallant\n`;
    expect(renderUserError({ code: 'x', file: 'a.yaml', line: 12, column: 8, message: 'm' }, source)).toBe(
      'a.yaml:12:8: m\n  12 | \tterm:\tGallant\n     | \t     \t^',
    );
  });

  it('counts a character outside the BMP as one column on screen, and ignores a BOM', () => {
    expect(renderUserError({ code: 'x', file: 'a.yaml', line: 1, column: 10, message: 'm' }, '\ufeffterm: 😀 x\n')).toBe(
      'a.yaml:1:10: m\n  1 | term: 😀 x\n    |         ^',
    );
  });

  it('shows a window of a very long line around the column', () => {
    const line = `{"entries": [${'{"term": "x"}, '.repeat(20)}{"term": 5}]}`;
    const column = line.indexOf('5') + 1;
    const rendered = renderUserError({ code: 'x', file: 'a.json', line: 1, column, message: 'm' }, line).split('\n');
    expect(rendered[1]!.length).toBeLessThan(140);
    expect(rendered[1]).toMatch(/^ {2}1 \| …/);
    expect(rendered[2]!.indexOf('^')).toBe(rendered[1]!.indexOf('5'));
  });

  it('prints no excerpt for a line past the end of the source', () => {
    expect(renderUserError({ code: 'x', file: 'a.yaml', line: 40, column: 1, message: 'm' }, SOURCE)).toBe('a.yaml:40:1: m');
  });
});
