import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { explainPackagingFailure } from '../../../build/packaging-errors.mjs'

interface BuilderConfig {
  electronFuses: Record<string, boolean>
  win: { target: Array<{ target: string }> }
  nsis: { perMachine: boolean; oneClick: boolean }
  msi: { perMachine: boolean }
  mac: { target: Array<{ target: string }> }
  linux: { target: string[] }
  asar: boolean
}
const config = parse(readFileSync('build/electron-builder.yml', 'utf8')) as BuilderConfig

describe('electron-builder configuration', () => {
  it('sets the security fuses', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })
  it('makes only per-machine Windows installers (NSIS and MSI)', () => {
    expect(config.win.target.map((t) => t.target).sort()).toEqual(['msi', 'nsis'])
    expect(config.nsis.perMachine).toBe(true)
    expect(config.msi.perMachine).toBe(true)
  })
  it('targets dmg on macOS and AppImage and deb on Linux', () => {
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg'])
    expect(config.linux.target.sort()).toEqual(['AppImage', 'deb'])
  })
})

describe('packaging offline', () => {
  it('names the Electron runtime when its download fails', () => {
    const message = explainPackagingFailure('  ⨯ getaddrinfo ENOTFOUND github.com  downloading electron-v45.5.0-win32-x64.zip')
    expect(message).toMatch(/Electron runtime/)
    expect(message).toMatch(/could not reach the internet/)
  })
  it('names the Electron runtime from the step electron-builder was on', () => {
    const output = ['  • packaging       platform=linux arch=x64 electron=45.5.0 appOutDir=release/0.1.0/linux-unpacked', '  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build'].join('\n')
    expect(explainPackagingFailure(output)).toMatch(/the Electron 45\.5\.0 runtime for linux x64 from github\.com/)
  })
  it('names the AppImage tools when building that target fails', () => {
    const output = ['  • building        target=AppImage arch=x64 file=release/x.AppImage', '  ⨯ getaddrinfo EAI_AGAIN github.com'].join('\n')
    expect(explainPackagingFailure(output)).toMatch(/AppImage tools/)
  })
  it('names NSIS when the NSIS download fails', () => {
    expect(explainPackagingFailure('downloading nsis-3.0.4.1.7z ... Error: ECONNREFUSED')).toMatch(/NSIS/)
  })
  it('stays quiet for failures that are not about the network', () => {
    expect(explainPackagingFailure('Error: Cannot find module out/main/index.js')).toBeNull()
  })
})
