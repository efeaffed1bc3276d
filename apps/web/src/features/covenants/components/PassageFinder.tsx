import { OneFieldForm } from '../../../components/ui/OneFieldForm';

export interface PassageFinderProps {
  /** What the passage is wanted for, in the form's words: "comment on" or "propose new wording for". */
  purpose: string;
  /** Selects the words in the text and answers true, or answers false when they are not there. */
  onFind: (words: string) => boolean;
  onCancel: () => void;
}

/**
 * Choosing a passage by typing its words, for anyone who cannot select text
 * with a pointer (a keyboard, a switch, a screen reader): the words found are
 * selected in the text, as if they had been selected by hand.
 */
export function PassageFinder({ purpose, onFind, onCancel }: PassageFinderProps) {
  return (
    <OneFieldForm
      className="passage-finder"
      label={`Which words do you want to ${purpose}?`}
      hint="Select them in the text, or type them here as they appear in it."
      type="text"
      initial=""
      submitLabel="Find the words"
      onSubmit={(words) => {
        if (!words.trim()) return 'Type some words of the passage, as they appear in the text.';
        return onFind(words)
          ? null
          : 'Those words are not in one paragraph or heading of the text. Check them against the text, or type fewer of them.';
      }}
      onCancel={onCancel}
    />
  );
}
