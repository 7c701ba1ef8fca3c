import { useCallback, useState } from 'react';
import { Outlet } from 'react-router';
import { HydrateLater } from '../gallery/hydrateLater.tsx';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import type { Alternate } from '../routes/alternates.ts';
import { type PageFrame, PageFrameContext } from '../routes/pageFrame.ts';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';

/**
 * The site's frame around every page but the embed: header, the page, footer. The frame speaks
 * the page's language and offers its other versions: at first the prerendered page's, then as the
 * page's head says.
 */
export function SiteLayout({ lang, alternates = [] }: { lang: string; alternates?: readonly Alternate[] }) {
  const [frame, setFrame] = useState<PageFrame>({ lang, alternates });
  const update = useCallback(
    (next: PageFrame) =>
      setFrame((shown) =>
        shown.lang === next.lang && JSON.stringify(shown.alternates) === JSON.stringify(next.alternates) ? shown : next,
      ),
    [],
  );
  return (
    <PageFrameContext value={update}>
      <I18nProvider lang={frame.lang}>
        <HydrateLater>
          <SiteHeader alternates={frame.alternates} lang={frame.lang} />
        </HydrateLater>
      </I18nProvider>
      <main className="eg-site-main">
        <Outlet />
      </main>
      <I18nProvider lang={frame.lang}>
        <HydrateLater>
          <SiteFooter />
        </HydrateLater>
      </I18nProvider>
    </PageFrameContext>
  );
}
