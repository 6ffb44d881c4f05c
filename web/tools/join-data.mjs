// join-data.mjs MODULE.wasm: rewrites the module's data section as one segment, in place.
//
// Binaryen's memory packing (run by every optimising emcc link) splits the static data at
// each run of zeros long enough to pay for a segment header in raw bytes: about 950
// segments here. Brotli, which every server that sends the module applies, packs the
// zeros better than the headers: one segment holding the zeros again is 3.1 KB smaller
// over the wire (data section 64.9 -> 61.7 KB brotli), for 14 KB more raw. The memory a
// module starts with is the same byte for byte, since the zeros are memory's own.
//
// Only active segments of memory 0 at constant offsets are joined, which is all that
// emcc writes without threads; a module with anything else (a passive segment, which
// memory.init would name by index) is left untouched, and this says so and fails.
import { readFileSync, writeFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node web/tools/join-data.mjs MODULE.wasm');
  process.exit(2);
}
const bytes = readFileSync(file);
const fail = (message) => {
  console.error(`join-data: ${file}: ${message}`);
  process.exit(1);
};

let at = 8;  // after the magic number and the version
const uleb = () => {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
};
const sleb32 = () => {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return shift < 32 && byte & 0x40 ? value | (-1 << shift) : value;
};
const encodeUleb = (n) => {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const encodeSleb32 = (n) => {
  const out = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return Buffer.from([...out, byte]);
    out.push(byte | 0x80);
  }
};
const section = (id, body) => Buffer.concat([Buffer.from([id]), encodeUleb(body.length), body]);

const DATA_COUNT = 12, DATA = 11, I32_CONST = 0x41, END = 0x0b;
const parts = [bytes.subarray(0, 8)];
let segments = null;
let dataAt = -1;  // where the data section goes among the parts
while (at < bytes.length) {
  const start = at;
  const id = bytes[at++];
  const size = uleb();
  const end = at + size;
  if (id === DATA) {
    const count = uleb();
    segments = [];
    for (let i = 0; i < count; i++) {
      if (uleb() !== 0 || bytes[at++] !== I32_CONST) fail(`data segment ${i} is not active at a constant offset`);
      const offset = sleb32() >>> 0;
      if (bytes[at++] !== END) fail(`data segment ${i}'s offset is not a lone constant`);
      const length = uleb();
      segments.push({ offset, data: bytes.subarray(at, at + length) });
      at += length;
    }
    if (at !== end) fail('the data section has bytes after its segments');
    dataAt = parts.length;
    parts.push(null);  // written below
  } else if (id === DATA_COUNT) {
    parts.push(section(DATA_COUNT, encodeUleb(1)));
  } else {
    parts.push(bytes.subarray(start, end));
  }
  at = end;
}
if (!segments || segments.length < 2) process.exit(0);  // nothing to join

segments.sort((a, b) => a.offset - b.offset);
const first = segments[0].offset;
const last = segments.at(-1);
const image = Buffer.alloc(last.offset + last.data.length - first);
let covered = first;
for (const s of segments) {
  if (s.offset < covered) fail(`data segments overlap at ${s.offset}`);
  s.data.copy(image, s.offset - first);
  covered = s.offset + s.data.length;
}
const body = Buffer.concat([encodeUleb(1), encodeUleb(0), Buffer.from([I32_CONST]), encodeSleb32(first | 0),
                            Buffer.from([END]), encodeUleb(image.length), image]);
parts[dataAt] = section(DATA, body);
writeFileSync(file, Buffer.concat(parts));
