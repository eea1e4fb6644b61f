/** The shape of one bench run, as run.ts collects it and report.ts writes it. */
import type { HttpResult } from './http/load.ts'
import type { LatencyResult } from './phases/latency-child.ts'
import type { MemoryResult } from './phases/memory-child.ts'

export interface RunSettings {
  quick: boolean
  seed: number
  sizes: number[]
  engines: string[]
  /** Fixed by --passes, else chosen per size (see run.ts). */
  passes?: number
  passBudgetMinutes: number
  warmup?: number
  memoryQueries: number
  http: boolean
  httpSeconds: number
  httpRounds: number
  httpQueries: number
  connections: number
}

export interface SizeResult {
  size: number
  memory: MemoryResult[]
  latency: LatencyResult
  /** engine → the same latency phase with that engine alone in its process (no other engine's heap or garbage) */
  solo?: Record<string, LatencyResult>
  http?: HttpResult
  durationMs: number
}

export interface MachineInfo {
  cpu: string
  cores: number
  totalMemGB: number
  os: string
  node: string
  /** Commit measured, with a note when src/ had uncommitted changes. */
  commit: string
  loadAvgStart: number[]
  loadAvgEnd: number[]
  versions: Record<string, string>
}

export interface RunResult {
  startedAt: string
  totalMs: number
  settings: RunSettings
  machine: MachineInfo
  sizes: SizeResult[]
}
