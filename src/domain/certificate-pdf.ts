/**
 * The certificate as a one-page A4 landscape PDF, in pure TypeScript (pdf-lib + fontkit + qrcode)
 * so it runs in the renderer and is unit-tested in Node. Same inputs, same bytes; the record travels
 * inside as an attachment. Fonts, determinism: docs/design-notes.md#certificate-pdf.
 */
import {
  AFRelationship,
  type PDFFont,
  type PDFPage,
  type RGB,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
} from '@cantoo/pdf-lib'
import fontkit from '@pdf-lib/fontkit'
import QRCode from 'qrcode'
import { type CertificatePayload, canonicalJson, certificateRoleLabel, certificateTitle, qrPayload } from './certificate'
import { parseIsoDate } from './iso-date'

/** Single-face TrueType/OpenType files (.ttf/.otf; not .ttc collections). */
export interface CertificateFontAssets {
  /** The main font (DejaVu Sans in the app). */
  regularFont: Uint8Array
  /** Bold face; the regular face is used when absent. */
  boldFont?: Uint8Array
  /** Tried for characters the main fonts lack (e.g. a CJK font); absent → replacement character. */
  fallbackFont?: Uint8Array
}

export const CERTIFICATE_ATTACHMENT_NAME = 'ers-trainer-certificate.json'
export const REPLACEMENT_CHARACTER = '\uFFFD'
const PRODUCER = 'e-RS Trainer (pdf-lib)'

// ---------- Glyph coverage ----------

type FontkitFont = ReturnType<typeof fontkit.create>
// fontkit parses a whole font; the app passes the same bytes every time, so parse once per buffer.
const parsedFonts = new WeakMap<Uint8Array, FontkitFont>()
function parseFont(bytes: Uint8Array): FontkitFont {
  let font = parsedFonts.get(bytes)
  if (!font) {
    font = fontkit.create(bytes)
    parsedFonts.set(bytes, font)
  }
  return font
}

/** Characters that need no glyph of their own: spaces, controls, joiners and variation selectors. */
const NEEDS_NO_GLYPH = /^[\p{White_Space}\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}]$/u
const COMBINING_MARK = /^\p{M}$/u
const CONTROL = /[\p{Cc}\u2028\u2029]/gu

/**
 * The distinct characters of `text` (after NFC, as the certificate stores it) that none of the
 * given fonts can draw, in order of first appearance: the UI shows these before issuing.
 */
export function unsupportedCharacters(text: string, fontBytes: Uint8Array | readonly Uint8Array[]): string[] {
  const fonts = (fontBytes instanceof Uint8Array ? [fontBytes] : fontBytes).map(parseFont)
  const missing: string[] = []
  for (const character of text.normalize('NFC')) {
    if (NEEDS_NO_GLYPH.test(character) || missing.includes(character)) continue
    const codePoint = character.codePointAt(0) ?? 0
    if (!fonts.some((font) => font.hasGlyphForCodePoint(codePoint))) missing.push(character)
  }
  return missing
}

/**
 * @pdf-lib/fontkit, adapted for @cantoo/pdf-lib 2.11: pdf-lib calls `subset.encode()` whenever a
 * subset has one, expecting fontkit 2's no-argument form, but @pdf-lib/fontkit's `encode(stream)`
 * needs a stream and throws. Handing pdf-lib subsets that offer only `encodeStream()` sends it down
 * the path written for @pdf-lib/fontkit.
 */
const fontkitForPdfLib: Parameters<PDFDocument['registerFontkit']>[0] = {
  create(bytes, postscriptName) {
    const font = fontkit.create(bytes, postscriptName)
    const createSubset = font.createSubset.bind(font)
    font.createSubset = () => {
      const subset = createSubset()
      // `cff` tells pdf-lib how to embed the subset (CFF outlines vs TrueType glyf).
      const cff: unknown = 'cff' in subset ? subset.cff : undefined
      return { includeGlyph: (glyph) => subset.includeGlyph(glyph), encodeStream: () => subset.encodeStream(), cff }
    }
    return font
  },
}

// ---------- Text in runs of one font ----------

interface Face {
  font: PDFFont
  covers: (codePoint: number) => boolean
}
/** One weight: the main face and, optionally, a fallback face for what it lacks. */
interface Typeface {
  main: Face
  fallback?: Face | undefined
}
interface Run {
  font: PDFFont
  text: string
}

/** Splits text into runs each drawable in one font; characters no font has become the replacement character. */
function toRuns(rawText: string, typeface: Typeface): Run[] {
  const text = rawText.normalize('NFC').replace(CONTROL, ' ')
  const runs: Run[] = []
  const append = (face: Face, character: string): void => {
    const last = runs.at(-1)
    if (last && last.font === face.font) last.text += character
    else runs.push({ font: face.font, text: character })
  }
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0
    const last = runs.at(-1)
    const lastFace = last && (last.font === typeface.main.font ? typeface.main : typeface.fallback)
    // Marks and spaces stay with the run before them, so a letter and its accents are shaped together.
    if (lastFace && (COMBINING_MARK.test(character) || NEEDS_NO_GLYPH.test(character)) && lastFace.covers(codePoint)) {
      append(lastFace, character)
    } else if (typeface.main.covers(codePoint)) {
      append(typeface.main, character)
    } else if (typeface.fallback?.covers(codePoint)) {
      append(typeface.fallback, character)
    } else if (NEEDS_NO_GLYPH.test(character)) {
      // A joiner or selector nothing can draw is simply left out.
    } else {
      append(typeface.main, typeface.main.covers(0xfffd) ? REPLACEMENT_CHARACTER : '?')
    }
  }
  return runs
}

function widthOfRuns(runs: readonly Run[], size: number): number {
  return runs.reduce((total, run) => total + run.font.widthOfTextAtSize(run.text, size), 0)
}

interface TextStyle {
  typeface: Typeface
  size: number
  color: RGB
}

function drawLine(page: PDFPage, text: string, x: number, y: number, style: TextStyle): number {
  const runs = toRuns(text, style.typeface)
  let cursor = x
  for (const run of runs) {
    page.drawText(run.text, { x: cursor, y, size: style.size, font: run.font, color: style.color })
    cursor += run.font.widthOfTextAtSize(run.text, style.size)
  }
  return cursor - x
}

function textWidth(text: string, style: Pick<TextStyle, 'typeface' | 'size'>): number {
  return widthOfRuns(toRuns(text, style.typeface), style.size)
}

/** The largest size from `preferred` down to `smallest` (in half points) at which the text fits. */
function sizeToFit(text: string, typeface: Typeface, preferred: number, smallest: number, maxWidth: number): number {
  for (let size = preferred; size > smallest; size -= 0.5) if (textWidth(text, { typeface, size }) <= maxWidth) return size
  return smallest
}

/** Greedy word wrap; a word wider than a line is broken between characters. */
function wrapText(text: string, style: Pick<TextStyle, 'typeface' | 'size'>, maxWidth: number): string[] {
  const fits = (line: string): boolean => textWidth(line, style) <= maxWidth
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word
    if (fits(candidate)) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    current = ''
    for (const character of word) {
      if (current && !fits(current + character)) {
        lines.push(current)
        current = ''
      }
      current += character
    }
  }
  if (current) lines.push(current)
  return lines
}

/**
 * The largest of `sizes` at which the text wraps into at most `maxLines` lines (which may depend
 * on the size, when lines share a fixed height). Only when even the smallest size is not enough
 * does the last line end in "…" (the schema's length limits keep names and practices clear of
 * that; a very long module list is the case it is for).
 */
function fitLines(
  text: string,
  typeface: Typeface,
  sizes: readonly number[],
  maxWidth: number,
  maxLines: number | ((size: number) => number),
): { size: number; lines: string[] } {
  const linesAllowed = (size: number): number => Math.max(1, typeof maxLines === 'number' ? maxLines : maxLines(size))
  for (const size of sizes) {
    const lines = wrapText(text, { typeface, size }, maxWidth)
    if (lines.length <= linesAllowed(size)) return { size, lines }
  }
  const size = sizes.at(-1) ?? 8
  const lines = wrapText(text, { typeface, size }, maxWidth).slice(0, linesAllowed(size))
  let last = lines.at(-1) ?? ''
  while (last && textWidth(`${last} …`, { typeface, size }) > maxWidth) last = Array.from(last).slice(0, -1).join('')
  lines[lines.length - 1] = `${last.trimEnd()} …`
  return { size, lines }
}

// ---------- Dates ----------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** "3 November 2025" — written out here rather than with Intl so no ICU difference can change a byte. */
export function certificateDate(iso: string): string {
  const date = parseIsoDate(iso)
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`
}

// ---------- Drawing ----------

const hex = (value: string): RGB => {
  const n = Number.parseInt(value.slice(1), 16)
  return rgb(((n >> 16) & 0xff) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255)
}
// NHS identity colours.
const NHS_BLUE = hex('#005eb8')
const NHS_DARK_BLUE = hex('#003087')
const TEXT = hex('#212b32')
const SECONDARY_TEXT = hex('#4c6272')
const BORDER_GREY = hex('#d8dde0')
const PALE_GREY = hex('#f0f4f5')
const WHITE = rgb(1, 1, 1)

const A4_LANDSCAPE: [number, number] = [841.89, 595.28]

/** QR modules as filled rectangles, one per horizontal run of dark modules, in a single path. */
function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const quietZone = 4
  const cell = size / (modules.size + quietZone * 2)
  page.drawRectangle({ x, y, width: size, height: size, color: WHITE })
  const operators = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)]
  for (let row = 0; row < modules.size; row++) {
    let col = 0
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < modules.size && modules.get(row, col)) col++
      // Rows count down from the top of the symbol; PDF y counts up from the bottom.
      const top = y + size - (quietZone + row) * cell
      operators.push(rectangle(x + (quietZone + start) * cell, top - cell, (col - start) * cell, cell))
    }
  }
  operators.push(fill(), popGraphicsState())
  page.pushOperators(...operators)
}

async function embedFace(document: PDFDocument, bytes: Uint8Array, subsetTag: string): Promise<Face> {
  const parsed = parseFont(bytes)
  // A fixed name instead of pdf-lib's generated one: one fewer thing that could differ between runs.
  const customName = `${subsetTag}+${(parsed.postscriptName || 'Font').replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, '')}`
  const font = await document.embedFont(bytes, { subset: true, customName })
  return { font, covers: (codePoint) => parsed.hasGlyphForCodePoint(codePoint) }
}

/** Every piece of record text the page draws, to decide whether the fallback font is needed at all. */
function recordTexts(payload: CertificatePayload): string[] {
  return [payload.learner.name, payload.learner.practice, payload.learner.staffId ?? '', ...payload.completed, payload.issuer.appVersion]
}

/**
 * The certificate PDF for a record and its digest (from certificateDigest). Deterministic: the
 * same payload, digest and fonts give byte-identical output.
 */
export async function renderCertificatePdf(
  payload: CertificatePayload,
  digest: string,
  assets: CertificateFontAssets,
): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false })
  document.registerFontkit(fontkitForPdfLib)

  const regular = await embedFace(document, assets.regularFont, 'ERSTRA')
  const bold = assets.boldFont ? await embedFace(document, assets.boldFont, 'ERSTRB') : regular
  // The fallback is embedded only when it draws something the main fonts cannot (even an unused subset costs bytes).
  const fallbackBytes = assets.fallbackFont
  const fallbackNeeded =
    fallbackBytes !== undefined &&
    recordTexts(payload).some((text) => {
      const missing = unsupportedCharacters(text, [assets.regularFont, assets.boldFont ?? assets.regularFont])
      return missing.length > unsupportedCharacters(missing.join(''), fallbackBytes).length
    })
  const fallback = fallbackNeeded ? await embedFace(document, fallbackBytes, 'ERSTRC') : undefined
  const regularType: Typeface = { main: regular, fallback }
  const boldType: Typeface = { main: bold, fallback }

  const title = certificateTitle(payload.kind)
  const issued = parseIsoDate(payload.issuedOn)
  document.setTitle(`${title}: ${payload.learner.name}`)
  document.setAuthor('e-RS Trainer')
  document.setSubject(`Verification code ${payload.code}`)
  document.setKeywords(['e-RS Trainer', 'certificate', payload.code])
  document.setCreator(`e-RS Trainer ${payload.issuer.appVersion}`)
  document.setProducer(PRODUCER)
  document.setLanguage('en-GB')
  document.setCreationDate(issued)
  document.setModificationDate(issued)

  const page = document.addPage(A4_LANDSCAPE)
  const [width, height] = A4_LANDSCAPE
  const frame = 18
  const left = 54
  const right = width - 54
  const textWidthAvailable = right - left
  const qrSize = 132

  // Frame and heading bar.
  page.drawRectangle({ x: frame, y: frame, width: width - 2 * frame, height: height - 2 * frame, borderColor: BORDER_GREY, borderWidth: 1 })
  const barHeight = 84
  const barTop = height - frame
  page.drawRectangle({ x: frame, y: barTop - barHeight, width: width - 2 * frame, height: barHeight, color: NHS_BLUE })
  drawLine(page, 'e-RS Trainer', left, barTop - 26, { typeface: boldType, size: 11, color: WHITE })
  const strapline = 'NHS e-Referral Service (e-RS) training for GP practices'
  const straplineStyle = { typeface: regularType, size: 10, color: WHITE }
  drawLine(page, strapline, right - textWidth(strapline, straplineStyle), barTop - 26, straplineStyle)
  drawLine(page, title, left, barTop - 62, { typeface: boldType, size: 28, color: WHITE })

  // Who: the name as large as fits on one line, else on two at a smaller size — never cut short.
  let y = barTop - barHeight - 42
  drawLine(page, 'This is to certify that', left, y, { typeface: regularType, size: 12, color: SECONDARY_TEXT })
  y -= 40
  const oneLineSize = sizeToFit(payload.learner.name, boldType, 30, 20, textWidthAvailable)
  const name =
    textWidth(payload.learner.name, { typeface: boldType, size: oneLineSize }) <= textWidthAvailable
      ? { size: oneLineSize, lines: [payload.learner.name] }
      : fitLines(payload.learner.name, boldType, [20, 18, 16, 14, 12, 10], textWidthAvailable, 2)
  for (const [index, line] of name.lines.entries()) {
    if (index > 0) y -= name.size * 1.2
    drawLine(page, line, left, y, { typeface: boldType, size: name.size, color: TEXT })
  }
  y -= 26
  const who = [certificateRoleLabel(payload.learner.role), payload.learner.practice]
  if (payload.learner.staffId) who.push(`Staff ID ${payload.learner.staffId}`)
  const whoFit = fitLines(who.join(' · '), regularType, [13, 12, 11, 10, 9], textWidthAvailable, 2)
  for (const line of whoFit.lines) {
    drawLine(page, line, left, y, { typeface: regularType, size: whoFit.size, color: TEXT })
    y -= whoFit.size * 1.3
  }

  // What.
  y -= 14
  const boxTop = 246
  if (payload.kind === 'induction') {
    const count = payload.completed.length
    drawLine(page, `has completed the e-RS Trainer induction: ${count} ${count === 1 ? 'module' : 'modules'}`, left, y, {
      typeface: regularType,
      size: 12,
      color: TEXT,
    })
    y -= 16
    // The module list takes whatever room is left above the score boxes.
    const listSizes = [8.5, 8, 7.5, 7, 6.5]
    const leading = (size: number): number => size * 1.35
    const roomFor = (size: number): number => Math.max(1, Math.floor((y - boxTop - 10) / leading(size)))
    const list = fitLines(payload.completed.join(' · '), regularType, listSizes, textWidthAvailable, roomFor)
    for (const line of list.lines) {
      drawLine(page, line, left, y, { typeface: regularType, size: list.size, color: SECONDARY_TEXT })
      y -= leading(list.size)
    }
  } else {
    drawLine(page, 'has passed the e-RS Trainer locum refresher', left, y, { typeface: regularType, size: 12, color: TEXT })
  }

  // Score and dates, each in a pale box with a blue edge (the NHS "inset" look).
  const boxHeight = 50
  const boxWidth = (textWidthAvailable - qrSize - 36 - 2 * 12) / 3
  const facts: Array<[string, string]> = [
    ['Score', `${payload.scorePercent}%`],
    ['Issued on', certificateDate(payload.issuedOn)],
    ['Refresh by', certificateDate(payload.refreshBy)],
  ]
  for (const [index, [label, value]] of facts.entries()) {
    const x = left + index * (boxWidth + 12)
    page.drawRectangle({ x, y: boxTop - boxHeight, width: boxWidth, height: boxHeight, color: PALE_GREY })
    page.drawRectangle({ x, y: boxTop - boxHeight, width: 4, height: boxHeight, color: NHS_BLUE })
    drawLine(page, label, x + 14, boxTop - 18, { typeface: regularType, size: 9, color: SECONDARY_TEXT })
    drawLine(page, value, x + 14, boxTop - 38, { typeface: boldType, size: sizeToFit(value, boldType, 15, 9, boxWidth - 20), color: TEXT })
  }
  drawLine(
    page,
    `Teaches the ${payload.pack.title} v${payload.pack.version} (${payload.pack.date}) · content version ${payload.contentVersion}`,
    left,
    boxTop - boxHeight - 22,
    { typeface: regularType, size: 10, color: TEXT },
  )

  // Verification.
  const codeTop = 128
  drawLine(page, 'Verification code', left, codeTop, { typeface: regularType, size: 9, color: SECONDARY_TEXT })
  drawLine(page, payload.code, left, codeTop - 26, { typeface: boldType, size: 22, color: NHS_DARK_BLUE })
  drawLine(page, 'Verify in e-RS Trainer: Certificates > Verify a certificate', left, codeTop - 46, {
    typeface: regularType,
    size: 9,
    color: TEXT,
  })
  drawQrCode(page, qrPayload(payload.code, digest), right - qrSize, frame + 14, qrSize)
  drawLine(page, `Issued by ${payload.issuer.app} ${payload.issuer.appVersion} · record digest (SHA-256) ${digest}`, left, frame + 14, {
    typeface: regularType,
    size: 6.5,
    color: SECONDARY_TEXT,
  })

  // The record itself, for verification on another PC.
  await document.attach(new TextEncoder().encode(canonicalJson({ payload, digest })), CERTIFICATE_ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: 'e-RS Trainer certificate record and its SHA-256 digest',
    creationDate: issued,
    modificationDate: issued,
    afRelationship: AFRelationship.Data,
  })

  // No object streams: a plain cross-reference table, readable by every PDF viewer.
  return document.save({ useObjectStreams: false })
}

// ---------- Reading the record back ----------

/** Name-tree nodes visited at most, so a malicious file cannot make the reader loop for ever. */
const MAX_NAME_TREE_NODES = 256

/** Finds a file in the EmbeddedFiles name tree (leaf /Names arrays and /Kids) by its name. */
function findEmbeddedFile(document: PDFDocument, fileName: string): Uint8Array | null {
  const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)
  const root = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)
  if (!root) return null
  const queue: PDFDict[] = [root]
  const visited = new Set<PDFDict>()
  while (queue.length > 0 && visited.size < MAX_NAME_TREE_NODES) {
    const node = queue.shift()
    if (!node || visited.has(node)) continue
    visited.add(node)
    const leaf = node.lookupMaybe(PDFName.of('Names'), PDFArray)
    if (leaf) {
      for (let index = 0; index + 1 < leaf.size(); index += 2) {
        const key = leaf.lookup(index)
        const keyText = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : null
        if (keyText !== fileName) continue
        const spec = leaf.lookup(index + 1)
        const stream = spec instanceof PDFDict ? spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F')) : undefined
        if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode()
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
    if (kids)
      for (let index = 0; index < kids.size(); index++) {
        const kid = kids.lookup(index)
        if (kid instanceof PDFDict) queue.push(kid)
      }
  }
  return null
}

/** True when the bytes begin like a PDF file (the header may follow up to 1 KB of junk). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return head.includes('%PDF-')
}

/**
 * The record and digest embedded by renderCertificatePdf, as found (not yet checked), or null
 * when the bytes are not a readable PDF or carry no well-formed record.
 */
export async function extractCertificateFromPdf(bytes: Uint8Array): Promise<{ payload: unknown; digest: unknown } | null> {
  if (!looksLikePdf(bytes)) return null
  try {
    const document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true })
    const data = findEmbeddedFile(document, CERTIFICATE_ATTACHMENT_NAME)
    if (!data) return null
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data))
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('payload' in parsed) || !('digest' in parsed))
      return null
    return { payload: parsed.payload, digest: parsed.digest }
  } catch {
    // Unreadable PDF, undecodable stream, bad UTF-8 or bad JSON: there is no record to check.
    return null
  }
}
