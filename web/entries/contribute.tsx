/** Island bundle of /bijdragen: the contribution form, checked in the browser with the server's own validator. */
import { mountContribute } from '../islands/contribute-form.tsx'
import type { ContributeProps } from '../../src/views/contribute/props.ts'

const root = document.querySelector<HTMLElement>('[data-island="contribute"]')
const data = document.getElementById('contribute-props')
if (root && data?.textContent) mountContribute(root, JSON.parse(data.textContent) as ContributeProps)
