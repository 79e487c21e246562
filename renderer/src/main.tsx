import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './base.css';
import './controls.css';
import './timeline.css';
import './screens.css';
import './entry.css';
import './when.css';

// A file dropped anywhere but a drop zone must not make the page navigate to it (the browser would
// leave the app and show the file).
for (const name of ['dragover', 'drop'] as const) {
  window.addEventListener(name, (event) => event.preventDefault());
}

const container = document.getElementById('root');
if (container !== null) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
