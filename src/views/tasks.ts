/** The task-based entries on the home page: what people run into, as a filtered view. */
import type { Filters } from '../search/engine.ts'

export interface Task {
  nl: string
  en: string
  filters: Filters
}

export const tasks: Task[] = [
  { nl: 'Wij willen grond of een gebouw van de gemeente gebruiken', en: 'We want to use land or a building owned by the municipality', filters: { instrument: ['property'] } },
  { nl: 'Wij willen een taak van de gemeente overnemen', en: 'We want to take over a task from the municipality', filters: { instrument: ['procurement'] } },
  { nl: 'Wij krijgen subsidie, maar …', en: 'We receive a subsidy, but …', filters: { instrument: ['subsidy'] } },
  { nl: 'Wij willen samen energie opwekken of delen', en: 'We want to generate or share energy together', filters: { domain: ['energy'] } },
  { nl: 'Wij meten en delen data', en: 'We measure and share data', filters: { domain: ['data'] } },
  { nl: 'Wij willen samen wonen', en: 'We want to live together', filters: { domain: ['housing'] } },
]
