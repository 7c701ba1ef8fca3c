import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../scripts/build/site-config.ts';
import { contrastProblems, contrastRatio } from '../../src/site/contrast.ts';
import { validateSiteConfig } from '../../src/site/schema.ts';

// biome-ignore lint/suspicious/noExplicitAny: each case reaches into the JSON where it likes
type Config = Record<string, any>;

const demo = JSON.parse(readFileSync('site.config.json', 'utf8'));

function changed(change: (config: Config) => void): unknown {
  const config = structuredClone(demo);
  change(config);
  return config;
}

function problems(change: (config: Config) => void) {
  const result = validateSiteConfig(changed(change));
  return result.ok ? [] : result.problems;
}

describe('the site configuration', () => {
  it('accepts the demo configuration and fills in the defaults', () => {
    const result = validateSiteConfig(changed((c) => delete c.demo));
    expect(result.ok && result.site.demo).toBe(false);
  });

  it.each<[string, (c: Config) => void, string, string]>([
    ['a default language that is no tag', (c) => (c.defaultLanguage = 'français'), 'defaultLanguage', 'BCP 47'],
    ['no languages', (c) => (c.languages = []), 'languages', 'one language at least'],
    ['a default language not listed', (c) => (c.languages = ['de']), 'languages', 'default language fr'],
    ['a name as text', (c) => (c.name = 'Galeries'), 'name', 'per language'],
    ['no name in the default language', (c) => delete c.name.fr, 'name.fr', 'default language'],
    ['an empty name', (c) => (c.name.de = ' '), 'name.de', 'non-empty'],
    ['no publisher', (c) => delete c.publisher, 'publisher', 'required, but missing'],
    ['a publisher URL on http:', (c) => (c.publisher.url = 'http://ministry.example/'), 'publisher.url', 'https:'],
    [
      'a logo without size',
      (c) => (c.publisher.logo = { src: 'logo.svg', width: 40 }),
      'publisher.logo.height',
      'required',
    ],
    [
      'a logo with a script address',
      (c) => (c.publisher.logo = { src: 'javascript:x', width: 1, height: 1 }),
      'publisher.logo.src',
      'https:',
    ],
    ['a home link that is no URL', (c) => (c.home.de = 'ministry'), 'home.de', 'https:'],
    ['a site URL with a path', (c) => (c.siteUrl = 'https://a.example/galleries'), 'siteUrl', 'without path'],
    ['a base path without slashes', (c) => (c.basePath = 'galleries'), 'basePath', '/galleries/'],
    ['a licence without URL', (c) => delete c.licence.url, 'licence.url', 'required'],
    ['usage terms as a number', (c) => (c.usageTerms.en = 3), 'usageTerms.en', 'as text'],
    ['a colour by name', (c) => (c.theme.accent = 'blue'), 'theme.accent', '#rrggbb'],
    ['no text colour', (c) => delete c.theme.text, 'theme.text', 'required'],
    ['a footer link on ftp:', (c) => (c.footer.fr.privacy = 'ftp://x.example/'), 'footer.fr.privacy', 'https:'],
    ['a contact without address', (c) => (c.footer.de.contact = 'mailto:'), 'footer.de.contact', 'mailto:'],
    ['an unknown status', (c) => (c.accessibility.status = 'ok'), 'accessibility.status', 'full, partial or none'],
    [
      'an impossible date',
      (c) => (c.accessibility.lastChecked = '2026-02-30'),
      'accessibility.lastChecked',
      'real date',
    ],
    ['issues as text', (c) => (c.accessibility.issues.fr = 'none'), 'accessibility.issues.fr', 'list'],
    ['demo as text', (c) => (c.demo = 'yes'), 'demo', 'true or false'],
  ])('%s: one problem, at its path', (_, change, path, expected) => {
    const found = problems(change);
    expect(found.map((problem) => problem.path)).toEqual([path]);
    expect(found[0]?.message).toContain(expected);
  });
});

describe('the contrast check', () => {
  it('measures known pairs as WCAG does', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#000', '#fff')).toBe(21);
  });

  it('passes #767676 on white and names both colours and the ratio of a pair that fails', () => {
    expect(contrastProblems({ accent: '#00548f', text: '#767676', background: '#ffffff' })).toEqual([]);
    expect(contrastProblems({ accent: '#777777', text: '#1b1b1b', background: '#ffffff' })).toEqual([
      {
        path: 'theme.accent',
        message: 'expected a contrast of at least 4.5:1 for links and focus rings: #777777 on #ffffff is 4.47:1',
      },
    ]);
  });
});

describe('loadSiteConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
  const write = (config: unknown) => {
    const file = join(dir, 'site.config.json');
    writeFileSync(file, JSON.stringify(config));
    return file;
  };

  it('lets SITE_URL and BASE_PATH override the file', () => {
    const file = write(demo);
    expect(loadSiteConfig(file, {})).toMatchObject({ siteUrl: '', basePath: '/' });
    expect(loadSiteConfig(file, { SITE_URL: 'https://g.example/', BASE_PATH: 'galleries' })).toMatchObject({
      siteUrl: 'https://g.example',
      basePath: '/galleries/',
    });
  });

  it('lets SITE_LANG choose the default language, held to the same checks', () => {
    const file = write(demo);
    expect(loadSiteConfig(file, { SITE_LANG: 'de' })).toMatchObject({ defaultLanguage: 'de' });
    expect(() => loadSiteConfig(file, { SITE_LANG: 'deutsch!' })).toThrow(
      `${file} with SITE_LANG=deutsch!: defaultLanguage: expected a BCP 47 language tag such as fr`,
    );
  });

  it('says one line per problem, naming the file, the field and what was expected', () => {
    const file = write(changed((c) => Object.assign(c.theme, { text: '#999', background: 'white' })));
    expect(() => loadSiteConfig(file, {})).toThrow(`${file}: theme.background: expected a colour as #rgb or #rrggbb`);
    const pale = write(changed((c) => (c.theme.text = '#999999')));
    expect(() => loadSiteConfig(pale, {})).toThrow(
      `${pale}: theme.text: expected a contrast of at least 4.5:1 for text: #999999 on #ffffff is 2.84:1`,
    );
  });

  it('says when the file is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "name": ');
    expect(() => loadSiteConfig(file, {})).toThrow(
      `${file}: expected JSON: Unexpected end of JSON input at line 1, column 11`,
    );
  });

  it('stops the dev server and the build with the problems alone, no stack trace', () => {
    const file = join(dir, 'pale.json');
    const config = JSON.parse(readFileSync('site.config.json', 'utf8'));
    writeFileSync(file, JSON.stringify({ ...config, theme: { ...config.theme, accent: 'navy' } }));
    // Loading vite.config.ts is what `npm start` and every build step do first.
    const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', join(dir, 'out')], {
      env: { ...process.env, SITE_CONFIG: file },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${file}: theme.accent: expected a colour as #rgb or #rrggbb`);
  });
});

describe('public/site.schema.json, for editors', () => {
  it('accepts the demo configuration and refuses a colour by name', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ allErrors: true }).compile(
      JSON.parse(readFileSync('public/site.schema.json', 'utf8')),
    );
    expect(validate(demo), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(changed((c) => (c.theme.text = 'black')))).toBe(false);
  });
});
