/**
 * The app's outside world (storage and platform), set once at start-up. Stores read it; tests set
 * their own (fake-indexeddb repositories, a fake platform).
 */
import type { Repositories } from '../db'
import type { PlatformApi } from '../platform'

export interface Services {
  repos: Repositories
  platform: PlatformApi
}

let current: Services | null = null

export function setServices(services: Services): void {
  current = services
}

export function services(): Services {
  if (!current) throw new Error('Services used before start-up finished')
  return current
}
