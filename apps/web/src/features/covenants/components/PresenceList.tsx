import { useEffect, useState } from 'react';
import type { CovenantSyncProvider } from '../collab/covenant-sync-provider';
import { initials, presentPeople, type PresentPerson } from '../collab/presence';

/** Who has the covenant open now, each in the colour of their cursor. */
export function PresenceList({ provider, viewerId }: { provider: CovenantSyncProvider; viewerId: string | null }) {
  const [people, setPeople] = useState<PresentPerson[]>([]);
  useEffect(() => {
    const update = () => setPeople(presentPeople(provider.awareness.getStates().values(), viewerId));
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [provider, viewerId]);

  const others = people.filter((person) => !person.isYou);
  return (
    <div className="presence">
      <ul className="presence__list" aria-label="People in the document">
        {people.map((person) => (
          <li key={person.id} className="presence__person" title={person.isYou ? `${person.name} (you)` : person.name}>
            <span className="presence__avatar" style={{ backgroundColor: person.color }} aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="presence__name">{person.isYou ? `${person.name} (you)` : person.name}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {others.length === 0
          ? 'Nobody else is in the document.'
          : `${others.length} other ${others.length === 1 ? 'person is' : 'people are'} in the document.`}
      </p>
    </div>
  );
}
