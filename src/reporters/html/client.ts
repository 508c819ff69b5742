/*
 * The page script of the HTML report: decisions, keyboard, filters, downloads. It runs in the
 * browser, inlined into the page by Function.prototype.toString (script.ts), so this module holds
 * only function declarations, all exported for script.ts to gather, that call one another by name
 * and import nothing but types. The page gets `applyEdits` as the compiled function `--fix` runs.
 */
import type { applyEdits, Edit } from '../../fixes/apply.js';
import type { Decision, Decisions } from '../../fixes/decisions.js';
import type { PageData, PageFinding } from './review-model.js';

interface Choice {
  decision: Decision['decision'];
  suggestion: number;
}

type Change = [id: string, choice: Choice | undefined];

interface Review {
  data: PageData;
  apply: typeof applyEdits;
  decisions: Record<string, Choice>;
  /** Each action's previous choices, for undo. */
  history: Change[][];
  current: string | undefined;
}

export function startReview(apply: typeof applyEdits): void {
  const data = JSON.parse(document.getElementById('tqc-data')!.getAttribute('data-review')!) as PageData;
  const review: Review = { data, apply, decisions: loadDecisions(data.report), history: [], current: undefined };
  const filters = document.getElementById('filters')!;
  filters.addEventListener('input', () => applyFilters(review));
  filters.addEventListener('submit', (event) => event.preventDefault());
  document.addEventListener('click', (event) => onClick(review, event));
  document.addEventListener('keydown', (event) => onKey(review, event));
  document.body.classList.add('scripted');
  refresh(review, Object.keys(review.decisions));
}

export function storageKey(report: string): string {
  return `tqc-review:${report}`;
}

export function loadDecisions(report: string): Record<string, Choice> {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(report)) ?? '{}') as unknown;
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, Choice>) : {};
  } catch {
    return {};
  }
}

export function saveDecisions(review: Review): void {
  try {
    localStorage.setItem(storageKey(review.data.report), JSON.stringify(review.decisions));
  } catch {
    // Storage off (private mode, file:// policy): decisions last as long as the page.
  }
}

export function findingOf(review: Review, id: string): PageFinding | undefined {
  const file = review.data.files[Number(id.split('.')[0])];
  return file?.findings[id];
}

export function onClick(review: Review, event: MouseEvent): void {
  const target = (event.target as Element).closest('button, mark.hl');
  if (!target) return;
  const id = target.getAttribute('data-id') ?? target.getAttribute('data-show') ?? '';
  if (target.matches('mark')) showInList(review, target);
  else if (target.matches('.accept')) choose(review, id, { decision: 'accepted', suggestion: Number(target.getAttribute('data-suggestion')) });
  else if (target.matches('.reject')) choose(review, id, { decision: 'rejected', suggestion: 0 });
  else if (target.matches('.accept-rule')) acceptRule(review, target.getAttribute('data-rule')!);
  else if (target.matches('.where')) showInText(review, id);
  else if (target.matches('.download')) downloadCorrected(review, Number(target.getAttribute('data-file')));
  else if (target.id === 'export') exportDecisions(review);
  else if (target.id === 'undo') undo(review);
}

export function onKey(review: Review, event: KeyboardEvent): void {
  const target = event.target instanceof Element ? event.target : document.body;
  if (event.ctrlKey || event.metaKey || event.altKey || target.matches('input, select, textarea')) return;
  if (event.key === 'Enter' && target.matches('mark.hl')) return showInList(review, target);
  const actions: Record<string, () => void> = {
    j: () => move(review, 1),
    k: () => move(review, -1),
    a: () => decideCurrent(review, 'accepted'),
    r: () => decideCurrent(review, 'rejected'),
    u: () => undo(review),
    '/': () => (document.querySelector('#filters input[type=search]') as HTMLElement).focus(),
  };
  const action = actions[event.key];
  if (!action) return;
  event.preventDefault();
  action();
}

/** A button press: the choice, or no choice when it was already the one made (buttons toggle). */
export function choose(review: Review, id: string, choice: Choice): void {
  const now = review.decisions[id];
  const same = now?.decision === choice.decision && now.suggestion === choice.suggestion;
  setCurrent(review, id);
  decide(review, [[id, same ? undefined : choice]]);
}

export function decideCurrent(review: Review, decision: Choice['decision']): void {
  const id = review.current;
  if (id === undefined || !findingOf(review, id)?.edits.length) return announce('Choose a finding with a suggestion first (j / k).');
  decide(review, [[id, { decision, suggestion: 0 }]]);
  move(review, 1);
}

/** Accepts the first suggestion of every undecided finding of the rule, as one step to undo. */
export function acceptRule(review: Review, ruleId: string): void {
  const changes: Change[] = [];
  for (const file of review.data.files) {
    for (const [id, finding] of Object.entries(file.findings)) {
      if (finding.ruleId === ruleId && finding.edits.length > 0 && !review.decisions[id]) changes.push([id, { decision: 'accepted', suggestion: 0 }]);
    }
  }
  decide(review, changes);
}

export function decide(review: Review, changes: Change[]): void {
  if (changes.length === 0) return;
  review.history.push(changes.map(([id]): Change => [id, review.decisions[id]]));
  setChoices(review, changes);
  const first = changes[0]![1];
  announce(changes.length > 1 ? `${changes.length} suggestions accepted` : first ? `${first.decision}` : 'decision cleared');
}

export function undo(review: Review): void {
  const previous = review.history.pop();
  if (!previous) return announce('Nothing to undo');
  setChoices(review, previous);
  setCurrent(review, previous[0]![0]);
  announce('Undone');
}

export function setChoices(review: Review, changes: Change[]): void {
  for (const [id, choice] of changes) {
    if (choice) review.decisions[id] = choice;
    else delete review.decisions[id];
  }
  saveDecisions(review);
  refresh(review, changes.map(([id]) => id));
}

export function refresh(review: Review, ids: string[]): void {
  for (const id of ids) refreshCard(review, id);
  refreshProgress(review);
  review.data.files.forEach((_, index) => refreshDownload(review, index));
  applyFilters(review);
}

export function refreshCard(review: Review, id: string): void {
  const card = document.getElementById(`card-${id}`);
  if (!card) return;
  const choice = review.decisions[id];
  card.setAttribute('data-decision', choice?.decision ?? '');
  card.querySelectorAll('.accept').forEach((button) => {
    const pressed = choice?.decision === 'accepted' && choice.suggestion === Number(button.getAttribute('data-suggestion'));
    button.setAttribute('aria-pressed', String(pressed));
  });
  card.querySelector('.reject')?.setAttribute('aria-pressed', String(choice?.decision === 'rejected'));
  card.querySelector('.state')!.textContent = choice ? (choice.decision === 'accepted' ? '✓ accepted' : '✗ rejected') : '';
  marksOf(id).forEach((mark) => mark.setAttribute('data-decision', markDecision(review, mark)));
}

/** A highlight shows accepted if a fix goes in there, rejected if every finding under it was rejected. */
export function markDecision(review: Review, mark: Element): string {
  const choices = (mark.getAttribute('data-findings') ?? '').split(' ').map((id) => review.decisions[id]?.decision);
  if (choices.includes('accepted')) return 'accepted';
  return choices.every((c) => c === 'rejected') ? 'rejected' : '';
}

export function marksOf(id: string): Element[] {
  return [...document.querySelectorAll('mark.hl')].filter((mark) => (mark.getAttribute('data-findings') ?? '').split(' ').includes(id));
}

export function refreshProgress(review: Review): void {
  const ids = review.data.files.flatMap((file) => Object.keys(file.findings).filter((id) => file.findings[id]!.edits.length > 0));
  const decided = ids.filter((id) => review.decisions[id]);
  const accepted = decided.filter((id) => review.decisions[id]!.decision === 'accepted').length;
  const progress = document.getElementById('progress') as HTMLProgressElement;
  progress.max = Math.max(ids.length, 1);
  progress.value = decided.length;
  document.getElementById('progress-text')!.textContent =
    `${decided.length} of ${ids.length} decided (${accepted} accepted, ${decided.length - accepted} rejected)`;
}

/** The accepted edits of one file, in the order of the report, as `tqc apply` reads them. */
export function acceptedEdits(review: Review, fileIndex: number): Edit[] {
  return Object.entries(review.data.files[fileIndex]!.findings).flatMap(([id, finding]) => {
    const choice = review.decisions[id];
    const edit = choice?.decision === 'accepted' ? finding.edits[choice.suggestion] : undefined;
    return edit ? [edit] : [];
  });
}

export function refreshDownload(review: Review, fileIndex: number): void {
  const button = document.querySelector(`button.download[data-file="${fileIndex}"]`);
  if (!button) return;
  const edits = acceptedEdits(review, fileIndex);
  const { skipped } = review.apply(review.data.files[fileIndex]!.text, edits);
  button.textContent = `Download corrected article (${edits.length - skipped.length} ${edits.length - skipped.length === 1 ? 'fix' : 'fixes'})`;
  const note = document.querySelector(`[data-overlaps="${fileIndex}"]`)!;
  note.textContent = skipped.length > 0 ? `${skipped.length} accepted ${skipped.length === 1 ? 'fix overlaps' : 'fixes overlap'} another and will be left out.` : '';
}

export function downloadCorrected(review: Review, fileIndex: number): void {
  const file = review.data.files[fileIndex]!;
  const { output } = review.apply(file.text, acceptedEdits(review, fileIndex));
  download(file.path.split(/[\\/]/).pop() || 'article.txt', output, 'text/plain;charset=utf-8');
}

/** The decisions file `tqc apply` reads (src/fixes/decisions.ts). */
export function exportDecisions(review: Review): void {
  const files = review.data.files.map((file) => ({
    path: file.path,
    sha256: file.sha256,
    decisions: Object.entries(file.findings).flatMap(([id, finding]): Decision[] => {
      const choice = review.decisions[id];
      const edit = choice && finding.edits[choice.suggestion];
      return choice && edit ? [{ finding: id, ruleId: finding.ruleId, decision: choice.decision, text: finding.text, ...edit }] : [];
    }),
  }));
  const decisions: Decisions = { kind: 'tqc-decisions', version: 1, report: review.data.report, files: files.filter((f) => f.decisions.length > 0) };
  download(`tqc-decisions-${review.data.report}.json`, `${JSON.stringify(decisions, null, 2)}\n`, 'application/json');
}

export function download(name: string, content: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function move(review: Review, step: number): void {
  const cards = [...document.querySelectorAll<HTMLElement>('li.finding:not([hidden])')];
  if (cards.length === 0) return announce('No findings shown');
  const at = cards.findIndex((card) => card.getAttribute('data-id') === review.current);
  const next = cards[at < 0 ? (step > 0 ? 0 : cards.length - 1) : Math.min(Math.max(at + step, 0), cards.length - 1)]!;
  setCurrent(review, next.getAttribute('data-id')!);
  marksOf(review.current!)[0]?.scrollIntoView({ block: 'center' });
  next.focus();
}

export function setCurrent(review: Review, id: string): void {
  document.querySelector('li.finding[aria-current]')?.removeAttribute('aria-current');
  document.querySelectorAll('mark.current').forEach((mark) => mark.classList.remove('current'));
  review.current = id;
  document.getElementById(`card-${id}`)?.setAttribute('aria-current', 'true');
  marksOf(id).forEach((mark) => mark.classList.add('current'));
}

/** From the side list to the highlight… */
export function showInText(review: Review, id: string): void {
  setCurrent(review, id);
  const mark = marksOf(id)[0] as HTMLElement | undefined;
  mark?.scrollIntoView({ block: 'center' });
  mark?.focus({ preventScroll: true });
}

/** …and back: to the card of the first finding under the highlight that the filters show. */
export function showInList(review: Review, mark: Element): void {
  const ids = (mark.getAttribute('data-findings') ?? '').split(' ');
  const id = ids.find((x) => document.getElementById(`card-${x}`)?.hidden === false) ?? ids[0]!;
  setCurrent(review, id);
  document.getElementById(`card-${id}`)?.focus();
}

export function applyFilters(review: Review): void {
  const form = new FormData(document.getElementById('filters') as HTMLFormElement);
  const cards = [...document.querySelectorAll<HTMLElement>('li.finding')];
  const hidden = new Set<string>();
  for (const card of cards) {
    card.hidden = !isShown(review, card, form);
    if (card.hidden) hidden.add(card.getAttribute('data-id')!);
  }
  document.querySelectorAll('mark.hl').forEach((mark) => {
    mark.classList.toggle('muted', (mark.getAttribute('data-findings') ?? '').split(' ').every((id) => hidden.has(id)));
  });
  document.getElementById('shown')!.textContent = `Showing ${cards.length - hidden.size} of ${cards.length} findings`;
}

export function isShown(review: Review, card: HTMLElement, form: FormData): boolean {
  const matches = (name: string, value: string): boolean => !form.get(name) || form.get(name) === value;
  const decision = review.decisions[card.getAttribute('data-id')!]?.decision ?? 'undecided';
  const search = String(form.get('search') ?? '').trim().toLowerCase();
  return (
    form.getAll('severity').includes(card.getAttribute('data-severity')!) &&
    matches('category', card.getAttribute('data-category')!) &&
    matches('rule', card.getAttribute('data-rule')!) &&
    matches('decision', decision) &&
    card.getAttribute('data-search')!.includes(search)
  );
}

/** Tells screen readers what a key or button did. */
export function announce(message: string): void {
  document.getElementById('announce')!.textContent = message;
}
