// Recognise common non-text files by their magic bytes, so the error can say
// "this is a Word document" instead of a vague "no cues found".
const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (a .docx or .zip file)"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Microsoft Office document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x49, 0x44, 0x33], "an MP3 audio file"],
  [[0x52, 0x49, 0x46, 0x46], "a RIFF media file (WAV or AVI)"],
  [[0x4f, 0x67, 0x67, 0x53], "an Ogg media file"],
  [[0x1a, 0x45, 0xdf, 0xa3], "a WebM/Matroska media file"],
  [[0x1f, 0x8b], "a gzip archive"],
];

export function sniffBinaryKind(bytes: Uint8Array): string | undefined {
  for (const [magic, kind] of SIGNATURES) {
    if (magic.every((v, i) => bytes[i] === v)) return kind;
  }
  // MP4/MOV/M4A: a box size, then "ftyp".
  if (bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70) {
    return "an MP4/MOV media file";
  }
  return undefined;
}
