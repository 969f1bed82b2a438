// Reads at most a given number of bytes of a response body and lets the rest go: a store's error page may be
// gigabytes long (a 1.5 GB body once cost 3.1 GB of memory), and only its start is worth showing.

/** What push reads of an answer it only reports: 64 KiB. */
export const ERROR_BODY_LIMIT = 64 * 1024;

export interface CappedText {
  readonly text: string;
  /** The body went on past the limit (and was not read). */
  readonly truncated: boolean;
}

export async function readCapped(response: Response, limit: number = ERROR_BODY_LIMIT): Promise<CappedText> {
  const body = response.body;
  if (!body) return { text: '', truncated: false };
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = limit - size;
      if (value.byteLength > room) {
        if (room > 0) parts.push(value.subarray(0, room));
        size = limit;
        truncated = true;
        break;
      }
      parts.push(value);
      size += value.byteLength;
    }
  } catch {
    // The connection broke while reading an answer that is only reported: keep what came.
  } finally {
    if (truncated) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
  // A multi-byte character cut at the limit decodes as U+FFFD, which is fine for a message.
  return { text: Buffer.concat(parts).toString('utf8'), truncated };
}
