import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/csp'

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name = '', ...values] = d.trim().split(/\s+/)
    return [name, values]
  }),
)

describe('content security policy', () => {
  it('allows only our own origin by default', () => {
    expect(directives.get('default-src')).toEqual(["'self'"])
  })
  it('allows no inline or evaluated script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/)
  })
  it('names no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/)
  })
  it('blocks plugins, framing and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
  })
})
