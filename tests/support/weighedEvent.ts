import { eventText } from './fakeServer';

/** The demo with photo 3 as `npm run images` leaves a 2400 px original: a 1600 px JPEG, both weighed. */
export function weighed(
  change: (event: Record<string, never> & { photos: Record<string, unknown>[] }) => void = () => {},
) {
  const event = JSON.parse(eventText('otan-bucarest-2022'));
  Object.assign(event.photos[2], {
    width: 2400,
    height: 1600,
    bytes: 2_400_000,
    srcSet: [
      { src: 'otan-bucarest-2022/sizes/03-960.jpg', width: 960, height: 640, type: 'image/jpeg', bytes: 120_000 },
      { src: 'otan-bucarest-2022/sizes/03-1600.jpg', width: 1600, height: 1067, type: 'image/jpeg', bytes: 310_000 },
    ],
  });
  change(event);
  return event;
}
