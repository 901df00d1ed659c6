// The dossier as a PDF, for the file or a hand-over: child, family, who is involved, timeline.
import { dutchDate, dutchDateTime } from '../../platform/dates.ts';
import { taggedPdf } from '../../platform/pdf.ts';
import type { DossierDetail } from './views.ts';

export function dossierPdf(d: DossierDetail, printedBy: string, printedAt: Date): Promise<Buffer> {
  const pdf = taggedPdf(`Zorgdossier ${d.child.fullName}`);
  const { doc } = pdf;
  pdf.h1(`Zorgdossier ${d.child.fullName}`);
  pdf.p(() => doc.fontSize(10).fillColor('#555')
    .text(`${d.organisation} · dossier ${d.status} · geopend op ${dutchDateTime(d.createdAt)}`)
    .text(`Afgedrukt door ${printedBy} op ${dutchDateTime(printedAt)}. Vertrouwelijk: bevat persoonsgegevens.`).fillColor('#000'));
  pdf.h2('Kind');
  const address = [d.child.street, d.child.houseNumber, d.child.postcode, d.child.city].filter(Boolean).join(' ');
  pdf.p([`BSN ${d.child.bsn}`, `geboren op ${dutchDate(d.child.dateOfBirth)}`, address].filter(Boolean).join(' · '));
  pdf.h2('Gezin');
  if (d.family.parents.length || d.family.siblings.length) {
    pdf.list([
      ...d.family.parents.map((p) => `Ouder/verzorger (${p.relation}): ${p.name}, geboren op ${dutchDate(p.dateOfBirth)}`),
      ...d.family.siblings.map((s) => `Broer/zus: ${s.name}, geboren op ${dutchDate(s.dateOfBirth)}`),
    ]);
  }
  if (!d.family.parents.length) pdf.p('Geen ouders bekend in het register.');
  pdf.h2('Betrokken');
  pdf.list(d.members.map((m) => `${m.name} (${m.role})`));
  pdf.h2('Tijdlijn');
  pdf.list(d.timeline.map((e) => () => {
    doc.fontSize(10).font('Helvetica-Bold').text(`${dutchDateTime(e.at)} · ${e.author}`).font('Helvetica').text(e.summary);
    if (e.body) doc.fillColor('#333').text(e.body).fillColor('#000');
  }));
  return pdf.done();
}
