// Turning text into search tokens, identically for indexed text and for queries (both sides must
// agree or words stop matching). Thai runs go through Intl.Segmenter('th'); Latin letters and digits
// are cut at non-alphanumerics. Pure apart from a bounded memo of segmented Thai runs.
// Never: index or query anything itself (thaiSearch.ts does), never drop Thai marks beyond NFC.

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** A Thai run, or a run of other letters/digits/marks. Punctuation and spaces separate runs. */
const RUN = /[\u0E01-\u0E4E]+|(?:(?![\u0E00-\u0E7F])[\p{L}\p{N}\p{M}])+/gu;

/** Queries and short field values repeat: a small memo (the index keeps its own, of token ids). */
const runMemo = new Map<string, readonly string[]>();
const RUN_MEMO_MAX = 5_000;

const VARIANTS = /[\u200B-\u200D\u2060\uFEFF]|\u0E4D([\u0E48-\u0E4B]?)\u0E32|\u0E40\u0E40|[\u0E50-\u0E59]/g;

function fixVariant(m: string, tone: string | undefined): string {
  if (m.length === 1) {
    const c = m.charCodeAt(0);
    return c >= 0x0e50 && c <= 0x0e59 ? String(c - 0x0e50) : ''; // Thai digit → ASCII; zero-width → gone
  }
  if (m === '\u0E40\u0E40') return '\u0E41'; // two sara e typed for sara ae
  return `${tone ?? ''}\u0E33`; // nikhahit (+ tone) + sara aa typed for sara am
}

/** NFC, lower case, and the Thai typing variants that look the same but differ in code points. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(VARIANTS, fixVariant);
}

/** Word-like segments of one run of Thai letters, not memoised (for callers with their own memo). */
export function segmentThaiOnce(run: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) words.push(s.segment);
  return words;
}

/** Word-like segments of one run of Thai letters (memoised). */
export function segmentThai(run: string): readonly string[] {
  const memo = runMemo.get(run);
  if (memo) return memo;
  const words = segmentThaiOnce(run);
  if (runMemo.size >= RUN_MEMO_MAX) runMemo.clear();
  runMemo.set(run, words);
  return words;
}

const isThai = (run: string) => {
  const c = run.charCodeAt(0);
  return c >= 0x0e01 && c <= 0x0e4e;
};

/** Calls `emit` for every run of normalised `text`: Thai runs still to segment, other runs as tokens. */
export function forEachRun(text: string, emit: (run: string, thai: boolean) => void): void {
  if (!text) return;
  for (const m of normalizeText(text).matchAll(RUN)) emit(m[0], isThai(m[0]));
}

/** Calls `emit` for every word of `text` (normalised here; repeated words are emitted again). */
export function forEachToken(text: string, emit: (token: string) => void): void {
  forEachRun(text, (run, thai) => {
    if (thai) for (const w of segmentThai(run)) emit(w);
    else emit(run);
  });
}

export function tokens(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (t) => out.push(t));
  return out;
}

export interface QueryRun {
  text: string;
  thai: boolean;
}

/** The query cut into runs like indexed text; `typing` when it does not end in a space or punctuation. */
export function queryRuns(query: string): { runs: QueryRun[]; typing: boolean } {
  const runs: QueryRun[] = [];
  forEachRun(query, (text, thai) => runs.push({ text, thai }));
  return { runs, typing: runs.length > 0 && !/[\s,.;:!?)\]}"']$/.test(query) };
}
