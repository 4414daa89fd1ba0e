import { describe, expect, it } from 'vitest'
import { LearnersRepository } from '../../../src/db/repositories/learners-repository'
import { testDatabase } from './test-db'

function repo() {
  let n = 0
  return new LearnersRepository(testDatabase(), () => new Date('2026-03-02T09:00:00Z'), () => `learner-${++n}`)
}

describe('LearnersRepository', () => {
  it('creates a learner with trimmed fields, active, timestamped', async () => {
    const learners = repo()
    const created = await learners.create({ name: '  Łucja Nowak ', role: 'admin', practice: ' Synthetic Surgery ', staffId: '  ' })
    expect(created).toEqual({
      id: 'learner-1',
      name: 'Łucja Nowak',
      role: 'admin',
      practice: 'Synthetic Surgery',
      archived: false,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    })
    expect(await learners.get('learner-1')).toEqual(created)
  })

  it('lists active learners by name and hides archived ones unless asked', async () => {
    const learners = repo()
    await learners.create({ name: 'Zara', role: 'locum', practice: 'A' })
    const amir = await learners.create({ name: 'Amir', role: 'clinician', practice: 'A' })
    await learners.create({ name: 'Mo', role: 'admin', practice: 'A' })
    await learners.update(amir.id, { archived: true })
    expect((await learners.list()).map((l) => l.name)).toEqual(['Mo', 'Zara'])
    expect((await learners.list({ includeArchived: true })).map((l) => l.name)).toEqual(['Amir', 'Mo', 'Zara'])
  })

  it('renames a learner and refuses to update one that does not exist', async () => {
    const learners = repo()
    const l = await learners.create({ name: 'Sam', role: 'admin', practice: 'A' })
    await learners.update(l.id, { name: 'Samira' })
    expect((await learners.get(l.id))?.name).toBe('Samira')
    await expect(learners.update('nobody', { name: 'X' })).rejects.toThrow(/No learner/)
  })
})
