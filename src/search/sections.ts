/**
 * A small binary container for arrays that are loaded by viewing them, not by parsing them:
 *
 *   magic (8 bytes)  header length (uint32 LE)  header (JSON, UTF-8)  padding  section…
 *
 * The header names the format, carries small values (`meta`) and lists each section: its name, element
 * type, offset from the start of the file and element count. Sections start on 8-byte boundaries, so a
 * loaded file is read as typed-array views over its one buffer (little-endian machines; others copy).
 */

const MAGIC = 'VBSECT01';

export type SectionType = 'u8' | 'u16' | 'u32' | 'i32' | 'f64';

type ArrayOf<T extends SectionType> = T extends 'u8'
  ? Uint8Array
  : T extends 'u16'
    ? Uint16Array
    : T extends 'u32'
      ? Uint32Array
      : T extends 'i32'
        ? Int32Array
        : Float64Array;

const CONSTRUCTORS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f64: Float64Array,
} as const;

interface SectionEntry {
  name: string;
  type: SectionType;
  offset: number;
  length: number;
}

interface Header {
  format: string;
  version: number;
  meta: unknown;
  sections: SectionEntry[];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function pad8(n: number): number {
  return (8 - (n % 8)) % 8;
}

type SectionArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/**
 * A section made as it is written: its type and length known beforehand, its entries given in chunks (typed
 * arrays of its type), so that a section need not exist whole in memory.
 */
export interface LazySection {
  type: SectionType;
  length: number;
  chunks: () => Iterable<SectionArray>;
}

/** The bytes of a container holding `sections` (typed arrays, written as they are) and `meta`, in chunks. */
export function* encodeSections(
  format: string,
  version: number,
  meta: unknown,
  sections: ReadonlyArray<readonly [name: string, array: SectionArray | LazySection]>,
): Generator<Uint8Array> {
  const typeOf = (a: SectionArray | LazySection): SectionType =>
    'chunks' in a
      ? a.type
      : a instanceof Uint8Array
        ? 'u8'
        : a instanceof Uint16Array
          ? 'u16'
          : a instanceof Uint32Array
            ? 'u32'
            : a instanceof Int32Array
              ? 'i32'
              : 'f64';
  // The header's size depends on the offsets it lists: lay the sections out after a header of a fixed guess, grown until it fits.
  let room = 4096;
  for (;;) {
    const entries: SectionEntry[] = [];
    let at = 12 + room;
    for (const [name, array] of sections) {
      at += pad8(at);
      entries.push({ name, type: typeOf(array), offset: at, length: array.length });
      at += 'chunks' in array ? array.length * CONSTRUCTORS[array.type].BYTES_PER_ELEMENT : array.byteLength;
    }
    const header = Buffer.from(JSON.stringify({ format, version, meta, sections: entries } satisfies Header), 'utf8');
    if (header.length > room) {
      room = header.length + 1024;
      continue;
    }
    const head = Buffer.alloc(12 + room, 0x20);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(room, 8);
    header.copy(head, 12);
    yield head;
    let written = head.length;
    for (const [i, [, array]] of sections.entries()) {
      const gap = entries[i]!.offset - written;
      if (gap > 0) yield new Uint8Array(gap);
      let byteLength = 0;
      for (const part of 'chunks' in array ? array.chunks() : [array]) {
        if (typeOf(part) !== entries[i]!.type)
          throw new Error(`section '${entries[i]!.name}': a chunk of another type than the section's`);
        const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
        if (LITTLE_ENDIAN || part.BYTES_PER_ELEMENT === 1) yield bytes;
        else yield swapped(bytes, part.BYTES_PER_ELEMENT);
        byteLength += part.byteLength;
      }
      if (byteLength !== entries[i]!.length * CONSTRUCTORS[entries[i]!.type].BYTES_PER_ELEMENT)
        throw new Error(
          `section '${entries[i]!.name}': its chunks do not hold the ${entries[i]!.length} entries announced`,
        );
      written = entries[i]!.offset + byteLength;
    }
    return;
  }
}

function swapped(bytes: Uint8Array, size: number): Uint8Array {
  const copy = Buffer.from(bytes);
  if (size === 2) copy.swap16();
  else if (size === 4) copy.swap32();
  else copy.swap64();
  return copy;
}

/** A read container: its format, version and meta, and its sections as typed-array views. */
export class Sections {
  private readonly entries = new Map<string, SectionEntry>();

  private constructor(
    private readonly buffer: Buffer,
    readonly format: string,
    readonly version: number,
    readonly meta: unknown,
    entries: SectionEntry[],
  ) {
    for (const e of entries) this.entries.set(e.name, e);
  }

  /**
   * Reads a container; throws (saying what is wrong) when `buffer` is not one, or one of another format or
   * version, or a section lies outside it.
   */
  static read(input: Buffer, format: string, version: number): Sections {
    if (input.length < 12 || input.toString('latin1', 0, 8) !== MAGIC) throw new Error(`not a ${format} file`);
    const room = input.readUInt32LE(8);
    if (12 + room > input.length) throw new Error(`not a ${format} file (header cut short)`);
    let header: Header;
    try {
      header = JSON.parse(input.toString('utf8', 12, 12 + room)) as Header;
    } catch {
      throw new Error(`not a ${format} file (header is not JSON)`);
    }
    if (header.format !== format || header.version !== version) {
      throw new Error(`a ${String(header.format)} v${String(header.version)} file, not ${format} v${version}`);
    }
    // Views need the buffer's own 8-byte alignment; a pooled or sliced buffer is copied once.
    const buffer = input.byteOffset % 8 === 0 ? input : Buffer.from(input);
    for (const e of header.sections) {
      const size = CONSTRUCTORS[e.type]?.BYTES_PER_ELEMENT;
      if (!size || e.offset % 8 !== 0 || e.offset + e.length * size > buffer.length)
        throw new Error(`section '${e.name}' lies outside the file`);
    }
    return new Sections(buffer, header.format, header.version, header.meta, header.sections);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Section `name` as a typed array of `type`; throws when it is missing or of another type. */
  get<T extends SectionType>(name: string, type: T): ArrayOf<T> {
    const e = this.entries.get(name);
    if (!e) throw new Error(`section '${name}' is missing`);
    if (e.type !== type) throw new Error(`section '${name}' holds ${e.type}, not ${type}`);
    const Ctor = CONSTRUCTORS[type];
    const view = new Ctor(this.buffer.buffer as ArrayBuffer, this.buffer.byteOffset + e.offset, e.length) as ArrayOf<T>;
    if (LITTLE_ENDIAN || Ctor.BYTES_PER_ELEMENT === 1) return view;
    return new Ctor(
      swapped(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), Ctor.BYTES_PER_ELEMENT)
        .buffer as ArrayBuffer,
    ) as ArrayOf<T>;
  }

  /** A byte section as a Buffer sharing memory. */
  bytes(name: string): Buffer {
    const a = this.get(name, 'u8');
    return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  }
}
