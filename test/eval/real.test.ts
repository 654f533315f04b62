// The real-news scorer on small constructed documents: folds, the speaker view, mentions, calibration, error classes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorCounts, foldOf, formatRealScores, loadPolnear, MissingDataError, type RealDocument, type RealPrediction, scoreReal, speakerView, calibrationView } from '../../src/eval/real';

// An invented article: one named direct quote, one reported statement by an unnamed source.
const text = 'Mayor Ines Duarte said the bridge would reopen in May. "We are ready," Duarte said. Officials said the cost had doubled since spring.';
const doc: RealDocument = {
  id: 'doc-a',
  text,
  fold: 1,
  ignored: [],
  quotes: [
    { start: 23, end: 53, kind: 'indirect', speaker: 'Ines Duarte', speakerMentions: [[6, 17]] },
    { start: 56, end: 68, kind: 'direct', speaker: 'Ines Duarte', speakerMentions: [[71, 77]] },
    { start: 99, end: 132, kind: 'indirect', speaker: null, speakerMentions: [[84, 93]] },
  ],
  meta: [{ speakerResolution: 'span-name' }, { speakerResolution: 'span-name' }, { speakerResolution: 'unnamed-descriptor' }],
};

const pred = (start: number, end: number, kind: RealPrediction['kind'], speaker: string | null, mention: [number, number] | null, confidence: number): RealPrediction => ({
  start, end, kind, speaker, mention, confidence, via: speaker ? 'name' : null, hasSpeaker: mention !== null,
});

describe('folds', () => {
  test('sha1(id), first 8 hex digits as an integer, mod 5', () => {
    // sha1("abc") = a9993e36...: 0xa9993e36 = 2845392438, mod 5 = 3.
    expect(foldOf('abc')).toBe(3);
    expect(new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(foldOf)).size).toBeGreaterThan(1);
  });
});

describe('speakerView', () => {
  test('keeps span-named quotes and ignores the others', () => {
    const v = speakerView(doc);
    expect(v.quotes.map((q) => q.start)).toEqual([23, 56]);
    expect(v.ignored).toEqual([[99, 132]]);
    expect(v.meta).toHaveLength(2);
  });
});

describe('calibrationView', () => {
  test('keeps span-named quotes and unnamed sources', () => {
    expect(calibrationView(doc).quotes.map((q) => q.start)).toEqual([23, 56, 99]);
    const unresolved = { ...doc, meta: [doc.meta[0], doc.meta[1], { speakerResolution: 'unresolved-pronoun' }] };
    expect(calibrationView(unresolved).ignored).toEqual([[99, 132]]);
  });
});

describe('scoreReal', () => {
  test('counts gold sentences of one quotation inside a matched predicted quotation apart, and still as missed', () => {
    // Gold cuts one pair of marks into one quote per sentence; the prediction keeps it whole.
    const said = 'Ines Duarte said: "We are ready. The bridge opens in May." Then she left.';
    const two: RealDocument = {
      id: 'doc-b', text: said, fold: 1, ignored: [],
      quotes: [
        { start: 19, end: 32, kind: 'direct', speaker: 'Ines Duarte', speakerMentions: [[0, 11]] },
        { start: 33, end: 56, kind: 'direct', speaker: 'Ines Duarte', speakerMentions: [[0, 11]] },
      ],
      meta: [{ speakerResolution: 'span-name' }, { speakerResolution: 'span-name' }],
    };
    const s = scoreReal([two], new Map([['doc-b', [pred(19, 56, 'direct', 'Ines Duarte', [0, 11], 0.9)]]]));
    expect(s.quotes.byKind.direct.recall).toBe(0.5);
    expect(s.directInsideQuotation).toBe(1);
    expect(formatRealScores('fold 1', s)).toContain('direct recall counting the 1 gold sentences inside a matched predicted quotation as found');
    // A quotation nobody matched counts nothing here.
    expect(scoreReal([two], new Map([['doc-b', []]])).directInsideQuotation).toBe(0);
  });
  test('an unnamed source is right only as an unnamed source at the annotated mention', () => {
    const score = (speaker: string | null, mention: [number, number] | null) =>
      scoreReal([doc], new Map([['doc-a', [pred(99, 132, 'indirect', speaker, mention, 0.5)]]]));
    expect(score(null, [84, 93]).unnamed.correct).toBe(1);
    const named = score('Ines Duarte', [84, 93]);
    expect(named.unnamed).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(named.errors.map((e) => e.class)).toContain('unnamed:named');
    expect(score(null, null).errors.map((e) => e.class)).toContain('unnamed:missed');
    expect(score(null, [0, 5]).errors.map((e) => e.class)).toContain('unnamed:missed');
    // Wrong or right, it is one calibration point.
    expect(named.calibration.count).toBe(1);
  });

  test('perfect predictions: every measure at 1, no errors', () => {
    const s = scoreReal([doc], new Map([['doc-a', [
      pred(23, 53, 'indirect', 'Ines Duarte', [6, 17], 0.95),
      pred(56, 68, 'direct', 'Ines Duarte', [71, 77], 0.95),
      pred(99, 132, 'indirect', null, [84, 93], 0.5),
    ]]]));
    expect(s.quotes.byKind.all.f1).toBe(1);
    expect(s.speaker).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(s.mention).toEqual({ correct: 3, total: 3, accuracy: 1 });
    expect(s.errors).toEqual([]);
    expect(s.unnamed).toEqual({ correct: 1, total: 1, accuracy: 1 });
    // The unnamed source's quote is judged too: three calibration points, all right.
    expect(s.calibration.count).toBe(3);
    expect(s.calibration.ece).toBeCloseTo((2 * 0.05 + 0.5) / 3, 10);
  });

  test('each kind of error is classed', () => {
    const s = scoreReal([doc], new Map([['doc-a', [
      pred(23, 53, 'indirect', null, null, 0.3), // speaker:null and mention:none
      pred(56, 68, 'direct', 'Pedro Alves', [0, 5], 0.8), // speaker:other and mention:elsewhere
      pred(0, 17, 'partial', null, null, 0.6), // spurious:partial
    ]]]));
    expect(Object.fromEntries(errorCounts(s.errors))).toEqual({
      'speaker:null': 1, 'speaker:other': 1, 'mention:none': 1, 'mention:elsewhere': 1, 'spurious:partial': 1, 'missed:indirect': 1,
    });
    expect(s.speaker.accuracy).toBe(0);
    expect(s.mention.correct).toBe(0);
    // Calibration: 0.3, 0.8 and 0.6, all wrong.
    expect(s.calibration.count).toBe(3);
    expect(s.calibration.ece).toBeCloseTo((0.3 + 0.8 + 0.6) / 3, 10);
    const spurious = s.errors.find((e) => e.class === 'spurious:partial')!;
    expect(spurious.pred?.text).toBe('Mayor Ines Duarte');
    expect(spurious.gold).toBeNull();
  });

  test('a descriptor without a name is classed apart from no speaker', () => {
    const s = scoreReal([doc], new Map([['doc-a', [pred(56, 68, 'direct', null, [71, 77], 0.4)]]]));
    expect(s.errors.map((e) => e.class)).toContain('speaker:unnamed');
  });

  test('the report names every measure', () => {
    const s = scoreReal([doc], new Map());
    const out = formatRealScores('fold 1', s);
    for (const word of ['indirect', 'speaker accuracy', 'source-mention accuracy', 'ECE']) expect(out).toContain(word);
  });
});

describe('loadPolnear', () => {
  test('a missing folder says how to get the data', () => {
    expect(() => loadPolnear('/nonexistent/polnear')).toThrow(MissingDataError);
    expect(() => loadPolnear('/nonexistent/polnear')).toThrow(/tools\/polnear\/README.md/);
  });
  test('documents are joined with their metadata and given a fold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
    const { fold, meta, ...gold } = doc;
    writeFileSync(join(dir, 'train.speech.jsonl'), JSON.stringify(gold) + '\n');
    writeFileSync(join(dir, 'train.speech.meta.jsonl'), JSON.stringify({ id: 'doc-a', quotes: meta }) + '\n');
    const [d] = loadPolnear(dir);
    expect(d.fold).toBe(foldOf('doc-a'));
    expect(d.meta[2].speakerResolution).toBe('unnamed-descriptor');
  });
  test('metadata that does not line up with the quotes is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
    const { fold, meta, ...gold } = doc;
    writeFileSync(join(dir, 'train.speech.jsonl'), JSON.stringify(gold) + '\n');
    writeFileSync(join(dir, 'train.speech.meta.jsonl'), JSON.stringify({ id: 'doc-a', quotes: meta.slice(1) }) + '\n');
    expect(() => loadPolnear(dir)).toThrow(/no metadata matching/);
  });
});
