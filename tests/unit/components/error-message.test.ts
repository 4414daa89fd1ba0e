// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ErrorMessage from '../../../src/components/ErrorMessage.vue'

describe('ErrorMessage', () => {
  it('renders the NHS error message: a span with a visually hidden "Error:" before the text', () => {
    const wrapper = mount(ErrorMessage, { props: { id: 'name-error' }, slots: { default: 'Enter a name' } })
    expect(wrapper.html()).toBe('<span id="name-error" class="nhsuk-error-message"><span class="nhsuk-u-visually-hidden">Error:</span> Enter a name</span>')
    expect(wrapper.text()).toBe('Error: Enter a name')
  })

  it('is a paragraph with no id when asked, and passes role and classes through', () => {
    const wrapper = mount(ErrorMessage, { props: { tag: 'p' }, attrs: { role: 'alert', class: 'nhsuk-u-margin-bottom-1' }, slots: { default: 'Could not save' } })
    expect(wrapper.element.tagName).toBe('P')
    expect(wrapper.attributes('id')).toBeUndefined()
    expect(wrapper.attributes('role')).toBe('alert')
    expect(wrapper.classes()).toEqual(['nhsuk-error-message', 'nhsuk-u-margin-bottom-1'])
    expect(wrapper.find('.nhsuk-u-visually-hidden').text()).toBe('Error:')
  })
})
