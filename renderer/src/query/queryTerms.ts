// From what the user typed to search terms (word + exact/prefix), checked against the index's
// vocabulary. Thai has no spaces between words and Intl.Segmenter decides word breaks from context,
// so a query can segment differently from the same words inside a description; this module repairs
// the common cases. Pure; never reads postings or case data.
import { queryRuns, segmentThai } from './thaiTokens';

export interface Term {
  word: string;
  /** Matches every token starting with `word` (else only the token itself). */
  prefix: boolean;
}

/** What the search index knows: tokens, whether anything starts with a prefix. */
export interface Vocabulary {
  has(token: string): boolean;
  hasPrefix(prefix: string): boolean;
}

const MAX_TOKEN = 32;

/**
 * Every term must match for a case to match. The word still being typed is a prefix term; a word the
 * index has never seen also becomes a prefix term (it may be the start of a longer indexed word).
 */
export function resolveTerms(query: string, vocab: Vocabulary): Term[] {
  const { runs, typing } = queryRuns(query);
  const out = new Map<string, boolean>();
  runs.forEach((run, i) => {
    const typingThis = typing && i === runs.length - 1;
    const words = run.thai ? thaiWords(run.text, typingThis, vocab) : [run.text];
    words.forEach((word, j) => {
      const prefix = (typingThis && j === words.length - 1) || !vocab.has(word);
      out.set(word, (out.get(word) ?? true) && prefix); // exact wins over prefix for a repeated word
    });
  });
  return [...out].map(([word, prefix]) => ({ word, prefix }));
}

function thaiWords(run: string, typing: boolean, vocab: Vocabulary): string[] {
  let words = [...segmentThai(run)];
  // A half-typed last word makes the segmenter split the words before it oddly
  // (ไฟฟ้าส่องสว่ → ไฟ|ฟ้า|ส่อง|สว่): segment the finished part on its own.
  if (typing && words.length > 1) {
    const tail = words[words.length - 1]!;
    words = [...segmentThai(run.slice(0, run.lastIndexOf(tail))), tail];
  }
  const allKnown = words.every((w, j) => (typing && j === words.length - 1 ? vocab.hasPrefix(w) : vocab.has(w)));
  return allKnown ? words : (cover(run, typing, vocab) ?? words);
}

/** Cut the run into indexed tokens, longest first; a typed tail that starts some token ends it. */
function cover(run: string, typing: boolean, vocab: Vocabulary): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < run.length) {
    const rest = run.slice(i);
    if (typing && !vocab.has(rest) && vocab.hasPrefix(rest)) {
      out.push(rest);
      return out;
    }
    let len = Math.min(MAX_TOKEN, rest.length);
    while (len > 0 && !vocab.has(rest.slice(0, len))) len--;
    if (len === 0) return null;
    out.push(rest.slice(0, len));
    i += len;
  }
  return out;
}
