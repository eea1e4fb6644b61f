/**
 * XML answers of the Dutch services (Atom, RDF/XML, SRU) read with fast-xml-parser. Namespace
 * prefixes are dropped, so `dcterms:relation` is `relation` and `ecli:resourceIdentifier` is
 * `@resourceIdentifier`: the services use fixed prefixes, and the names do not clash.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** An answer that is not what the service documents: reported as "unreadable", never as a change. */
export class MalformedAnswer extends Error {}

export type XmlNode = Record<string, unknown>

export function parseXml(text: string, arrays: readonly string[] = []): XmlNode {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new MalformedAnswer(`onleesbare XML (${valid.err.msg}, regel ${valid.err.line})`)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    isArray: (name) => arrays.includes(name),
  })
  return parser.parse(text) as XmlNode
}

/** A child element, or undefined. */
export function child(node: unknown, name: string): XmlNode | undefined {
  if (!node || typeof node !== 'object') return undefined
  const value = (node as XmlNode)[name]
  if (Array.isArray(value)) return value[0] as XmlNode
  return value && typeof value === 'object' ? (value as XmlNode) : typeof value === 'string' ? { '#text': value } : undefined
}

/** All children of a name, as a list. */
export function children(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== 'object') return []
  const value = (node as XmlNode)[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** The text of an element (with or without attributes), trimmed. */
export function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim()
  if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text']).trim()
  return ''
}

export function attr(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined
  const value = (node as XmlNode)[`@${name}`]
  return value === undefined ? undefined : String(value)
}
