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
    </section>
  );
}
