import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
p.on('pageerror', (e) => console.log('PAGEERROR', e.message, '| cause:', e.cause?.message ?? String(e.stack).slice(0, 600)));
p.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 400)));
await p.addInitScript(() => { window.addEventListener('error', (e) => console.log('ERR', e.error?.cause?.message, e.error?.cause?.stack?.slice(0,500))); });
await p.goto('http://localhost:4700' + (process.argv[2] ?? '/embed-demo.html'));
await p.waitForTimeout(3000);
await b.close();
