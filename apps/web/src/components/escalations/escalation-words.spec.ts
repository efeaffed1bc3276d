import { caseStanding, casePath, statementProblem } from './escalation-words';

describe('escalation words', () => {
  it('says where a case stands', () => {
    expect(caseStanding({ status: 'OPEN', responseOverdue: false })).toBe('Open');
    expect(
      caseStanding({
        status: 'RESPONSE_REQUESTED',
        respondent: { name: 'North Yorkshire Council' },
        responseDueOn: '2027-01-04',
        responseOverdue: true,
      }),
    ).toBe('Response requested from North Yorkshire Council by 4 January 2027 (overdue)');
    expect(caseStanding({ status: 'CONCLUDED', responseOverdue: false })).toBe('Findings published');
  });

  it('links a case to its place on the public list', () => {
    expect(casePath(12)).toBe('/commissioner#escalation-12');
  });

  it('asks for 20 to 5,000 characters', () => {
    expect(statementProblem('  ', 'your reason')).toBe('Write your reason.');
    expect(statementProblem('Too short.', 'your reason')).toMatch(/at least 20/);
    expect(statementProblem('x'.repeat(5001), 'your reason')).toMatch(/5,000/);
    expect(statementProblem('The bridge is still closed to everyone.', 'your reason')).toBeUndefined();
  });
});
