/** Version of the API (semver), sent as the API-Version header and in the OpenAPI document. */
export const API_VERSION = '1.0.0'
