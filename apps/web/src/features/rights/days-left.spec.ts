import { daysLeftText, responseDueText } from './days-left';

describe(daysLeftText.name, () => {
  it('counts the days left in a phase, the last one being today', () => {
    expect(daysLeftText(42)).toBe('42 days left');
    expect(daysLeftText(1)).toBe('1 day left');
    expect(daysLeftText(0)).toBe('last day today');
    expect(daysLeftText(1200)).toBe('1,200 days left');
  });
});

describe(responseDueText.name, () => {
  it('says how soon an answer is due, or how late it is', () => {
    expect(responseDueText(55)).toBe('due in 55 days');
    expect(responseDueText(1)).toBe('due tomorrow');
    expect(responseDueText(0)).toBe('due today');
    expect(responseDueText(-1)).toBe('1 day overdue');
    expect(responseDueText(-9)).toBe('9 days overdue');
  });
});
