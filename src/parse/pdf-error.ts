/** Why a PDF could not be read: kept apart from pdf.ts so that reading code need not load pdf.js. */
export class PdfError extends Error {
  readonly code = 'FZLINT_PDF';
  constructor(
    readonly kind: 'encrypted' | 'no-text' | 'damaged',
    detail: string,
  ) {
    super(detail);
  }
}
