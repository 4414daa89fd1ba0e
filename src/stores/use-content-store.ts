/** The training content, loaded (and type-checked) the first time a screen needs it. */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { packCitation, packIdentity, packLabel } from '../content/pack-identity'
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

  // The pack's identity is known without loading the content (see pack-identity.ts).
  return { bundle, loadError, ensureLoaded, pack: packIdentity, packLabel: packLabel(packIdentity), packCitation: packCitation(packIdentity) }
})
