/** The training content, loaded (and type-checked) the first time a screen needs it. */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { ContentBundle } from '../content/validate'

export const useContentStore = defineStore('content', () => {
  const bundle = shallowRef<ContentBundle | null>(null)
  const loadError = shallowRef<string | null>(null)
  let loading: Promise<ContentBundle | null> | null = null

  function ensureLoaded(): Promise<ContentBundle | null> {
    loading ??= import('../content/app-content')
      .then(({ loadAppContent }) => {
        bundle.value = loadAppContent()
        return bundle.value
      })
      .catch((error: unknown) => {
        loadError.value = error instanceof Error ? error.message : String(error)
        return null
      })
    return loading
  }

  return { bundle, loadError, ensureLoaded }
})
