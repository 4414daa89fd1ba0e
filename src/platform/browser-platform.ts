/** The platform in a plain browser: downloads for saving, a hidden file input for opening. */
import { isAllowedExternalLink } from '../shared/external-links'
import type { FileFilter, PickedFile, PlatformApi } from './platform-api'

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
}

export function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
}

export function createBrowserPlatform(doc: Document, version: string): PlatformApi {
  return {
    kind: 'browser',
    async saveFile(suggestedName, bytes) {
      const extension = suggestedName.split('.').pop()?.toLowerCase() ?? ''
      const blob = new Blob([bytes as BlobPart], { type: MIME_BY_EXTENSION[extension] ?? 'application/octet-stream' })
      const url = URL.createObjectURL(blob)
      const link = doc.createElement('a')
      link.href = url
      link.download = suggestedName
      link.hidden = true
      doc.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      return { saved: true, location: 'your Downloads folder' }
    },
    openFiles(filters, options) {
      return new Promise<PickedFile[]>((resolve, reject) => {
        const input = doc.createElement('input')
        input.type = 'file'
        input.accept = acceptAttribute(filters)
        input.multiple = options?.multiple ?? false
        input.hidden = true
        input.addEventListener('change', () => {
          const files = [...(input.files ?? [])]
          input.remove()
          Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })))
            .then(resolve, reject)
        })
        input.addEventListener('cancel', () => {
          input.remove()
          resolve([])
        })
        doc.body.append(input)
        input.click()
      })
    },
    appVersion: () => Promise.resolve(version),
    async openExternal(url) {
      if (!isAllowedExternalLink(url)) return false
      doc.defaultView?.open(url, '_blank', 'noopener,noreferrer')
      return true
    },
  }
}
