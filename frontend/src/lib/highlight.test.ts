import { describe, expect, it } from 'vitest'
import { currencyCode, directionOf, segmentText, selectionOffsets, trimSelection, valueFromSelection } from './highlight'

const TEXT = 'Rs. 1,250.00 debited from a/c XX4321 at SWIGGY on 19-11-26.'
//            0123456789012345678901234567890123456789012345678901234567
const amount = { field: 'amount', start: 4, end: 12 } // "1,250.00"
const merchant = { field: 'merchant', start: 40, end: 46 } // "SWIGGY"

describe('segmentText', () => {
  it('cuts the text at span boundaries, every character in one segment, in order', () => {
    const segments = segmentText(TEXT, [merchant, amount])
    expect(segments.map((s) => s.text).join('')).toBe(TEXT)
    expect(segments.map((s) => [s.text, s.fields])).toEqual([
      ['Rs. ', []],
      ['1,250.00', ['amount']],
      [' debited from a/c XX4321 at ', []],
      ['SWIGGY', ['merchant']],
      [' on 19-11-26.', []],
    ])
    for (const s of segments) expect(TEXT.slice(s.start, s.end)).toBe(s.text)
  })

  it('splits overlapping spans into pieces covered by one or both, the narrowest field first', () => {
    // "Rs. 1,250.00" as the amount, "Rs." as the currency inside it, and a direction
    // span "1,250.00 debited" that overlaps the amount's end.
    const segments = segmentText(TEXT, [
      { field: 'amount', start: 0, end: 12 },
      { field: 'currency', start: 0, end: 3 },
      { field: 'direction', start: 4, end: 20 },
    ])
    expect(segments.map((s) => [s.text, s.fields])).toEqual([
      ['Rs.', ['currency', 'amount']],
      [' ', ['amount']],
      ['1,250.00', ['amount', 'direction']],
      [' debited', ['direction']],
      [TEXT.slice(20), []],
    ])
  })

  it('orders equal spans by the legend order and lists a field once', () => {
    const segments = segmentText('abc', [
      { field: 'merchant', start: 0, end: 3 },
      { field: 'amount', start: 0, end: 3 },
      { field: 'amount', start: 0, end: 3 },
    ])
    expect(segments).toEqual([{ start: 0, end: 3, text: 'abc', fields: ['amount', 'merchant'] }])
  })

  it('drops empty, reversed and fractional spans, and clips spans past the end', () => {
    const segments = segmentText('hello', [
      { field: 'amount', start: 2, end: 2 },
      { field: 'merchant', start: 4, end: 1 },
      { field: 'fee', start: 0.5, end: 2 },
      { field: 'reference', start: 3, end: 99 },
      { field: 'balance', start: -4, end: 1 },
    ])
    expect(segments.map((s) => [s.text, s.fields])).toEqual([
      ['h', ['balance']],
      ['el', []],
      ['lo', ['reference']],
    ])
  })

  it('gives one plain segment without spans, and none for empty text', () => {
    expect(segmentText('plain', [])).toEqual([{ start: 0, end: 5, text: 'plain', fields: [] }])
    expect(segmentText('', [{ field: 'amount', start: 0, end: 3 }])).toEqual([])
  })
})

describe('values from a selection', () => {
  it('keeps the figures of an amount and narrows its span to them', () => {
    expect(valueFromSelection('amount', TEXT, 0, 13)).toEqual({ value: '1250.00', start: 4, end: 12 })
    expect(valueFromSelection('amount', TEXT, 40, 46)).toBeNull()
  })

  it('reads an account’s last four, a currency code and a direction', () => {
    expect(valueFromSelection('account_last4', TEXT, 26, 37)).toEqual({ value: '4321', start: 32, end: 36 })
    expect(valueFromSelection('account_last4', TEXT, 26, 31)).toBeNull()
    expect(valueFromSelection('currency', TEXT, 0, 3)).toEqual({ value: 'INR', start: 0, end: 3 })
    expect(valueFromSelection('direction', TEXT, 12, 21)).toEqual({ value: 'debit', start: 13, end: 20 })
    expect(valueFromSelection('occurred_at', TEXT, 49, 58)).toEqual({ value: '2026-11-19T12:00', start: 50, end: 58 })
    expect(currencyCode('usd')).toBe('USD')
    expect(currencyCode('dollars')).toBeNull()
    expect(directionOf('credited to')).toBe('credit')
    expect(directionOf('hello')).toBeNull()
  })

  it('takes other fields as written, without the blanks around them', () => {
    expect(trimSelection(' ab ', 0, 4)).toEqual({ start: 1, end: 3 })
    expect(valueFromSelection('merchant', TEXT, 39, 47)).toEqual({ value: 'SWIGGY', start: 40, end: 46 })
    expect(valueFromSelection('merchant', TEXT, 39, 40)).toBeNull()
  })
})

describe('selectionOffsets', () => {
  function draw(text: string, spans: Parameters<typeof segmentText>[1]) {
    const pre = document.createElement('pre')
    pre.dataset.length = String(text.length)
    for (const s of segmentText(text, spans)) {
      const el = document.createElement(s.fields.length ? 'mark' : 'span')
      el.dataset.start = String(s.start)
      el.textContent = s.text
      pre.append(el)
    }
    document.body.append(pre)
    return pre
  }

  it('maps a DOM selection across segments back to offsets into the text', () => {
    const pre = draw(TEXT, [amount, merchant])
    const range = document.createRange()
    // From "1,250" (inside the amount's mark) to the middle of the plain text after it.
    range.setStart(pre.children[1].firstChild!, 0)
    range.setEnd(pre.children[2].firstChild!, 8)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    expect(selectionOffsets(pre, selection)).toEqual({ start: 4, end: 20 })
    expect(TEXT.slice(4, 20)).toBe('1,250.00 debited')

    // Element boundaries: the whole message.
    range.setStart(pre, 0)
    range.setEnd(pre, pre.childNodes.length)
    expect(selectionOffsets(pre, selection)).toEqual({ start: 0, end: TEXT.length })
    pre.remove()
  })

  it('ignores a selection outside the message, and an empty one', () => {
    const pre = draw(TEXT, [amount])
    const outside = document.createElement('p')
    outside.textContent = 'elsewhere'
    document.body.append(outside)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    const range = document.createRange()
    range.setStart(outside.firstChild!, 0)
    range.setEnd(outside.firstChild!, 4)
    selection.addRange(range)
    expect(selectionOffsets(pre, selection)).toBeNull()
    range.setStart(pre.children[1].firstChild!, 2)
    range.setEnd(pre.children[1].firstChild!, 2)
    expect(selectionOffsets(pre, selection)).toBeNull()
    pre.remove()
    outside.remove()
  })
})
