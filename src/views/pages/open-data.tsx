/** /open-data, /en/open-data: the downloads with their format, size and licence, the catalogue and the API. */
import { languageOf, pick, type Lang } from '../../i18n/languages.ts'
import type { DownloadManifest } from '../../data/manifest.ts'
import { CATALOG_PATH } from '../../data/manifest.ts'
import { pathsOf } from '../../paths.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { openMessages } from '../open-messages.ts'

export function formatBytes(bytes: number, lang: Lang): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [Math.max(bytes / 1024, 0.1), 'kB']
  return `${value.toLocaleString(languageOf(lang).locale, { maximumFractionDigits: 1 })} ${unit}`
}

export function OpenDataPage({ ctx, downloads }: { ctx: ViewContext; downloads: DownloadManifest | undefined }) {
  const { t, lang } = ctx
  const m = openMessages(lang)
  return (
    <Layout ctx={ctx} title={m.dataTitle} description={m.dataIntro}>
      <Breadcrumbs ctx={ctx} items={[{ href: pathsOf(lang).home, label: t.home }]} />
      <article class="entry entry--page">
        <h1>{m.dataTitle}</h1>
        <p>{m.dataIntro}</p>
        <section aria-labelledby="downloads-heading">
          <h2 id="downloads-heading">{m.dataFiles}</h2>
          {downloads ? (
            <>
              <div class="table-scroll">
                <table class="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{m.dataFile}</th>
                      <th scope="col">{m.dataFormat}</th>
                      <th scope="col">{m.dataSize}</th>
                      <th scope="col">{m.dataWhat}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {downloads.files.map((file) => (
                      <tr>
                        <th scope="row">
                          <a href={file.path} download>
                            {pick(file.title, lang)}
                          </a>
                        </th>
                        <td>{file.format}</td>
                        <td>{formatBytes(file.bytes, lang)}</td>
                        <td>{pick(file.description, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p>{m.dataBuilt(downloads.builtAt.slice(0, 10))}</p>
            </>
          ) : (
            <p>{m.dataMissing}</p>
          )}
        </section>
        <section aria-labelledby="licence-heading">
          <h2 id="licence-heading">{m.dataLicenceHeading}</h2>
          <p>
            {m.dataLicence} <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.nl">CC BY-SA 4.0</a> ·{' '}
            <a href="https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12">EUPL-1.2</a>
          </p>
        </section>
        <section aria-labelledby="codebook-heading">
          <h2 id="codebook-heading">{m.dataCodebookHeading}</h2>
          <p>{m.dataCodebook}</p>
        </section>
        <section aria-labelledby="catalog-heading">
          <h2 id="catalog-heading">{m.dataCatalogHeading}</h2>
          <p>
            {m.dataCatalog} <a href={CATALOG_PATH}>{CATALOG_PATH}</a>
          </p>
        </section>
        <section aria-labelledby="api-heading">
          <h2 id="api-heading">{m.dataApiHeading}</h2>
          <p>
            {m.dataApi} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
          </p>
          <p>
            {m.dataFollow} <a href={pathsOf(lang).follow}>{m.followTitle}</a>.
          </p>
        </section>
      </article>
    </Layout>
  )
}
