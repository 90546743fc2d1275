// The renderer's entry: boot, then render the app; a failure to open the library is shown, not swallowed.
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './boot';
import { App } from './ui/app/App';
import { ServicesProvider } from './ui/app/services';
import './ui/styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);

boot().then(
  (services) =>
    root.render(
      <StrictMode>
        <ServicesProvider services={services}>
          <App />
        </ServicesProvider>
      </StrictMode>,
    ),
  (error: unknown) => {
    // i18n may not be up yet, so this one message is in both languages.
    const detail = error instanceof Error ? error.message : String(error);
    root.render(
      <div role="alert" className="fatal-error">
        <h1>无法打开文库 · The library could not be opened</h1>
        <p>{detail}</p>
      </div>,
    );
  },
);
