import type { ReactNode } from 'react';

const STEPS = [
  {
    title: 'Draft together',
    text: 'A community organisation starts a covenant and invites the council and partners to write it with them.',
  },
  { title: 'Ask the neighbourhood', text: 'Residents read the draft, comment and add their support.' },
  { title: 'Sign', text: 'Every partner signs what it commits to do, and the council countersigns last.' },
  {
    title: 'Keep the promise',
    text: 'Partners report progress, so anyone can see what was promised and whether it happened.',
  },
];

export function CovenantIntro({ actions }: { actions: ReactNode }) {
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h1 id="intro-title" className="intro__title">
        Community covenants: a real say over your place
      </h1>
      <p className="intro__lead">
        A community covenant is an agreement between the people of a neighbourhood, the community organisations that
        represent them, the local council and other public bodies such as the NHS, police, schools and housing
        providers. It says what the neighbourhood wants to change and what each partner commits to do, and gives the
        community a seat at the table: to shape public services, to have a say over investment, and to take on buildings
        and spaces that matter.
      </p>
      <div className="actions">{actions}</div>
      <ol className="steps" aria-label="How a covenant works">
        {STEPS.map((step) => (
          <li key={step.title} className="steps__item">
            <span className="steps__title">{step.title}</span>
            <span className="steps__text">{step.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
