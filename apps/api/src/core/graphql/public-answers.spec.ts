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
});
