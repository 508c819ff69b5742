import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from './run-cli.js';

// `tqc check --fix` and `--diff` on real files (run `npm run build` first: runCli spawns dist/).
// Every project turns the built-in packs off and brings its own glossary, so the fixes come from
// terms/forbidden alone and do not move when rules or packs are added.

const CONFIG = 'packs: false\nglossaries: [glossary.yaml]\n';
const GLOSSARY = `name: Desk
entries:
  - term: Yoav Gallant
    type: person
    forbidden: [Galant, Yove Gallant]
  - term: ceasefire
    type: term
    forbidden: [cease-fire]
`;

const BOM = '\uFEFF';

/** Page-residue fixes are tested when the built CLI has the rule (its registry is still growing). */
const HAS_RESIDUE_RULE = runCli(['rules']).stdout.includes('boilerplate/page-residue');

/** A project with the desk glossary and the given articles. */
function project(articles: Record<string, string>, glossary = GLOSSARY): string {
  return tempProject({ 'tqc.config.yaml': CONFIG, 'glossary.yaml': glossary, ...articles });
}

const read = (dir: string, path: string): Buffer => readFileSync(join(dir, path));
const text = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');

/** Every file under `dir` (but .git) with its bytes, for comparing whole folders. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = sub === '' ? entry.name : `${sub}/${entry.name}`;
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(join(dir, path)).toString('base64');
    }
  };
  walk('');
  return files;
}

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'tqc-e2e-copy-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  expect(result.status, `${command} ${args.join(' ')}: ${result.stdout}${result.stderr}`).toBe(0);
}

describe('tqc check --fix', () => {
  it('keeps the BOM and CRLF line endings byte for byte, changing only the fixed words', () => {
    const before = `${BOM}Defense Minister Galant met reporters.\r\nThe cease-fire held.\r\n\r\nYoav Gallant spoke last.\r\n`;
    const dir = project({ 'article.txt': before });
    const result = runCli(['check', '--fix', 'article.txt'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    const expected = `${BOM}Defense Minister Yoav Gallant met reporters.\r\nThe ceasefire held.\r\n\r\nYoav Gallant spoke last.\r\n`;
    expect(read(dir, 'article.txt')).toEqual(Buffer.from(expected, 'utf8'));
    expect(read(dir, 'article.txt').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('keeps the file mode, and leaves no temporary file behind', () => {
    const dir = project({ 'article.txt': 'Galant spoke.\n' });
    chmodSync(join(dir, 'article.txt'), 0o640);
    expect(runCli(['check', '--fix', 'article.txt'], { cwd: dir }).status).toBe(0);
    expect(text(dir, 'article.txt')).toBe('Yoav Gallant spoke.\n');
    expect(statSync(join(dir, 'article.txt')).mode & 0o7777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => f.includes('tqc-'))).toEqual([]);
  });

  it('never rewrites a file that has no fix (same inode, same mtime)', () => {
    const dir = project({ 'clean.txt': 'Yoav Gallant spoke.\n', 'fixable.txt': 'Galant spoke.\n' });
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dir, 'clean.txt'), past, past);
    const before = statSync(join(dir, 'clean.txt'));
    expect(runCli(['check', '--fix', '.'], { cwd: dir }).status).toBe(0);
    const after = statSync(join(dir, 'clean.txt'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(text(dir, 'fixable.txt')).toBe('Yoav Gallant spoke.\n');
  });

  it('refuses a read-only file: exit 2, the file named and called read-only, nothing lost', () => {
    const dir = project({ 'locked.txt': 'Galant spoke.\n' });
    chmodSync(join(dir, 'locked.txt'), 0o444);
    const result = runCli(['check', '--fix', 'locked.txt'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('locked.txt');
    expect(result.stderr).toMatch(/read-only/);
    expect(text(dir, 'locked.txt')).toBe('Galant spoke.\n');
    expect(statSync(join(dir, 'locked.txt')).mode & 0o7777).toBe(0o444);
    expect(readdirSync(dir).filter((f) => f.includes('tqc-'))).toEqual([]);
  });

  it('fixes the article a symbolic link points to, and keeps the link', () => {
    const dir = project({ 'real/article.txt': 'Galant spoke.\n' });
    symlinkSync('real/article.txt', join(dir, 'link.txt'));
    expect(runCli(['check', '--fix', 'link.txt'], { cwd: dir }).status).toBe(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real/article.txt');
    expect(text(dir, 'real/article.txt')).toBe('Yoav Gallant spoke.\n');
  });

  it('resolves overlapping fixes deterministically, whatever the glossary order', () => {
    // "Yove Gallant" (a wrong name) and "Gallant Fund" (a wrong organization name) overlap on
    // "Gallant". The fix that starts first wins; the other is skipped and found again in the next
    // pass, on the fixed text. Nothing is merged or garbled.
    const people = '  - term: Yoav Gallant\n    type: person\n    forbidden: [Yove Gallant]\n';
    const fund = "  - term: Gallant Foundation\n    type: organization\n    forbidden: ['/Gallant Fund\\b/']\n";
    const article = 'The Yove Gallant Fund paid. The Gallant Fund paid twice.\n';
    const outputs = [people + fund, fund + people].map((entries) => {
      const dir = project({ 'a.txt': article }, `entries:\n${entries}`);
      const check = JSON.parse(runCli(['check', 'a.txt', '--format', 'json'], { cwd: dir }).stdout);
      const spans = check.files[0].findings.map((f: { start: number; end: number }) => [f.start, f.end]);
      expect(spans).toContainEqual([4, 16]);
      expect(spans).toContainEqual([9, 21]);
      const result = runCli(['check', '--fix', 'a.txt'], { cwd: dir });
      expect(result.status, result.stderr).toBe(0);
      const once = text(dir, 'a.txt');
      expect(runCli(['check', '--fix', 'a.txt'], { cwd: dir }).status).toBe(0);
      expect(text(dir, 'a.txt')).toBe(once);
      return once;
    });
    expect(outputs[0]).toBe('The Yoav Gallant Foundation paid. The Gallant Foundation paid twice.\n');
    expect(outputs[1]).toBe(outputs[0]);
  });

  it.skipIf(!HAS_RESIDUE_RULE)('a residue line holding a wrong name is deleted whole, with no paragraph break lost', () => {
    // The line's deletion and the name's fix overlap; the deletion starts first and wins, and the
    // name's fix has nothing left to apply to.
    const residue = "name: Residue\ncategory: boilerplate\nentries:\n  - term: Share this story\n    type: phrase\n    forbidden: ['/^Follow .{1,40} on X$/']\n";
    const dir = tempProject({
      'tqc.config.yaml': 'packs: false\nglossaries: [glossary.yaml, residue.yaml]\n',
      'glossary.yaml': GLOSSARY,
      'residue.yaml': residue,
      'a.txt': 'The port reopened.\r\n\r\nFollow Yove Gallant on X\r\n\r\nGalant said shipping resumed.\r\n',
    });
    const result = runCli(['check', '--fix', 'a.txt'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(text(dir, 'a.txt')).toBe('The port reopened.\r\n\r\nYoav Gallant said shipping resumed.\r\n');
  });

  it('fixes a folder of articles in one run', () => {
    const dir = project({
      'articles/a.txt': 'Galant met aides.\n',
      'articles/b.txt': `${BOM}The cease-fire held.\r\n`,
      'articles/2024/c.txt': 'Yove Gallant spoke; Yoav Galant’s aide listened.',
    });
    const result = runCli(['check', '--fix', 'articles', '--format', 'json'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual(['articles/2024/c.txt', 'articles/a.txt', 'articles/b.txt']);
    expect(report.summary.findings).toBe(0);
    expect(text(dir, 'articles/a.txt')).toBe('Yoav Gallant met aides.\n');
    expect(text(dir, 'articles/b.txt')).toBe(`${BOM}The ceasefire held.\r\n`);
    expect(text(dir, 'articles/2024/c.txt')).toBe('Yoav Gallant spoke; Yoav Gallant’s aide listened.');
  });

  it('changes nothing the second time it runs', () => {
    const dir = project({
      'a.txt': `${BOM}Galant and Yove Gallant.\r\nCease-fire talks.\r\n`,
      'b.txt': 'Yoav Galant said the cease-fire held',
    });
    expect(runCli(['check', '--fix', '.'], { cwd: dir }).status).toBe(0);
    const once = snapshot(dir);
    const stats = ['a.txt', 'b.txt'].map((f) => statSync(join(dir, f)));
    const second = runCli(['check', '--fix', '.'], { cwd: dir });
    expect(second.status).toBe(0);
    expect(snapshot(dir)).toEqual(once);
    expect(['a.txt', 'b.txt'].map((f) => statSync(join(dir, f)).ino)).toEqual(stats.map((s) => s.ino));
  });

  it('keeps the name words already there and the possessive: “Yoav Galant’s” → “Yoav Gallant’s”', () => {
    const dir = project({ 'a.txt': "Yoav Galant's aides and Yoav Galant’s deputy met Galant's staff.\n" });
    expect(runCli(['check', '--fix', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(text(dir, 'a.txt')).toBe("Yoav Gallant's aides and Yoav Gallant’s deputy met Yoav Gallant's staff.\n");
  });

  it('keeps the given name on the line above: “Yoav\\r\\nGalant” → “Yoav\\r\\nGallant”', () => {
    const dir = project({ 'a.txt': 'Defense Minister Yoav\r\nGalant spoke.\r\n' });
    expect(runCli(['check', '--fix', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(text(dir, 'a.txt')).toBe('Defense Minister Yoav\r\nGallant spoke.\r\n');
  });

  it('keeps the capital at a sentence start for a case-insensitive term', () => {
    const dir = project({ 'a.txt': 'Cease-fire talks stalled. The cease-fire held. CEASE-FIRE NOW, the signs said.\n' });
    expect(runCli(['check', '--fix', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(text(dir, 'a.txt')).toBe('Ceasefire talks stalled. The ceasefire held. CEASEFIRE NOW, the signs said.\n');
  });

  it('--fix-category narrows the fixes to the categories named', () => {
    const article = 'Galant backed the cease-fire.\n';
    const dir = project({ 'a.txt': article });
    const terms = runCli(['check', '--fix', '--fix-category', 'term', 'a.txt', '--format', 'json'], { cwd: dir });
    expect(terms.status).toBe(1);
    expect(text(dir, 'a.txt')).toBe('Galant backed the ceasefire.\n');
    expect(JSON.parse(terms.stdout).files[0].findings.map((f: { text: string }) => f.text)).toEqual(['Galant']);
    expect(runCli(['check', '--fix', '--fix-category', 'name,boilerplate', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(text(dir, 'a.txt')).toBe('Yoav Gallant backed the ceasefire.\n');
    const unknown = runCli(['check', '--fix', '--fix-category', 'names', 'a.txt'], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('names');
  });

  it('--fix with --diff is a usage error, and --fix cannot write to standard input', () => {
    const dir = project({ 'a.txt': 'Galant spoke.\n' });
    const both = runCli(['check', '--fix', '--diff', 'a.txt'], { cwd: dir });
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/fix|diff/);
    expect(text(dir, 'a.txt')).toBe('Galant spoke.\n');
    const stdin = runCli(['check', '--fix', '-'], { cwd: dir, input: 'Galant spoke.\n' });
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toContain('standard input');
  });
});

describe('tqc check --diff', () => {
  const ARTICLES = {
    'news/crlf.txt': `${BOM}Defense Minister Galant met reporters.\r\nThe cease-fire held.\r\n\r\nYoav Gallant spoke last.\r\n`,
    'news/no final newline.txt': 'Yoav Galant’s aide said the cease-fire would hold',
    'news/clean.txt': 'Yoav Gallant spoke.\n',
    'café.txt': 'Line one.\nLine two.\nLine three.\nLine four.\nLine five.\nGalant, line six.\nLine seven.\nLine eight.\nLine nine.\nLine ten.\nYove Gallant, line eleven.\n',
  };

  it('changes nothing on disk, and applies with patch -p0 and with git apply to give what --fix gives', () => {
    const dir = project(ARTICLES);
    const original = snapshot(dir);
    const diff = runCli(['check', '--diff', '.'], { cwd: dir });
    expect(diff.status, diff.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(original);
    expect(diff.stdout).toContain('--- ./news/crlf.txt\n+++ ./news/crlf.txt\n');
    expect(diff.stdout).not.toContain('clean.txt');

    const fixed = copyOf(dir);
    expect(runCli(['check', '--fix', '.'], { cwd: fixed }).status).toBe(0);
    expect(snapshot(fixed)).not.toEqual(original);

    const patchFile = join(mkdtempSync(join(tmpdir(), 'tqc-e2e-patch-')), 'fixes.patch');
    writeFileSync(patchFile, diff.stdout);

    const patched = copyOf(dir);
    run('patch', ['-p0', '--batch', '--no-backup-if-mismatch', '-i', patchFile], patched);
    expect(snapshot(patched)).toEqual(snapshot(fixed));

    const applied = copyOf(dir);
    run('git', ['init', '-q'], applied);
    run('git', ['apply', patchFile], applied);
    expect(snapshot(applied)).toEqual(snapshot(fixed));
  });

  it('names files inside the current folder relative to it, even when given an absolute path', () => {
    const dir = project({ 'a.txt': 'Galant spoke.\n' });
    const diff = runCli(['check', '--diff', join(dir, 'a.txt')], { cwd: dir });
    expect(diff.stdout.split('\n').slice(0, 2)).toEqual(['--- ./a.txt', '+++ ./a.txt']);
  });

  it('with --fix-category gives only those fixes, and an empty diff when there are none', () => {
    const dir = project({ 'a.txt': 'Galant backed the cease-fire.\n' });
    const names = runCli(['check', '--diff', '--fix-category', 'name', 'a.txt'], { cwd: dir });
    expect(names.stdout).toContain('+Yoav Gallant backed the cease-fire.');
    expect(runCli(['check', '--diff', '--fix-category', 'number', 'a.txt'], { cwd: dir }).stdout).toBe('');
    expect(existsSync(join(dir, 'a.txt.orig'))).toBe(false);
  });
});
