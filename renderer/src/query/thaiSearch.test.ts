// Thai full-text search: compound words split by the segmenter still match, every word must match,
// the last word matches as a prefix, ticket and 1555 ids match exactly and by prefix; and the
// posting lists agree with a naive token scan across updates, removals and compactions.
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '#domain/case';
import { QueryEngine, searchDocOf } from './queryEngine';
import { TextIndex, type SearchDoc } from './thaiSearch';
import { resolveTerms, type Vocabulary } from './queryTerms';
import { normalizeText, tokens } from './thaiTokens';
import { rng, syntheticCases } from './synthCases';

function engineWith(docs: Array<Partial<CaseRecord> & { id: string }>): QueryEngine {
  const base = syntheticCases(1, 1)[0]!;
  const engine = new QueryEngine();
  engine.upsert(
    docs.map((d) => ({
      ...base,
      description: '',
      address: '',
      categories: [],
      organizations: [],
      units: [],
      subdistrict: '',
      ticketId: d.id,
      ...d,
    })),
  );
  engine.indexText();
  return engine;
}

const search = (e: QueryEngine, text: string) => e.query({ text, limit: 100, sort: { field: 'ticketId', dir: 'asc' } }).ids;

describe('Thai tokens', () => {
  it('splits compound words and normalises typing variants', () => {
    expect(tokens('ผู้ร้องเรียน').length).toBeGreaterThan(1);
    expect(tokens('ซอย ๑๒ ABC-Def')).toEqual(['ซอย', '12', 'abc', 'def']);
    expect(normalizeText('นํ้า\u200Bท่วม')).toBe('น้ำท่วม');
  });

  it('resolves query terms: typed tail as prefix, unknown words as prefix, exact otherwise', () => {
    const known = ['ถนน', 'ไฟฟ้า', 'ส่อง', 'สว่าง', 'ผู้', 'ร้อง', 'เรียน'];
    const vocab: Vocabulary = { has: (t) => known.includes(t), hasPrefix: (p) => known.some((t) => t.startsWith(p)) };
    expect(resolveTerms('ถนน ไฟฟ้า', vocab)).toEqual([
      { word: 'ถนน', prefix: false },
      { word: 'ไฟฟ้า', prefix: true },
    ]);
    expect(resolveTerms('ถนน ไฟฟ้า ', vocab)).toEqual([
      { word: 'ถนน', prefix: false },
      { word: 'ไฟฟ้า', prefix: false },
    ]);
    expect(resolveTerms('ไฟฟ้าส่องสว่', vocab).map((t) => t.word)).toEqual(['ไฟฟ้า', 'ส่อง', 'สว่']);
    expect(resolveTerms('ผู้ร้องเรียน ', vocab)).toEqual(['ผู้', 'ร้อง', 'เรียน'].map((word) => ({ word, prefix: false })));
    expect(resolveTerms('abc ถนน', vocab)).toEqual([
      { word: 'abc', prefix: true },
      { word: 'ถนน', prefix: true },
    ]);
    expect(resolveTerms(' ,. ', vocab)).toEqual([]);
  });
});

describe('search', () => {
  const engine = engineWith([
    { id: '2023-ABC123', description: 'ผู้ร้องเรียนแจ้งว่าไฟฟ้าส่องสว่างดับหน้าซอย 5' },
    { id: '2023-ABD999', description: 'ถนนชำรุดเป็นหลุม', address: 'ถนนพหลโยธิน แขวงลาดยาว' },
    { id: 'XYZ789', description: 'น้ำท่วมขังหน้าตลาด', categories: ['น้ำท่วม'] },
    { id: '2024-QQQ111', description: 'ขยะไม่ได้รับการจัดเก็บ ไฟฟ้าดับ', localNote: 'โทรแจ้งฝ่ายโยธาแล้ว' },
  ]);

  it('matches a compound word the segmenter splits', () => {
    expect(search(engine, 'ผู้ร้องเรียน')).toEqual(['2023-ABC123']);
    expect(search(engine, 'ร้องเรียน ')).toEqual(['2023-ABC123']);
  });

  it('requires every word', () => {
    expect(search(engine, 'ไฟฟ้า')).toEqual(['2023-ABC123', '2024-QQQ111']);
    expect(search(engine, 'ไฟฟ้า ขยะ')).toEqual(['2024-QQQ111']);
    expect(search(engine, 'ไฟฟ้า หลุม')).toEqual([]);
    expect(search(engine, 'ลาดยาว ถนน')).toEqual(['2023-ABD999']);
  });

  it('matches the word being typed as a prefix, a finished one exactly', () => {
    expect(search(engine, 'ไฟฟ้าส่องสว่')).toEqual(['2023-ABC123']);
    expect(search(engine, 'น้ำท่ว')).toEqual(['XYZ789']);
    expect(search(engine, 'ขย')).toEqual(['2024-QQQ111']);
    const e = engineWith([
      { id: 'A', description: 'ไฟดับ' },
      { id: 'B', description: 'ไฟฟ้าดับ' },
    ]);
    expect(search(e, 'ไฟ')).toEqual(['A', 'B']);
    expect(search(e, 'ไฟ ')).toEqual(['A']);
    // A word the index has never seen may be the start of one it has.
    expect(search(engine, 'ขย ')).toEqual(['2024-QQQ111']);
  });

  it('finds ticket ids and 1555 ids exactly and by prefix, in any case', () => {
    expect(search(engine, '2023-ABC123')).toEqual(['2023-ABC123']);
    expect(search(engine, '2023-ab')).toEqual(['2023-ABC123', '2023-ABD999']);
    expect(search(engine, 'abc123')).toEqual(['2023-ABC123']);
    expect(search(engine, 'XYZ789')).toEqual(['XYZ789']);
    expect(search(engine, 'xyz')).toEqual(['XYZ789']);
    expect(search(engine, '2024-')).toEqual(['2024-QQQ111']);
  });

  it('finds a case by any of its references (1555 id, letter receipt number), and follows a reference added later', () => {
    const e = engineWith([
      { id: '2025-TKT001', description: 'ทางเท้าชำรุด', refs: [{ kind: 'hotline-1555', value: 'AB12CD', addedAt: 1 }] },
      { id: 'L-0000002', ticketId: null, description: 'หนังสือร้องเรียนเรื่องเสียงดัง', channel: 'letter', refs: [{ kind: 'letter-receipt', value: 'ปค 123/2569', addedAt: 1 }] },
      { id: '2025-TKT003', description: 'ไฟดับ' },
    ]);
    expect(search(e, 'AB12CD')).toEqual(['2025-TKT001']);
    expect(search(e, 'ab12')).toEqual(['2025-TKT001']);
    expect(search(e, 'ปค 123/2569')).toEqual(['L-0000002']);
    expect(search(e, '123/2569')).toEqual(['L-0000002']);
    expect(search(e, '2025-TKT003')).toEqual(['2025-TKT003']);
    const base = e.query({ text: 'TKT003', limit: 1 });
    expect(base.total).toBe(1);
    // The 1555 id arrives after the case was indexed: the upsert re-indexes its text.
    e.upsert([{ ...syntheticCases(1, 1)[0]!, id: '2025-TKT003', ticketId: '2025-TKT003', description: 'ไฟดับ', refs: [{ kind: 'hotline-1555', value: 'ZZ98YX', addedAt: 2 }] }]);
    e.indexText();
    expect(search(e, 'zz98yx')).toEqual(['2025-TKT003']);
    expect(search(e, '   ')).toHaveLength(3);
    expect(e.query({ text: ' \t ', limit: 0 }).total).toBe(3);
  });

  it('searches categories and local notes, and combines with filters', () => {
    expect(search(engine, 'โยธา')).toEqual(['2024-QQQ111']);
    expect(search(engine, 'น้ำท่วม ')).toEqual(['XYZ789']);
    expect(engine.query({ text: 'ไฟฟ้า', subdistricts: ['ไม่มี'] }).total).toBe(0);
    expect(engine.query({ text: '   ' }).total).toBe(4);
  });

  it('follows updates and removals, before and after compaction, and flags an unfinished index', () => {
    const e = engineWith([
      { id: 'A1', description: 'ถนนชำรุด' },
      { id: 'B2', description: 'ทางเท้าเป็นหลุม' },
    ]);
    const base = syntheticCases(1, 1)[0]!;
    e.upsert([
      {
        ...base,
        id: 'A1',
        ticketId: 'A1',
        description: 'เสียงดังรบกวน',
        address: '',
        categories: [],
        organizations: [],
        units: [],
        subdistrict: '',
      },
    ]);
    expect(e.query({ text: 'เสียง' }).searchReady).toBe(false);
    e.indexText();
    expect(search(e, 'ถนน ')).toEqual([]);
    expect(search(e, 'เสียงดัง')).toEqual(['A1']);
    e.remove(['B2']);
    e.indexText();
    expect(search(e, 'ทางเท้า')).toEqual([]);
    e.text.compact();
    expect(search(e, 'เสียงดัง')).toEqual(['A1']);
    expect(search(e, 'หลุม')).toEqual([]);
  });
});

describe('TextIndex agrees with a naive token scan', () => {
  it('for random queries across updates, removals and compactions', () => {
    const rnd = rng(11);
    const records = syntheticCases(1500, 21);
    const index = new TextIndex();
    const docs = new Map<number, SearchDoc>();
    const everSeen = new Set<string>();
    const tokensOf = (d: SearchDoc) => new Set([...d.free, ...d.fixed].flatMap((t) => tokens(t)));
    const put = (row: number, d: SearchDoc | null) => {
      index.setRow(row, d);
      if (d) {
        docs.set(row, d);
        for (const t of tokensOf(d)) everSeen.add(t);
      } else docs.delete(row);
    };
    records.forEach((c, row) => put(row, searchDocOf(c)));
    index.compact();
    const rowTokens = () => new Map([...docs].map(([row, d]) => [row, [...tokensOf(d)]]));
    let live = rowTokens();
    for (let round = 0; round < 200; round++) {
      if (round % 40 === 39) {
        for (let i = 0; i < 100; i++) {
          const row = Math.floor(rnd() * 1700);
          put(row, rnd() < 0.1 ? null : searchDocOf(records[Math.floor(rnd() * records.length)]!));
        }
        if (round % 80 === 79) index.compact();
        live = rowTokens();
      }
      const pool = [...live.values()][Math.floor(rnd() * live.size)] ?? ['ถนน'];
      const pick = () => pool[Math.floor(rnd() * pool.length)]!;
      const query =
        [pick(), rnd() < 0.5 ? pick() : '', rnd() < 0.5 ? pick().slice(0, 1 + Math.floor(rnd() * 3)) : ''].join(' ') +
        (rnd() < 0.3 ? ' ' : '');
      const terms = index.terms(query);
      for (const t of terms) if (!t.prefix) expect(everSeen.has(t.word)).toBe(true);
      const want = [...live]
        .filter(([, toks]) => terms.every(({ word, prefix }) => toks.some((t) => (prefix ? t.startsWith(word) : t === word))))
        .map(([row]) => row);
      const m = index.match(query, 1700)!;
      const got = Array.from({ length: 1700 }, (_, r) => r).filter((r) => m.counts[r] === m.need);
      expect({ query, got }).toEqual({ query, got: want.sort((a, b) => a - b) });
    }
  }, 60_000);
});
