/**
 * Which addresses the platform turns into links: absolute http(s) URLs, and
 * mailto: where an e-mail link makes sense (the covenant text). One rule for
 * the editor, the stored text, evidence of progress and organisations' websites.
 */
export interface LinkOptions {
  /** Allow `mailto:` links too. */
  mailto?: boolean;
}

export function isSafeLink(href: string, options: LinkOptions = {}): boolean {
  // Browsers drop tabs and newlines anywhere in a URL, so `java\tscript:` would run as `javascript:`;
  // such strings are refused rather than normalised. Spaces never belong in an address people type.
  if ([...href].some((char) => char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f)) return false;
  const scheme = options.mailto ? /^(https?:\/\/|mailto:)/i : /^https?:\/\//i;
  if (!scheme.test(href)) return false;
  try {
    const { protocol } = new URL(href);
    return protocol === 'http:' || protocol === 'https:' || (!!options.mailto && protocol === 'mailto:');
  } catch {
    return false;
  }
}
