import type { ComponentChildren } from 'preact'
import { languageOf, otherLanguages } from '../../i18n/languages.ts'
import { alternatePath, pathsOf } from '../../paths.ts'
import type { ViewContext } from '../context.ts'
import { openMessages } from '../open-messages.ts'
import { HeadMeta } from './head-meta.tsx'
import { reportMailto } from './report-links.tsx'

interface LayoutProps {
  ctx: ViewContext
  title: string
  description?: string
  children: ComponentChildren
  /** The home page has its own large search form; other pages show one in the header. */
  headerSearch?: boolean
  /** Island bundles this page loads (names of web/entries/*.tsx); the search island is on every page. */
  scripts?: string[]
}

export function Layout({ ctx, title, description, children, headerSearch = true, scripts = ['search'] }: LayoutProps) {
  const { t, lang } = ctx
  const p = pathsOf(lang)
  const others = otherLanguages(lang).map((language) => ({ language, href: alternatePath(ctx.pathname, ctx.search, language.code) }))
  const navItems = (['rule', 'workaround', 'case', 'scan', 'map', 'contribute', 'about'] as const).map((key) => ({ key, href: p[key] }))
  const current = (href: string) => ctx.pathname === href || (href !== p.home && ctx.pathname.startsWith(`${href}/`))
  return (
    <html lang={languageOf(lang).htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === t.siteName ? `${t.siteName} — ${t.tagline}` : `${title} — ${t.siteName}`}</title>
        <link rel="stylesheet" href={ctx.assets.css} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <HeadMeta ctx={ctx} title={title} description={description} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.skipLink}
        </a>
        <header class="site-header">
          <div class="container site-header__bar">
            <a class="brand" href={p.home}>
              <span class="brand__name">{t.siteName}</span>
              <span class="brand__tagline">{t.tagline}</span>
            </a>
            <span class="lang-switches">
              {others.map(({ language, href }) => (
                <a class="lang-switch" href={href} hrefLang={language.htmlLang} lang={language.htmlLang}>
                  <span aria-hidden="true">{language.code.toUpperCase()} · </span>
                  {language.name}
                </a>
              ))}
            </span>
          </div>
          <div class="container site-header__nav">
            <nav aria-label={t.mainNav}>
              <ul class="nav-list">
                {navItems.map((item) => (
                  <li>
                    <a href={item.href} aria-current={current(item.href) ? 'page' : undefined}>
                      {t.nav[item.key]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {headerSearch && (
              <form class="header-search" role="search" method="get" action={p.search}>
                <label for="header-q" class="visually-hidden">
                  {t.searchLabel}
                </label>
                <input id="header-q" name="q" type="search" autocomplete="off" placeholder={t.searchShortLabel} />
                <button type="submit">{t.searchButton}</button>
              </form>
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1} class="container">
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>{t.footerAbout}</p>
            <p>
              {t.footerPublisher(ctx.config.publisher)} {t.footerContact}:{' '}
              <a href={`mailto:${ctx.config.editorialEmail}`}>{ctx.config.editorialEmail}</a>
            </p>
            <p>{t.notLegalAdvice}</p>
            <ul class="footer-links">
              <li>
                <a href={p.about}>{t.footerLinks.about}</a>
              </li>
              <li>
                <a href={ctx.config.editorialPolicyUrl}>{t.footerPolicy}</a>
              </li>
              <li>
                <a href={reportMailto(ctx, title)}>{t.reportByEmail}</a>
              </li>
              <li>
                <a href={p.accessibility}>{t.footerLinks.accessibility}</a>
              </li>
              <li>
                <a href="/api/v1/openapi.json">{t.footerLinks.api}</a>
              </li>
              <li>
                <a href={p.data}>{openMessages(lang).dataTitle}</a>
              </li>
              <li>
                <a href={p.follow}>{openMessages(lang).followLink}</a>
              </li>
              <li>
                <a href={ctx.config.repositoryUrl}>{t.footerLinks.source}</a>
              </li>
            </ul>
            <p class="footer-licence">{t.footerLicence}</p>
          </div>
        </footer>
        {scripts.map((name) => ctx.assets.scripts[name] && <script type="module" src={ctx.assets.scripts[name]}></script>)}
      </body>
    </html>
  )
}
