import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

export interface Measured {
  sha256: string;
  sizeBytes: number;
  /** Newline bytes: the row count of a COPY text file. */
  lines: number;
}

const NEWLINE = 0x0a;

function countNewlines(chunk: Buffer): number {
  let n = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) n += 1;
  return n;
}

/** A pass-through that measures what flows through it, so data is read once while written. */
export class Meter extends Transform {
  private readonly hash = createHash("sha256");
  private size = 0;
  private newlines = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error: null, data: Buffer) => void): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    this.newlines += countNewlines(chunk);
    done(null, chunk);
  }

  /** Call once, after the stream has ended. */
  result(): Measured {
    return { sha256: this.hash.digest("hex"), sizeBytes: this.size, lines: this.newlines };
  }
}

export async function measureFile(file: string): Promise<Measured> {
  const meter = new Meter();
  await pipeline(createReadStream(file), meter, async (measured: AsyncIterable<Buffer>) => {
    for await (const _ of measured) {
      /* drained: the meter has seen every byte */
    }
  });
  return meter.result();
}
