/** Who is in the document, from the awareness states (`{ user: { id, name, color } }`), one entry per person. */
import { colourFor } from '@covenant/domain';

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...word][0]?.toUpperCase() ?? '').join('') || '?';
}

export interface PresentPerson {
  id: string;
  name: string;
  color: string;
  isYou: boolean;
}

interface AwarenessUser {
  id?: unknown;
  name?: unknown;
  color?: unknown;
}

/** One entry per person however many tabs they have open; you first, then everyone else by name. */
export function presentPeople(states: Iterable<unknown>, viewerId: string | null): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const state of states) {
    const user = (state as { user?: AwarenessUser } | null)?.user;
    if (!user || typeof user.id !== 'string' || typeof user.name !== 'string' || people.has(user.id)) continue;
    people.set(user.id, {
      id: user.id,
      name: user.name,
      color: typeof user.color === 'string' ? user.color : colourFor(user.id),
      isYou: user.id === viewerId,
    });
  }
  return [...people.values()].sort((a, b) => Number(b.isYou) - Number(a.isYou) || a.name.localeCompare(b.name));
}
