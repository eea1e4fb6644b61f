/**
 * A fake of the GitHub REST API's "create an issue" on 127.0.0.1: records every request and
 * answers as told — created (201 with the address), down (503), unauthorized (401), or
 * never (to test the timeout).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: { title?: string; body?: string; labels?: string[] }
}

export type FakeMode = 'created' | 'down' | 'unauthorized' | 'hang'

export interface FakeGitHub {
  url: string
  requests: RecordedRequest[]
  mode: FakeMode
  close(): Promise<void>
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const hanging: ServerResponse[] = []
  const fake: FakeGitHub = { url: '', requests: [], mode: 'created', close: async () => undefined }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      fake.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: text ? (JSON.parse(text) as RecordedRequest['body']) : {} })
      const json = (status: number, value: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value))
      if (fake.mode === 'hang') return void hanging.push(res)
      if (fake.mode === 'down') return json(503, { message: 'Service unavailable' })
      if (fake.mode === 'unauthorized') return json(401, { message: 'Bad credentials' })
      const match = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(req.url ?? '')
      if (req.method !== 'POST' || !match) return json(404, { message: 'Not Found' })
      const number = fake.requests.length + 41
      json(201, { number, html_url: `https://github.com/${match[1]}/${match[2]}/issues/${number}`, title: fake.requests.at(-1)!.body.title })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return fake
}
