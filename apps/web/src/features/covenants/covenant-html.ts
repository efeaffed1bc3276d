/**
 * The covenant's text sits under the page's own headings ("The covenant text" is an h2), so its headings move down
 * two levels: its h1 becomes an h3. The HTML is sanitised by the API; this only renames heading tags.
 */
export function nestHeadings(html: string, levels = 2): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_, slash: string, level: string) => {
    const nested = Math.min(Number(level) + levels, 6);
    return `<${slash}h${nested}`;
  });
}
