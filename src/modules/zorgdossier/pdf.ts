// The dossier as a PDF, for the file or a hand-over: child, family, who is involved, timeline.
import PDFDocument from 'pdfkit';
import type { DossierDetail } from './views.ts';

const date = (iso: string) => new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });

export function dossierPdf(d: DossierDetail, printedBy: string, printedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Zorgdossier ${d.child.fullName}`, Author: 'Kindveilig' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.fontSize(18).text(`Zorgdossier ${d.child.fullName}`);
  doc.fontSize(10).fillColor('#555').text(`${d.organisation} · dossier ${d.status} · geopend ${date(d.createdAt)}`);
  doc.text(`Afgedrukt door ${printedBy} op ${date(printedAt.toISOString())}. Vertrouwelijk: bevat persoonsgegevens.`).fillColor('#000');
  doc.moveDown();
  doc.fontSize(13).text('Kind');
  doc.fontSize(10).text(`BSN ${d.child.bsn} · geboren ${d.child.dateOfBirth} · ${[d.child.street, d.child.houseNumber, d.child.postcode, d.child.city].filter(Boolean).join(' ')}`);
  doc.moveDown();
  doc.fontSize(13).text('Gezin');
  for (const p of d.family.parents) doc.fontSize(10).text(`Ouder/verzorger (${p.relation}): ${p.name}, geboren ${p.dateOfBirth}`);
  for (const s of d.family.siblings) doc.fontSize(10).text(`Broer/zus: ${s.name}, geboren ${s.dateOfBirth}`);
  if (!d.family.parents.length) doc.fontSize(10).text('Geen ouders bekend in het register.');
  doc.moveDown();
  doc.fontSize(13).text('Betrokken');
  for (const m of d.members) doc.fontSize(10).text(`${m.name} (${m.role})`);
  doc.moveDown();
  doc.fontSize(13).text('Tijdlijn');
  for (const e of d.timeline) {
    doc.moveDown(0.3).fontSize(10).font('Helvetica-Bold').text(`${date(e.at)} · ${e.author}`);
    doc.font('Helvetica').text(e.summary);
    if (e.body) doc.fillColor('#333').text(e.body).fillColor('#000');
  }
  doc.end();
  return done;
}
