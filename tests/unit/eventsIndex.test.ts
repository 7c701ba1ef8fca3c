// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEventFiles } from '../../scripts/vite/archive-plugin.ts';
import { buildEventsIndex } from '../../src/event/eventsIndex.ts';

const demo = JSON.parse(readFileSync('public/events/otan-bucarest-2022.json', 'utf8'));

/** The demo event under another id, with its first two photos, `change` applied to the second. */
function eventText(id: string, change: (photo: Record<string, unknown>) => void = () => {}): string {
  const event = structuredClone(demo);
  Object.assign(event, { id, photos: event.photos.slice(0, 2) });
  delete event.translationKey;
  change(event.photos[1]);
  return JSON.stringify(event, null, 2);
}

describe('buildEventsIndex', () => {
  const build = buildEventsIndex([
    { name: 'x.json', text: eventText('x', (photo) => Object.assign(photo, { width: 'wide' })) },
    { name: 'ok.json', text: eventText('ok') },
  ]);

  it('tells of a photo the page will not show, with file, field and number', () => {
    expect(build.messages).toEqual(['events/x.json: photos[1].width: expected a positive integer, photo 2 left out']);
  });

  it('counts only the photos the page shows', () => {
    expect(build.index.events.map(({ id, photoCount }) => [id, photoCount])).toEqual([
      ['ok', 2],
      ['x', 1],
    ]);
  });

  it('tells each problem of a file left out on a line of its own, with line and column for bad JSON', () => {
    const { index, messages } = buildEventsIndex([
      {
        name: 'bad.json',
        text: eventText('bad', (photo) => Object.assign(photo, { height: 0 })).replace(/"title"/, '"_"'),
      },
      { name: 'syntax.json', text: '{\n  "id": "syntax"\n  "lang": "fr"\n}' },
    ]);
    expect(index.events).toEqual([]);
    expect(messages).toEqual([
      'events/bad.json: title: required, but missing, left out of the events index',
      'events/bad.json: photos[1].height: expected a positive integer, left out of the events index',
      `events/syntax.json: not JSON: Expected ',' or '}' after property value at line 3, column 3, left out of the events index`,
    ]);
  });
});

describe('buildEventsIndex across versions', () => {
  const version = (id: string, lang: string, photos = 2) => {
    const event = JSON.parse(eventText(id));
    Object.assign(event, { lang, translationKey: 'meeting', photos: event.photos.slice(0, photos) });
    return { name: `${id}.json`, text: JSON.stringify(event) };
  };

  it('tells of two versions in one language, naming the key and both files, as the validator does', () => {
    const { messages, index } = buildEventsIndex([version('a', 'fr'), version('b', 'fr-LU'), version('c', 'de')]);
    expect(messages).toEqual([
      expect.stringMatching(/^events\/b\.json: translationKey: .*"meeting".* fr.*events\/a\.json/),
    ]);
    expect(index.events).toHaveLength(3);
  });

  it('warns of versions that show different numbers of photos', () => {
    const { messages } = buildEventsIndex([version('a', 'fr', 2), version('b', 'de', 2), version('c', 'en', 1)]);
    expect(messages).toEqual([expect.stringMatching(/^events\/c\.json: translationKey: warning: .*1 photo/)]);
  });
});

describe('readEventFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'events-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  writeFileSync(join(dir, 'ok.json'), eventText('ok'));
  writeFileSync(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(eventText('bom'))]));
  writeFileSync(join(dir, 'latin.json'), Buffer.from(eventText('latin'), 'latin1'));
  writeFileSync(join(dir, 'upper.JSON'), eventText('upper'));
  writeFileSync(join(dir, 'index.json'), eventText('index'));
  writeFileSync(join(dir, 'notes.txt'), 'not an event');
  mkdirSync(join(dir, 'folder.json'));
  symlinkSync('nowhere.json', join(dir, 'dangling.json'));
  const { files, messages } = readEventFiles(dir);

  it('reads a file with a byte-order mark as the browser does, without it', () => {
    expect(files.map((file) => file.name)).toEqual(['bom.json', 'ok.json']);
    expect(files[0]?.text).toBe(eventText('bom'));
  });

  it('names each entry it cannot read as an event file, on one line, and reads on', () => {
    expect(messages).toEqual([
      'events/dangling.json: expected a file, found a link to nowhere.json, which does not exist, left out of the events index',
      'events/folder.json: expected an event file, found a folder, left out of the events index',
      'events/index.json: expected another name: no event may be called index, left out of the events index',
      'events/latin.json: expected UTF-8 text, but the file has other bytes (Latin-1?): save it as UTF-8, left out of the events index',
      'events/upper.JSON: expected the extension .json in lower case, left out of the events index',
    ]);
  });
});
