import { useMemo, useState } from 'react';
import { Select } from '../../../components/ui/Select';
import { nestHeadings } from '../covenant-html';
import { diffVersions, summariseDiff, type DiffBlock } from '../version-diff';

export interface ComparedVersion {
  number: number;
  /** The frozen text as the API rendered and sanitised it. */
  html: string;
  statusLabel: string;
}

export interface VersionCompareProps {
  /** In ascending number. */
  versions: readonly ComparedVersion[];
}

/** What changed in the text between two frozen versions, so parties re-signing a revision see exactly that. */
export function VersionCompare({ versions }: VersionCompareProps) {
  if (versions.length < 2) return null;
  return <Comparison versions={versions} />;
}

function Comparison({ versions }: VersionCompareProps) {
  const previous = versions[versions.length - 2];
  const latest = versions[versions.length - 1];
  const [beforeNumber, setBeforeNumber] = useState(previous.number);
  const [afterNumber, setAfterNumber] = useState(latest.number);
  // A chosen number may be gone if the list is replaced, e.g. on moving to another covenant.
  const before = versions.find((version) => version.number === beforeNumber) ?? previous;
  const after = versions.find((version) => version.number === afterNumber) ?? latest;
  const blocks = useMemo(() => diffVersions(before.html, after.html), [before.html, after.html]);
  const options = versions.map((version) => ({
    value: String(version.number),
    label: `Version ${version.number} (${version.statusLabel})`,
  }));

  return (
    <section className="section version-compare" aria-labelledby="version-compare-title">
      <div className="section__header">
        <h2 id="version-compare-title">Compare versions</h2>
      </div>
      <div className="filters">
        <Select
          label="Compare version"
          options={options}
          value={String(before.number)}
          onChange={(event) => setBeforeNumber(Number(event.target.value))}
        />
        <Select
          label="with version"
          options={options}
          value={String(after.number)}
          onChange={(event) => setAfterNumber(Number(event.target.value))}
        />
      </div>
      <p className="version-compare__summary" role="status">
        {summaryText(summariseDiff(blocks))}
      </p>
      {blocks.length ? (
        <div className="prose version-compare__text">
          {blocks.map((block, index) => (
            // Blocks have no identity of their own; the list is rebuilt whole whenever either choice changes.
            <ComparedBlock key={index} block={block} />
          ))}
        </div>
      ) : null}
    </section>
  );
}

function summaryText({ added, removed }: { added: number; removed: number }): string {
  if (!added && !removed) return 'No differences in the text';
  return `${added} paragraph${added === 1 ? '' : 's'} added, ${removed} removed`;
}

function ComparedBlock({ block }: { block: DiffBlock }) {
  // Each block is a slice of a version's HTML, which the API sanitised; its headings sit under this section's h2.
  const body = <div dangerouslySetInnerHTML={{ __html: nestHeadings(block.html) }} />;
  switch (block.kind) {
    case 'added':
      return (
        <ins className="version-compare__block version-compare__block--added">
          <span className="visually-hidden">Added: </span>
          {body}
        </ins>
      );
    case 'removed':
      return (
        <del className="version-compare__block version-compare__block--removed">
          <span className="visually-hidden">Removed: </span>
          {body}
        </del>
      );
    case 'same':
      return <div className="version-compare__block version-compare__block--same">{body}</div>;
  }
}
