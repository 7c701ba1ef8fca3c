import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { I18nProvider } from './i18n/I18nProvider';
import { AppRoutes } from './routes/AppRoutes';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The site's own language (from index.html) speaks until an event names its own.
const siteLanguage = document.documentElement.lang;

createRoot(root).render(
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
      <I18nProvider lang={siteLanguage}>
        <div className="eg-root eg-page">
          <AppRoutes />
        </div>
      </I18nProvider>
    </BrowserRouter>
  </StrictMode>,
);
