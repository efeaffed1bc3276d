/**
 * The DejaVu fonts a covenant PDF embeds. PDF's built-in fonts stop at Latin-1, so Welsh names (ŵ, ŷ) and other
 * accented Latin would be lost; DejaVu covers them, and pdfkit embeds only the glyphs a document uses.
 */
const FILES = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  serifBoldItalic: 'DejaVuSerif-BoldItalic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

export type FontName = keyof typeof FILES;

/** Found through Node's module lookup, so the same call works from the sources under Jest and from dist/. */
export function fontPath(name: FontName): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${FILES[name]}`);
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.keys(FILES) as FontName[]) doc.registerFont(name, fontPath(name));
}
