// Part of `npm run lint`: no component of the app puts two pieces of text side by side (see
// splitText). Exits non-zero naming each place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitText } from './jsx-text.ts';

const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tsx'));
const found = files.flatMap((file) => {
  const path = join('src', file);
  return splitText(readFileSync(path, 'utf8'), path).map((line) => `${path}:${line}`);
});
for (const place of found)
  console.error(`${place}: two pieces of text side by side; write them as one template string`);
if (found.length > 0) process.exit(1);
