/** The security headers of every answer: pages, API, and (on Node) the static assets too. */
import { secureHeaders } from 'hono/secure-headers'

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      // The site's own typeface, served from /assets; no third-party requests.
      fontSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      manifestSrc: ["'self'"],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
    // The API and its OpenAPI document are open to every origin.
    crossOriginResourcePolicy: 'cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], browsingTopics: [] },
  })
