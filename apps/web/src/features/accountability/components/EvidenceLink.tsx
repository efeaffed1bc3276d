/** A party's evidence, off the platform: opened in a new tab, and not vouched for by the platform. */
export function EvidenceLink({ href, commitmentTitle }: { href: string; commitmentTitle: string }) {
  return (
    <p>
      <a href={href} rel="noopener noreferrer nofollow" target="_blank">
        Evidence<span className="visually-hidden"> for “{commitmentTitle}” (opens in a new tab)</span>
      </a>
    </p>
  );
}
