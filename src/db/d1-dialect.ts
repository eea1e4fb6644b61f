/**
 * A Kysely dialect for Cloudflare D1: SQLite's query compiler over D1's prepared statements.
 * Hand-written because kysely-d1 targets Kysely 0.23 and warns on every write. D1 has no
 * interactive transactions, so this dialect refuses them; the app only reads, and the build
 * writes through a seed file, not through Kysely.
 */
import { SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely'
import type { CompiledQuery, DatabaseConnection, DatabaseIntrospector, Dialect, Driver, Kysely, QueryResult } from 'kysely'

/** The part of D1's `D1Database` this dialect uses; typed structurally so Node code can import it too. */
export interface D1DatabasePort {
  prepare(query: string): {
    bind(...values: unknown[]): {
      all<T = Record<string, unknown>>(): Promise<{ results: T[]; meta: { changes?: number; last_row_id?: number } }>
    }
  }
}

class D1Connection implements DatabaseConnection {
  constructor(private readonly db: D1DatabasePort) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { results, meta } = await this.db.prepare(query.sql).bind(...query.parameters).all<R>()
    const changes = meta.changes ?? 0
    return {
      rows: results ?? [],
      numAffectedRows: changes > 0 ? BigInt(changes) : undefined,
      insertId: meta.last_row_id != null ? BigInt(meta.last_row_id) : undefined,
    }
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('D1 does not support streaming queries')
  }
}

class D1Driver implements Driver {
  constructor(private readonly db: D1DatabasePort) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new D1Connection(this.db)
  }
  async beginTransaction(): Promise<void> {
    throw new Error('D1 has no interactive transactions; write with D1 batch() or a seed file')
  }
  async commitTransaction(): Promise<void> {
    throw new Error('D1 has no interactive transactions')
  }
  async rollbackTransaction(): Promise<void> {
    throw new Error('D1 has no interactive transactions')
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** `new Kysely<Database>({ dialect: new D1Dialect({ database: env.DB }) })` */
export class D1Dialect implements Dialect {
  constructor(private readonly config: { database: D1DatabasePort }) {}
  createAdapter() {
    return new SqliteAdapter()
  }
  createDriver(): Driver {
    return new D1Driver(this.config.database)
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler()
  }
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db)
  }
}
