// exifr's own modules, picked as its bundles pick them: its full build also carries Node's file
// reader and fetch polyfill, whose `require` made the bundler put a shim in the chunk every
// visitor loads. This set reads JPEG and HEIC from a Blob, with their EXIF, XMP and IPTC.
import 'exifr/src/file-readers/BlobReader.mjs';
import 'exifr/src/file-parsers/jpeg.mjs';
import 'exifr/src/file-parsers/heif.mjs';
import 'exifr/src/segment-parsers/tiff-exif.mjs';
import 'exifr/src/dicts/tiff-ifd0-keys.mjs';
import 'exifr/src/dicts/tiff-exif-keys.mjs';
import 'exifr/src/segment-parsers/xmp.mjs';
import 'exifr/src/segment-parsers/iptc.mjs';
import 'exifr/src/dicts/iptc-keys.mjs';

export { parse } from 'exifr/src/core.mjs';
