/** How an auditor can repeat the checks without trusting the platform. */
export function CheckItYourself() {
  return (
    <section className="section" aria-labelledby="check-yourself-title">
      <h2 id="check-yourself-title">Check it yourself</h2>
      <p>
        You need not take the platform’s word for it. The <a href="/graphql">GraphQL API</a> serves each version’s
        canonical content, the exact text that was hashed, as <code>CovenantVersion.canonicalContent</code>. Its
        SHA-256, in lower-case hex over the UTF-8 bytes, is the version’s content hash, and every signature records the
        hash its signer saw.
      </p>
      <p>
        The seal is the platform’s Ed25519 signature over the content hash and the version’s valid signatures, and names
        the key that made it (<code>CovenantVersion.sealKeyId</code>). Check it with that key’s public key, listed by id
        with every key the platform has ever used at{' '}
        <a href="/.well-known/covenant-seal-keys.json">/.well-known/covenant-seal-keys.json</a>; the current one is also
        at <a href="/.well-known/covenant-seal.pub">/.well-known/covenant-seal.pub</a>.
      </p>
      <p>
        The audit trail is served as <code>covenantAudit</code>: each event’s hash is the SHA-256 of its{' '}
        <code>prevHash</code>, <code>seq</code>, <code>at</code>, actor id, <code>action</code> and <code>details</code>
        , one per line, and each <code>prevHash</code> is the hash of the event before (64 zeros for the first).
        Recompute every hash and every link. While the parties draft a revision, people outside them are served the
        chain up to the event that began the review: it checks just the same, and the revision’s own events continue it
        from that hash once the revision is opened for signature.
      </p>
    </section>
  );
}
