import { createRequire } from 'node:module';
import sharp from 'sharp';
import { EXIFR_OPTIONS, mapMetadata, type PhotoMetadata, type RawMetadata } from '../../src/importer/metadata.ts';

// exifr has no "exports" map: Node loads its UMD build, whose named exports it cannot see, and
// Vite its ESM build, whose default export lacks `sidecar`. Required, it is the same everywhere.
const { parse, sidecar } = createRequire(import.meta.url)('exifr') as typeof import('exifr');

type Segment = Record<string, unknown>;

/** The EXIF block: inside the file for TIFF, which sharp does not hand over, else sharp's packet. */
async function readExif(file: string, packet: Buffer | undefined): Promise<Segment | undefined> {
  if (!packet) return (await parse(file, { ...EXIFR_OPTIONS, exif: true }).catch(() => undefined))?.exif;
  const tiff = packet.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? packet.subarray(6) : packet;
  return (await sidecar(tiff, EXIFR_OPTIONS, 'tiff')) as Segment | undefined;
}

/** Reads a photo file's XMP, IPTC and EXIF. Throws when the file is not an image sharp can read. */
export async function readPhotoMetadata(file: string): Promise<PhotoMetadata> {
  // exifr reads no WebP, and no XMP in AVIF or in the PNGs libvips writes: sharp takes each
  // packet out of any of the five formats, and exifr parses the packets, so all go one way.
  const { xmp, iptc, exif } = await sharp(file).metadata();
  const [fromXmp, fromIptc, fromExif] = await Promise.all([
    xmp ? (sidecar(xmp, EXIFR_OPTIONS, 'xmp') as Promise<RawMetadata | undefined>) : undefined,
    iptc ? (sidecar(iptc, EXIFR_OPTIONS, 'iptc') as Promise<Segment | undefined>) : undefined,
    readExif(file, exif),
  ]);
  return mapMetadata({ ...fromXmp, iptc: fromIptc, exif: fromExif });
}
