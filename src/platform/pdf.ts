// PDFs people download: tagged (a structure tree of headings, paragraphs and lists that screen
// readers follow), in Dutch, the title shown instead of the file name, and a file name that says
// whose document it is and of when.
import PDFDocument from 'pdfkit';

const BODY = 10;

export interface TaggedPdf {
  doc: PDFKit.PDFDocument;
  h1(text: string): void;
  h2(text: string): void;
  /** A paragraph; `draw` may set fonts and colours, and is drawn inside the paragraph's tag. */
  p(text: string | (() => void)): void;
  /** A list; each item is drawn inside its own list-item tag. */
  list(items: (string | (() => void))[]): void;
  /** Ends the document and gives its bytes. */
  done(): Promise<Buffer>;
}

export function taggedPdf(title: string): TaggedPdf {
  // Marked content and the structure tree need PDF 1.4 or later.
  const doc = new PDFDocument({
    size: 'A4', margin: 56, pdfVersion: '1.7', tagged: true, lang: 'nl-NL', displayTitle: true,
    info: { Title: title, Author: 'Kindveilig' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const root = doc.struct('Document');
  doc.addStructure(root);
  // Closures added to an attached element are drawn at once, wrapped in that element's tag.
  const tag = (type: 'H1' | 'H2' | 'P' | 'LBody', draw: () => void) => doc.struct(type, {}, [draw]);
  const heading = (type: 'H1' | 'H2', size: number, text: string) => {
    root.add(tag(type, () => doc.font('Helvetica-Bold').fontSize(size).fillColor('#000').text(text).font('Helvetica').fontSize(BODY)));
  };
  return {
    doc,
    h1: (text) => heading('H1', 18, text),
    h2: (text) => { doc.moveDown(0.6); heading('H2', 13, text); },
    p: (text) => root.add(tag('P', typeof text === 'string' ? () => doc.fontSize(BODY).text(text) : text)),
    list: (items) => {
      const l = doc.struct('L');
      root.add(l);
      for (const item of items) {
        l.add(doc.struct('LI', {}, [tag('LBody', typeof item === 'string' ? () => doc.fontSize(BODY).text(item) : item)]));
        doc.moveDown(0.2);
      }
      l.end();
    },
    done: () => {
      root.end();
      doc.end();
      return ended;
    },
  };
}

/** A download's file name from words, in lower case and joined by hyphens; accented letters stay. */
export function fileName(words: string[], extension: string): string {
  const base = words.join(' ').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${base}.${extension}`;
}

/**
 * The Content-Disposition of a download. A name that is not plain ASCII also goes in
 * `filename*` (RFC 5987/6266), with an ASCII fallback for clients that do not read it.
 */
export function attachment(name: string): string {
  const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  if (ascii === name) return `attachment; filename="${name}"`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
