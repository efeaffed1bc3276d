import { PublicAnswers } from './public-answers';

describe(PublicAnswers.name, () => {
  const answer = '{"data":{"covenant":{"title":"Settle pool and river"}}}';

  it('serves an answer within its time to live', () => {
    const answers = new PublicAnswers(1000);
    answers.store('k', answer, 0);
    expect(answers.lookup('k', 999)).toBe(answer);
  });

  it('lets one reader refresh an answer past its time while the others still get it', () => {
    const answers = new PublicAnswers(1000);
    answers.store('k', answer, 0);
    expect(answers.lookup('k', 1500)).toBeNull();
    expect(answers.lookup('k', 1501)).toBe(answer);
    const fresh = '{"data":{"covenant":{"title":"Settle pool, river and path"}}}';
    answers.store('k', fresh, 1600);
    expect(answers.lookup('k', 1700)).toBe(fresh);
  });

  it('hands the refresh to another reader when the first never came back', () => {
    const answers = new PublicAnswers(1000);
    answers.store('k', answer, 0);
    expect(answers.lookup('k', 1500)).toBeNull();
    expect(answers.lookup('k', 2400)).toBe(answer);
    expect(answers.lookup('k', 2600)).toBeNull();
  });

  it('forgets an answer whose refresh failed, and everything when cleared', () => {
    const answers = new PublicAnswers(1000);
    answers.store('a', answer, 0);
    answers.store('b', answer, 0);
    answers.forget('a');
    expect(answers.lookup('a', 1)).toBeNull();
    answers.clear();
    expect(answers.lookup('b', 1)).toBeNull();
  });

  it('is off with a time to live of zero', () => {
    expect(new PublicAnswers(0).enabled).toBe(false);
  });

  it('never serves an answer three times its time to live old, whoever is refreshing it, and evicts it', () => {
    const answers = new PublicAnswers(1000);
    answers.store('k', answer, 0);
    expect(answers.lookup('k', 2600)).toBeNull();
    expect(answers.lookup('k', 2700)).toBe(answer);
    expect(answers.lookup('k', 3001)).toBeNull();
    expect(answers.lookup('k', 3002)).toBeNull();
    expect(answers.kept).toEqual({ answers: 0, bytes: 0 });
  });

  it('evicts expired answers as others come and go, not only when they are asked for again', () => {
    const answers = new PublicAnswers(1000);
    answers.store('old', answer, 0);
    answers.store('newer', answer, 2500);
    expect(answers.lookup('other', 3500)).toBeNull();
    expect(answers.kept.answers).toBe(1);
    expect(answers.lookup('newer', 3500)).toBe(answer);
  });

  it('keeps its answers within the memory budget, the oldest leaving first, and none over an eighth of it', () => {
    const answers = new PublicAnswers(1000, 800);
    const body = (n: number) => `{"data":{"n":${n}}}`.padEnd(100, ' ');
    for (let n = 1; n <= 9; n++) answers.store(`k${n}`, body(n), n);
    expect(answers.kept).toEqual({ answers: 8, bytes: 800 });
    expect(answers.lookup('k1', 10)).toBeNull();
    expect(answers.lookup('k9', 10)).toBe(body(9));
    answers.store('big', 'x'.repeat(101), 11);
    expect(answers.lookup('big', 12)).toBeNull();
    expect(answers.kept.bytes).toBe(800);
  });
});
