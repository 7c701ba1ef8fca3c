// react-image-gallery with its defaults and stylesheet, rendered in the browser.
import { createRoot } from 'react-dom/client';
import ImageGallery from 'react-image-gallery';
import 'react-image-gallery/styles/image-gallery.css';
import { readContent } from './data.ts';

const content = readContent();
const items = content.photos.map((photo) => ({
  original: photo.src,
  srcSet: photo.srcSet,
  sizes: photo.sizes,
  // The smallest entry: a file the main photo may already have fetched.
  thumbnail: photo.entries[0]?.src ?? photo.src,
  originalAlt: photo.alt,
  thumbnailAlt: photo.alt,
  description: photo.caption,
}));

function Page() {
  return (
    <main>
      <h1>{content.title}</h1>
      <ImageGallery items={items} />
      {content.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Page />);
