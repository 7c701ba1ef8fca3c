// exifr types its bundles only; its core module exports the same `parse`.
declare module 'exifr/src/core.mjs' {
  export { parse } from 'exifr';
}
