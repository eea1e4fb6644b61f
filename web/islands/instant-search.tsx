/** Placeholder replaced by the instant-search island. */
export function mountInstantSearch(element: HTMLElement): void {
  element.dataset.hydrated = 'true'
}
