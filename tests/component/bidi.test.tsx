import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EventHeader } from '../../src/article/EventHeader';
import { Carousel } from '../../src/gallery/Carousel';
import { LightboxCaption } from '../../src/gallery/LightboxCaption';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { event, photos, RLO, unisolated } from '../support/bidiEvent';

const inFrench = (children: React.ReactNode) => <I18nProvider lang="fr">{children}</I18nProvider>;

describe('every piece of event text in a line is isolated', () => {
  it('in the carousel’s caption and credit', () => {
    const { container } = render(
      inFrench(
        <Carousel title="Réunion" lang="fr" photos={photos} index={0} onIndexChange={() => {}} onOpen={() => {}} />,
      ),
    );
    const caption = container.querySelector('figcaption');
    expect(caption?.textContent).toContain('(de g. à dr.) Jean Asselborn');
    expect(unisolated(caption as Element)).toEqual([]);
    const credit = within(container).getByText(`©MAEE${RLO}`);
    expect(credit.closest('bdi')).not.toBeNull();
  });

  it('in the lightbox’s caption line: number, credit, marker, people and caption', () => {
    const first = photos[0];
    if (!first) throw new Error('no photo');
    const { getByRole } = render(inFrench(<LightboxCaption photo={first} lang="fr" />));
    const line = getByRole('region', { name: 'Légende de la photo 1' });
    expect(line.textContent).toContain(`©MAEE${RLO} (de g. à dr.) Jean Asselborn`);
    expect(unisolated(line)).toEqual([]);
  });

  it('in the event’s date and place', () => {
    const { container } = render(<EventHeader event={event} />);
    const line = container.querySelector('.eg-header__meta');
    expect(line?.textContent).toContain(`Bucarest${RLO}`);
    // The date is the interface's own text; the place is the event's.
    expect(unisolated(line as Element).filter((text) => text.includes('Bucarest'))).toEqual([]);
  });
});
