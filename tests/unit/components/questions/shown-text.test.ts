// @vitest-environment happy-dom
/**
 * The app shows exactly what the author wrote: every question of the shipped content is rendered
 * through the real player, and each option, action, step, match and scenario choice on screen is
 * compared with what its YAML file says, read from the source nodes rather than through the
 * schemas. Anything written inside an item that is not one of its keys (what a comma inside a
 * `{ … }` item turns text into) counts as written text, so text cut short on screen fails here.
 */
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type YAMLMap } from 'yaml'
import { readContentFiles } from '../../../../build/content-files'
import ScenarioPlayer from '../../../../src/components/questions/ScenarioPlayer.vue'
import { validateContent } from '../../../../src/content/validate'
import { mountPlayer } from './fixtures'

enableAutoUnmount(afterEach)

const bundle = validateContent(readContentFiles(resolve('content')).files).bundle
const moduleIds = (bundle?.modules ?? []).map((m) => m.id)
const document = (path: string): Document => parseDocument(readFileSync(resolve('content', path), 'utf8'))

interface WrittenItem {
  id: string
  /** Each visible key's text, as written, plus any key that is not the item's own. */
  written: string
}

/** The items of a list in the YAML source: their id and everything written in them that a learner should see. */
function writtenItems(list: unknown, visibleKeys: readonly string[], ownKeys: readonly string[]): WrittenItem[] {
  if (!isSeq(list)) return []
  return list.items.filter((item): item is YAMLMap => isMap(item)).map((item) => {
    const parts: string[] = []
    let id = ''
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      const value = isScalar(pair.value) ? String(pair.value.value) : ''
      if (key === 'id') id = value
      if (visibleKeys.includes(key)) parts.push(value)
      else if (!ownKeys.includes(key)) parts.push(pair.value === null || (isScalar(pair.value) && pair.value.value === null) ? key : `${key}: ${value}`)
    }
    return { id, written: parts.join(', ') }
  })
}

const listIn = (doc: Document, path: (string | number)[]): YamlNode | undefined => doc.getIn(path, true) as YamlNode | undefined
const OPTION_KEYS = ['id', 'text']
const PAIR_KEYS = ['id', 'left', 'right']
const CHOICE_KEYS = ['id', 'kind', 'text', 'next', 'consequence']

describe('every shown text is the text the author wrote', () => {
  it('loads the shipped content', () => {
    expect(bundle).not.toBeNull()
  })

  it.each(moduleIds)('questions of %s', (moduleId) => {
    if (!bundle) throw new Error('the shipped content does not validate')
    const doc = document(`questions/${moduleId}.yaml`)
    const questionNodes = listIn(doc, ['questions'])
    const count = isSeq(questionNodes) ? questionNodes.items.length : 0
    for (let index = 0; index < count; index++) {
      const id = String(doc.getIn(['questions', index, 'id']))
      const question = bundle.questions.find((q) => q.id === id)
      if (!question) throw new Error(`${id} is in the YAML but not in the content the app loads`)
      if (question.type === 'scenario' || question.type === 'date-calc' || question.type === 'true-false') continue
      const wrapper = mountPlayer(question, { seed: 20261202 })
      const labelOf = (controlId: string): string => wrapper.find(`label[for="${controlId}"]`).text()
      const where = (itemId: string): string => `${id} (${question.type}) item ${itemId}`
      switch (question.type) {
        case 'single':
        case 'multiple':
          for (const item of writtenItems(listIn(doc, ['questions', index, 'options']), ['text'], OPTION_KEYS))
            expect(labelOf(`q1-option-${item.id}`), where(item.id)).toBe(item.written)
          break
        case 'worklist-triage':
          for (const item of writtenItems(listIn(doc, ['questions', index, 'actions']), ['text'], OPTION_KEYS))
            expect(labelOf(`q1-action-${item.id}`), where(item.id)).toBe(item.written)
          break
        case 'ordering':
          for (const item of writtenItems(listIn(doc, ['questions', index, 'items']), ['text'], OPTION_KEYS)) {
            const step = wrapper.find(`#q1-step-${item.id}-up`).element.closest('li')
            expect(step?.querySelector('.app-ordering__text')?.textContent?.trim(), where(item.id)).toBe(item.written)
          }
          break
        case 'matching': {
          const offered = wrapper.find('.app-matching select').findAll('option').map((o) => o.text())
          for (const item of writtenItems(listIn(doc, ['questions', index, 'pairs']), ['left', 'right'], PAIR_KEYS)) {
            const right = question.pairs.find((p) => p.id === item.id)?.right ?? ''
            expect(offered, where(item.id)).toContain(right)
            expect(`${labelOf(`q1-match-${item.id}`)}, ${right}`, where(item.id)).toBe(item.written)
          }
          break
        }
      }
      wrapper.unmount()
    }
  })

  it('scenario choices at every step', () => {
    if (!bundle) throw new Error('the shipped content does not validate')
    for (const scenario of bundle.scenarios) {
      const doc = document(`scenarios/${scenario.id}.yaml`)
      scenario.states.forEach((state, index) => {
        if (!state.choices) return
        // Start the scenario at this step, so its choices are the ones on screen.
        const wrapper = mount(ScenarioPlayer, { props: { scenario: { ...scenario, start: state.id }, modelValue: null, locked: false, idPrefix: 's', seed: 7 } })
        for (const item of writtenItems(listIn(doc, ['states', index, 'choices']), ['text'], CHOICE_KEYS))
          expect(wrapper.find(`#s-choice-${item.id}`).text(), `${scenario.id} / ${state.id} / ${item.id}`).toBe(item.written)
        wrapper.unmount()
      })
    }
  })
})
