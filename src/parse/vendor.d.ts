declare module 'word-extractor' {
  interface ExtractedDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Uint8Array): Promise<ExtractedDocument>;
  }
}
/** word-extractor's internals, used to read Word's list numbers (src/linter/doc.ts; the version is pinned). */
declare module 'word-extractor/lib/word-ole-extractor.js' {
  interface OlePiece {
    startCp: number;
    endCp: number;
    startFilePos: number;
    bpc: number;
    text: string;
  }
  export default class WordOleExtractor {
    _pieces: OlePiece[];
    _boundaries: { ccpText: number };
    extract(reader: unknown): Promise<{ _body: string; getBody(options?: { filterUnicode?: boolean }): string }>;
    writeParagraphProperties(buffer: Uint8Array, tableBuffer: Uint8Array): void;
    buildDocument(): { _body: string };
  }
}
declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Uint8Array);
    open(): Promise<void>;
    close(): Promise<void>;
  }
}
declare module 'word-extractor/lib/filters.js' {
  export function clean(text: string): string;
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
