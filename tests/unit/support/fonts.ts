/**
 * Font bytes for certificate tests, read from the installed `dejavu-fonts-ttf` package (the app
 * bundles the same files through Vite). Read once per test file.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { CertificateFontAssets } from '../../../src/domain/certificate-pdf'

const fontFolder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')

export function readDejaVuFont(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fontFolder, file)))
}

let cached: Required<Pick<CertificateFontAssets, 'regularFont' | 'boldFont'>> | undefined
/** DejaVu Sans and DejaVu Sans Bold, as the app embeds them. */
export function certificateFonts(): Required<Pick<CertificateFontAssets, 'regularFont' | 'boldFont'>> {
  cached ??= { regularFont: readDejaVuFont('DejaVuSans.ttf'), boldFont: readDejaVuFont('DejaVuSans-Bold.ttf') }
  return cached
}
