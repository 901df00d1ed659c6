// What a PDF made by pdfkit says and how it is tagged. pdfText inflates the content streams and
// joins the strings of each TJ/Tj operator, so tests can check what a PDF says (and what it must
// never say); pdfTagging reads the catalog, the document info and the structure tree, with the
// text each structure element marks, so tests can check what a screen reader gets.
import { inflateSync } from 'node:zlib';

const STREAM = /stream\r?\n([\s\S]*?)\r?\nendstream/;

function inflate(body: string): string {
  try {
    return inflateSync(Buffer.from(body, 'latin1')).toString('latin1');
  } catch {
    return body;
  }
}

// pdfkit's standard fonts use WinAnsiEncoding: Latin-1 but for 0x80–0x9F (’, —, €, …).
const WIN_ANSI: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
  0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};
const winAnsi = (bytes: Buffer) => Array.from(bytes, (b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join('');

/** The strings shown by the text operators of one content stream, one per operator. */
function shownText(content: string): string[] {
  const lines: string[] = [];
  for (const op of content.matchAll(/\[((?:[^\]\\]|\\.)*)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:[^)\\]|\\.)*\))\s*Tj/g)) {
    const body = op[1] ?? op[2];
    let text = '';
    for (const s of body.matchAll(/<([0-9a-fA-F]*)>|\(((?:[^)\\]|\\.)*)\)/g)) {
      text += s[1] !== undefined ? winAnsi(Buffer.from(s[1], 'hex')) : s[2].replace(/\\(.)/g, '$1');
    }
    lines.push(text);
  }
  return lines;
}

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(new RegExp(STREAM, 'g'))) lines.push(...shownText(inflate(m[1])));
  return lines.join('\n');
}

export interface StructNode { type: string; text: string; children: StructNode[] }

export interface PdfTagging {
  /** The catalog's /MarkInfo has /Marked true. */
  marked: boolean;
  /** The catalog's /Lang. */
  lang: string | undefined;
  /** The catalog's /ViewerPreferences has /DisplayDocTitle true. */
  displayDocTitle: boolean;
  /** /Title in the document info, and dc:title in the XMP metadata. */
  title: string | undefined;
  metadataTitle: string | undefined;
  /** The structure tree from /StructTreeRoot, or null without one. */
  structure: StructNode | null;
  /** Text shown outside any marked content (a screen reader would not get it in order). */
  untagged: string[];
}

/** A PDF literal string: escapes undone, UTF-16BE with a byte-order mark decoded. */
function pdfString(literal: string | undefined): string | undefined {
  if (literal === undefined || !literal.startsWith('(')) return undefined;
  const bytes = literal.slice(1, -1).replace(/\\([nrtbf()\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c);
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  const buf = Buffer.from(bytes.slice(2), 'latin1');
  return Buffer.from(buf).swap16().toString('utf16le');
}

export function pdfTagging(pdf: Buffer): PdfTagging {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of raw.matchAll(/(?:^|\n)(\d+) 0 obj\r?\n([\s\S]*?)\r?\nendobj/g)) objects.set(m[1], m[2]);
  const deref = (v: string | undefined) => {
    const r = v && /^(\d+) 0 R$/.exec(v.trim());
    return r ? objects.get(r[1]) : v;
  };
  const entry = (dict: string | undefined, key: string) =>
    dict && deref(new RegExp(`/${key}\\s*(\\d+ 0 R|\\((?:[^)\\\\]|\\\\.)*\\)|\\[[^\\]]*\\]|/\\w+|true|false|-?\\d+)`).exec(dict)?.[1]);
  const trailer = raw.slice(raw.lastIndexOf('trailer'));
  const catalog = deref(/\/Root (\d+ 0 R)/.exec(trailer)?.[1]);
  const info = deref(/\/Info (\d+ 0 R)/.exec(trailer)?.[1]);
  const xmp = inflate(STREAM.exec(entry(catalog, 'Metadata') ?? '')?.[1] ?? '');

  // The text of each marked-content id, page by page; and what is shown outside marked content.
  const untagged: string[] = [];
  const marked = new Map<string, Map<number, string>>(); // page object number → MCID → text
  const pageRefs = [...raw.matchAll(/(?:^|\n)(\d+) 0 obj\r?\n<<\r?\n\/Type \/Page\r?\n/g)].map((m) => m[1]);
  for (const page of pageRefs) {
    const content = inflate(STREAM.exec(entry(objects.get(page), 'Contents') ?? '')?.[1] ?? '');
    const byMcid = new Map<number, string>();
    marked.set(page, byMcid);
    let depth = 0;
    let mcid: number | undefined;
    let outside = '';
    for (const part of content.split(/(\/\w+\s*<<\s*\/MCID\s+\d+\s*>>\s*BDC|\/\w+\s*(?:<<[^>]*>>\s*)?BDC|\/\w+\s+BMC|\bEMC\b)/)) {
      const open = /\/MCID\s+(\d+)/.exec(part);
      if (/BDC$|BMC$/.test(part)) {
        depth++;
        if (open) mcid = Number(open[1]);
      } else if (part === 'EMC') {
        depth--;
        if (depth === 0) mcid = undefined;
      } else if (depth === 0) {
        outside += part;
      } else if (mcid !== undefined) {
        byMcid.set(mcid, [byMcid.get(mcid), ...shownText(part)].filter(Boolean).join(' '));
      }
    }
    untagged.push(...shownText(outside));
  }

  const node = (dict: string, page: string | undefined): StructNode => {
    const type = /\/S \/(\w+)/.exec(dict)?.[1] ?? '?';
    const kids = (entry(dict, 'K') ?? '').replace(/^\[|\]$/g, '');
    // The element's own page; content continued on a later page is a marked-content reference.
    const pg = /\/Pg (\d+) 0 R/.exec(dict.replace(/\/K\s*\[[^\]]*\]/, ''))?.[1] ?? page;
    const children: StructNode[] = [];
    const texts: string[] = [];
    for (const k of kids.matchAll(/<<[^>]*?\/Pg (\d+) 0 R[^>]*?\/MCID (\d+)[^>]*>>|(\d+) 0 R|(\d+)/g)) {
      if (k[1]) {
        texts.push(marked.get(k[1])?.get(Number(k[2])) ?? '');
      } else if (k[3]) {
        const child = node(objects.get(k[3]) ?? '', pg);
        children.push(child);
        texts.push(child.text);
      } else if (pg) {
        texts.push(marked.get(pg)?.get(Number(k[4])) ?? '');
      }
    }
    return { type, text: texts.join(' ').replace(/\s+/g, ' ').trim(), children };
  };
  const root = entry(catalog, 'StructTreeRoot');

  return {
    marked: /\/Marked true/.test(entry(catalog, 'MarkInfo') ?? ''),
    lang: pdfString(entry(catalog, 'Lang')),
    displayDocTitle: /\/DisplayDocTitle true/.test(entry(catalog, 'ViewerPreferences') ?? ''),
    title: pdfString(entry(info, 'Title')),
    metadataTitle: /<dc:title>[\s\S]*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(Buffer.from(xmp, 'latin1').toString('utf8'))?.[1],
    structure: root ? { type: 'StructTreeRoot', text: '', children: node(root, undefined).children } : null,
    untagged,
  };
}

/** The elements of a structure tree in reading order. */
export function structElements(node: StructNode | null): StructNode[] {
  return node ? [node, ...node.children.flatMap(structElements)] : [];
}
