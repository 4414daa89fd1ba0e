import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ app: {}, dialog: {}, Menu: {} }))
const { aboutText } = await import('../../../../electron/main/menu')

describe('aboutText', () => {
  it('names the app version, the area and the pack taught', () => {
    expect(aboutText('1.2.3')).toBe(
      [
        'e-RS Trainer 1.2.3',
        'Offline training in the NHS e-Referral Service for GP practices in South East London.',
        'Teaches the e-RS Information Pack v4.1 (October 2025).',
        'Progress is stored only on this computer.',
      ].join('\n'),
    )
  })
})
