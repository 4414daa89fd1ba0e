/**
 * Upgrade harness: for every schema version after the first, open a database at the previous
 * version, fill it with that version's fixture, close it, reopen with the current code and check
 * the data. Add a fixture and an expectation here with every new db.version(n).
 */
import { describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../src/db/versions'
import { freshFactory, testDatabase } from './test-db'

/** Data as each version stored it. Keep every entry forever. */
const FIXTURES: Record<number, (db: ReturnType<typeof testDatabase>) => Promise<void>> = {
  1: async (db) => {
    await db.learners.add({ id: 'l1', name: 'Version One', role: 'admin', practice: 'Synthetic Surgery', archived: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' })
    await db.settings.put({ key: 'passMarkPercent', value: 90 })
  },
}

describe('database schema versions', () => {
  it('are numbered 1, 2, 3… with no gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1))
  })

  it('each have an upgrade fixture', () => {
    for (const v of SCHEMA_VERSIONS) expect(FIXTURES[v.version], `fixture for version ${v.version}`).toBeDefined()
  })

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('data written at version %i is still there at the latest version', async (version) => {
    const factory = freshFactory()
    const old = testDatabase(factory, version)
    await old.open()
    await FIXTURES[version]?.(old)
    old.close()

    const current = testDatabase(factory)
    await current.open()
    expect(current.verno).toBe(LATEST_SCHEMA_VERSION)
    expect(await current.learners.get('l1')).toMatchObject({ name: 'Version One' })
    expect(await current.settings.get('passMarkPercent')).toEqual({ key: 'passMarkPercent', value: 90 })
    current.close()
  })

  it('has every table the app needs', async () => {
    const db = testDatabase()
    await db.open()
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['answers', 'attempts', 'auditLog', 'certificates', 'learners', 'moduleProgress', 'reviewItems', 'settings'].sort(),
    )
  })
})
