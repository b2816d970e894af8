/**
 * A decompression budget for zip-based inputs (.docx, and the other zip containers readers add),
 * counted while inflating: the entries a reader will inflate are inflated here first through the
 * web-standard DecompressionStream, chunk by chunk, and the check stops as soon as the running total
 * passes the budget — so a zip bomb (a 600 KB .docx whose document.xml inflates to 180 MB; a 716 KB
 * one that aborted Node at 4.4 GB) costs at most the budget, never its full size. The sizes a zip's
 * headers declare are not trusted. Runs in a browser (no Node API).
 */

/** Most bytes the XML parts of one document may inflate to (a long report's document.xml is 1–5 MB). */
export const MAX_ZIP_INFLATED = 32 * 1024 * 1024;
/** Most entries in one zip container (a report has a few dozen; thousands of empty entries are an attack). */
export const MAX_ZIP_ENTRIES = 10_000;

export class ZipBudgetError extends Error {
  readonly code = 'FZLINT_ZIP_BUDGET';
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export interface ZipBudgetOptions {
  /** Budget for the inflated bytes of the entries counted (default MAX_ZIP_INFLATED). */
  maxInflated?: number;
  /** Which entries the reader inflates (default: every entry but images and other media). */
  counts?: (name: string) => boolean;
}

const MEDIA = /\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|mp[34]|wav|avi|mov|bin|ole|ttf|odttf|otf|fntdata)$/i;

/** Throws ZipBudgetError when the entries would inflate past the budget; returns the bytes they inflate to. */
export async function checkZipBudget(bytes: Uint8Array, options: ZipBudgetOptions = {}): Promise<number> {
  const max = options.maxInflated ?? MAX_ZIP_INFLATED;
  const counts = options.counts ?? ((name: string) => !MEDIA.test(name));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) return 0; // not a zip the budget can read: the reader reports it
  const entries = view.getUint16(eocd + 10, true);
  if (entries > MAX_ZIP_ENTRIES) throw tooMany(entries);
  let p = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) break;
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (!counts(name) || local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + compressed));
    if (method === 0) total += data.length;
    else if (method === 8) total += await inflatedSize(data, max - total);
    if (total > max) throw tooLarge(max);
  }
  return total;
}

/** Inflate raw deflate data, counting; stops (and returns more than `budget`) once past the budget. */
async function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  // the input is handed over in small slices as the output is read: one slice inflates to at most ~16 MB
  let at = 0;
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= data.length) controller.close();
      else {
        controller.enqueue(data.slice(at, at + SLICE));
        at += SLICE;
      }
    },
  });
  const stream = source.pipeThrough(new DecompressionStream('deflate-raw') as unknown as { writable: WritableStream<Uint8Array>; readable: ReadableStream<Uint8Array> });
  const reader = stream.getReader();
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.byteLength;
      if (n > budget) {
        await reader.cancel().catch(() => undefined);
        return n;
      }
    }
  } catch {
    // corrupt deflate data: the reader reports it; what was inflated so far counts
  }
  return n;
}

const SLICE = 16 * 1024;

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= stop; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}

const MB = 1024 * 1024;

function tooLarge(max: number): ZipBudgetError {
  return new ZipBudgetError(
    `解压后的内容超过 ${Math.round(max / MB)} MB 上限（可能是“压缩炸弹”），未读取`,
    `its content inflates past the ${Math.round(max / MB)} MB limit (a zip bomb?); not read`,
  );
}

function tooMany(n: number): ZipBudgetError {
  return new ZipBudgetError(`压缩包内有 ${n} 个条目，超过 ${MAX_ZIP_ENTRIES} 个的上限，未读取`, `the zip holds ${n} entries, over the limit of ${MAX_ZIP_ENTRIES}; not read`);
}
