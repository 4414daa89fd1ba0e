import { describe, expect, it } from 'vitest'
import { isAllowedExternalLink } from '../../../src/shared/external-links'

describe('external link allow-list', () => {
  it.each(['https://ers.nhs.uk/main', 'https://nhssel.haloitsm.com/portal/'])('allows %s', (url) => {
    expect(isAllowedExternalLink(url)).toBe(true)
  })
  it.each([
    'http://ers.nhs.uk/main',
    'https://ers.nhs.uk.evil.example/',
    'https://user:pw@ers.nhs.uk/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://example.com/?https://ers.nhs.uk/',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalLink(url)).toBe(false)
  })
})
