import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateForDisplay, validateForDisplayInSlices } from '../../src/event/forDisplay';

const HOSTILE = resolve('tests/fixtures/hostile');
const demo = JSON.parse(readFileSync(resolve('public/events/otan-bucarest-2022.json'), 'utf8'));

/** A large event whose photos 150, 201 and 333 are broken, across the slices' borders. */
function largeEvent() {
  const photos = Array.from({ length: 350 }, (_, index) => ({ ...demo.photos[index % demo.photos.length] }));
  photos[149] = { ...photos[149], width: -1 };
  photos[200] = { ...photos[200], src: 'javascript:alert(1)' };
  photos[332] = 'not a photo';
  return { ...demo, photos };
}

describe('validateForDisplayInSlices', () => {
  it('finds in a large event what validateForDisplay finds: the same photos kept, numbered and dropped', async () => {
    const event = largeEvent();
    const sliced = await validateForDisplayInSlices(event);
    expect(sliced).toEqual(validateForDisplay(event));
    expect(sliced.ok && sliced.dropped.map((photo) => photo.number)).toEqual([150, 201, 333]);
    expect(sliced.ok && sliced.event.photos).toHaveLength(347);
  });

  it.each(readdirSync(HOSTILE).filter((name) => name.endsWith('.json')))(
    'judges %s as validateForDisplay does',
    async (name) => {
      const data = JSON.parse(readFileSync(join(HOSTILE, name), 'utf8'));
      expect(await validateForDisplayInSlices(data)).toEqual(validateForDisplay(data));
    },
  );
});
