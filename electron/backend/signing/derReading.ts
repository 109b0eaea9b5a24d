import type forge from 'node-forge';
import { forgeLibrary } from './signingLibraries';

/** node-forge's DER reader and writer, loaded on first use. */
export const asn1 = () => forgeLibrary().asn1;
export type Asn1 = forge.asn1.Asn1;

/** Parses DER with node-forge, keeping BIT STRINGs as bytes. */
export const parseDer = (der: Buffer): Asn1 => asn1().fromDer(forgeLibrary().util.createBuffer(der.toString('binary')), { strict: false, parseAllBytes: false } as never);
export const children = (node: Asn1 | undefined) => (node?.value ?? []) as Asn1[];
export const bytesOf = (node: Asn1) => Buffer.from(node.value as string, 'binary');
export const oidOf = (node: Asn1 | undefined) => (node && typeof node.value === 'string' ? asn1().derToOid(node.value) : '');
export const toDer = (node: Asn1) => Buffer.from(asn1().toDer(node).getBytes(), 'binary');
export const isContextTag = (node: Asn1 | undefined, tag: number) => node?.tagClass === asn1().Class.CONTEXT_SPECIFIC && node.type === tag;
export const timeOf = (node: Asn1) => (node.type === asn1().Type.UTCTIME ? asn1().utcTimeToDate(node.value as string) : asn1().generalizedTimeToDate(node.value as string));

/** Where one DER element starts its contents and where it ends, read from its header. */
export function derElement(der: Buffer, offset: number): { contentStart: number; end: number } {
  const first = der[offset + 1]!;
  const lengthBytes = first & 0x80 ? first & 0x7f : 0;
  const length = lengthBytes ? der.readUIntBE(offset + 2, lengthBytes) : first;
  return { contentStart: offset + 2 + lengthBytes, end: offset + 2 + lengthBytes + length };
}

/**
 * The exact bytes of the children of a DER SEQUENCE, as sent: a signature covers the bytes, and
 * re-encoding a parsed value need not give them back.
 */
export function derChildren(der: Buffer): Buffer[] {
  const { contentStart, end } = derElement(der, 0);
  const parts: Buffer[] = [];
  for (let at = contentStart; at < end; ) {
    const next = derElement(der, at).end;
    parts.push(der.subarray(at, next));
    at = next;
  }
  return parts;
}

/** The http(s) URIs (GeneralName [6]) anywhere under a node. */
export function uriNames(node: Asn1): string[] {
  if (isContextTag(node, 6) && typeof node.value === 'string') return /^https?:\/\//i.test(node.value) ? [node.value] : [];
  return Array.isArray(node.value) ? node.value.flatMap(uriNames) : [];
}
