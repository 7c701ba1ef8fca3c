import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { PhotoMetadata } from './metadata.ts';

const NS = {
  x: 'adobe:ns:meta/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
  Iptc4xmpExt: 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/',
  plus: 'http://ns.useplus.org/ldf/xmp/1.0/',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
} as const;
type Prefix = Exclude<keyof typeof NS, 'xml' | 'xmlns'>;

const element = (parent: XMLBuilder, prefix: Prefix, name: string) => parent.ele(NS[prefix], `${prefix}:${name}`);

function simple(parent: XMLBuilder, prefix: Prefix, name: string, value: string | undefined) {
  if (value !== undefined) element(parent, prefix, name).txt(value);
}

/**
 * A language alternative: `x-default` first, as XMP wants and as most tools show, then each
 * version's text under its language, for tools that pick by language. A language comes once.
 */
function langAlt(parent: XMLBuilder, prefix: Prefix, name: string, texts: [string, string | undefined][]) {
  const given = texts.filter((text): text is [string, string] => text[1] !== undefined);
  const [first] = given;
  if (!first) return;
  const alt = element(element(parent, prefix, name), 'rdf', 'Alt');
  const seen = new Set<string>();
  const tagged: [string, string][] = [['x-default', first[1]], ...given];
  for (const [tag, value] of tagged) {
    if (seen.has(tag)) continue;
    seen.add(tag);
    element(alt, 'rdf', 'li').att(NS.xml, 'xml:lang', tag).txt(value);
  }
}

/** An unordered array by RDF's word (IPTC defines PersonInImage as a bag), written in the order given. */
function bag(parent: XMLBuilder, prefix: Prefix, name: string, values: readonly string[]) {
  if (values.length === 0) return;
  const list = element(element(parent, prefix, name), 'rdf', 'Bag');
  for (const value of values) element(list, 'rdf', 'li').txt(value);
}

/** The photo as each of its event's language versions tells it, the x-default one first. */
export type Versions = readonly [PhotoMetadata, ...PhotoMetadata[]];

/**
 * The XMP packet for one photo file, the fields named as IPTC's photo metadata standard and its user
 * guide's licensing section say. Every text goes through the XML builder, which escapes it; the
 * characters XML 1.0 cannot carry at all (control characters) are dropped rather than written.
 * A file holds one value of a single-valued field: the x-default version's.
 */
export function xmpPacket(versions: Versions): string {
  const [meta] = versions;
  const texts = (field: 'description' | 'title' | 'usageTerms') =>
    versions.map((version): [string, string | undefined] => [version.lang, version[field]]);
  const doc = create({ invalidCharReplacement: '' });
  doc.ins('xpacket', 'begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"');
  const description = element(element(doc, 'x', 'xmpmeta'), 'rdf', 'RDF')
    .ele(NS.rdf, 'rdf:Description')
    .att(NS.rdf, 'rdf:about', '');
  for (const prefix of ['dc', 'photoshop', 'xmpRights', 'Iptc4xmpExt', 'plus'] as const) {
    description.att(NS.xmlns, `xmlns:${prefix}`, NS[prefix]);
  }
  simple(description, 'photoshop', 'Credit', meta.credit);
  langAlt(description, 'dc', 'rights', [['x-default', meta.rights]]);
  langAlt(description, 'dc', 'description', texts('description'));
  bag(description, 'Iptc4xmpExt', 'PersonInImage', meta.people);
  langAlt(description, 'dc', 'title', texts('title'));
  simple(description, 'photoshop', 'Headline', meta.title);
  simple(description, 'photoshop', 'DateCreated', meta.date);
  simple(description, 'photoshop', 'City', meta.city);
  simple(description, 'xmpRights', 'Marked', 'True');
  simple(description, 'xmpRights', 'WebStatement', meta.licence);
  langAlt(description, 'xmpRights', 'UsageTerms', texts('usageTerms'));
  const licensor = element(element(element(description, 'plus', 'Licensor'), 'rdf', 'Seq'), 'rdf', 'li');
  licensor.att(NS.rdf, 'rdf:parseType', 'Resource');
  simple(licensor, 'plus', 'LicensorURL', meta.licence);
  doc.ins('xpacket', 'end="w"');
  return doc.end({ headless: true, prettyPrint: true });
}
