/**
 * Child processes for the phases that need a clean heap (memory), a quiet process (latency)
 * or a separate core (the HTTP server). Each child is started here, tracked by its handle,
 * and ended by that handle only: never by name.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const running = new Set<ChildProcess>()

/** Ends every child this process started (on Ctrl-C or a failure). */
export function stopChildren(): void {
  for (const child of running) child.kill('SIGTERM')
  running.clear()
}

/** Starts a phase script (relative to this folder) with --expose-gc, its output on our stderr. */
export function startChild(script: string, args: readonly string[]): ChildProcess {
  const path = fileURLToPath(new URL(script, import.meta.url))
  const child = fork(path, [...args], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

/** Resolves with the child's first message; rejects if it exits before sending one. */
export function firstMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as T))
    child.once('exit', (code, signal) => reject(new Error(`bench child ${child.pid} ended (${signal ?? code}) without a result`)))
  })
}

/** Runs a phase script to completion and returns what it reported. */
export async function runChild<T>(script: string, args: readonly string[]): Promise<T> {
  const child = startChild(script, args)
  const result = await firstMessage<T>(child)
  await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())))
  return result
}

/** Child side: sends the result to the parent and exits once it is delivered. */
export function reply(result: unknown): void {
  if (!process.send) throw new Error('this script runs as a bench child (npm run bench)')
  process.send(result, () => process.exit(0))
}

const cleanups: (() => Promise<void>)[] = []

/** Child side: work to do before the child ends early, such as removing temp files. */
export function atExit(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup)
}

async function exitAfterCleanup(code: number): Promise<never> {
  for (const cleanup of cleanups.splice(0)) await cleanup().catch((e) => console.error(e))
  process.exit(code)
}

/** Child side: a failure ends the child with a message instead of hanging the run. */
export function failLoudly(): void {
  process.on('unhandledRejection', (e) => {
    console.error(e)
    void exitAfterCleanup(1)
  })
  // If the parent stops us or goes away, so do we: no orphaned servers or temp files.
  process.on('SIGTERM', () => void exitAfterCleanup(0))
  process.on('disconnect', () => void exitAfterCleanup(0))
}

/** Forces full collections so that heap and RSS readings are not noise from earlier garbage. */
export function settle(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with --expose-gc')
  for (let i = 0; i < 4; i++) gc()
}
