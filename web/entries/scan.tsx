/** Island bundle of the Regelscan's question and check pages: the flow without page loads. */
import { mountScanFlow } from '../islands/scan-flow.tsx'
import type { ScanIslandData } from '../../src/views/pages/scan-flow.tsx'

const root = document.querySelector<HTMLElement>('[data-scan-island]')
const data = document.getElementById('scan-data')
if (root && data?.textContent) mountScanFlow(root, JSON.parse(data.textContent) as ScanIslandData)
