/**
 * The passport repository, loaded on first use. Passports are read and written rarely, and their
 * module brings the passport and certificate schemas (and zod) with it: loading it at start-up cost
 * tens of milliseconds before the Home screen could show. Every method is async anyway, so callers
 * see no difference.
 */
import type { TrainerDatabase } from './database'
import type { PassportRepository } from './repositories/passport-repository'

export type PassportStore = Pick<PassportRepository, 'exportLearner' | 'exportPassport' | 'importPassport' | 'importText'>

export class DeferredPassportRepository implements PassportStore {
  private loading: Promise<PassportRepository> | null = null

  constructor(private readonly db: TrainerDatabase) {}

  private repository(): Promise<PassportRepository> {
    this.loading ??= import('./repositories/passport-repository').then(
      (module) => new module.PassportRepository(this.db),
      (error: unknown) => {
        // A failed chunk load (disk trouble, an update mid-session) must not stick: try again next time.
        this.loading = null
        throw error
      },
    )
    return this.loading
  }

  async exportLearner(...args: Parameters<PassportStore['exportLearner']>): ReturnType<PassportStore['exportLearner']> {
    return (await this.repository()).exportLearner(...args)
  }

  async exportPassport(...args: Parameters<PassportStore['exportPassport']>): ReturnType<PassportStore['exportPassport']> {
    return (await this.repository()).exportPassport(...args)
  }

  async importPassport(...args: Parameters<PassportStore['importPassport']>): ReturnType<PassportStore['importPassport']> {
    return (await this.repository()).importPassport(...args)
  }

  async importText(...args: Parameters<PassportStore['importText']>): ReturnType<PassportStore['importText']> {
    return (await this.repository()).importText(...args)
  }
}
