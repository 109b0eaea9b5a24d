/**
 * The administrative-document layout of Nghị định 30/2020/NĐ-CP (reference.md §4), built once for
 * every printed document: the annual inspection plan (KẾ HOẠCH), the minutes (BIÊN BẢN), the reports.
 * A document is a DocumentModel (documentModel.ts: blocks of text, tables, charts, signatures);
 * administrativeDocument draws it with pdfmake, renderDocx draws it in Word.
 *
 *   const model: DocumentModel = {
 *     header: { superiorBodyName, issuingBodyName, documentCode: documentCode('05', 'KH', 'UBND'), placeName, issueDate, year },
 *     type: 'KẾ HOẠCH', summary: 'Kiểm tra công tác cải cách hành chính năm 2026',
 *     body: [heading('I', 'Mục đích, yêu cầu', 1), paragraph('…'), documentTable(columns, rows)],
 *     closing: [recipientsAndSignature(recipients, { authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch', fullName })],
 *     draft: false, title: 'Kế hoạch …',
 *   };
 *   const pdf = await renderPdf(administrativeDocument(model), ctx.config.resourcesDir);
 *
 * Minutes use signatureColumns(signers) (two per row, optional signature images and node ids for
 * the signing spaces) followed by recipientsBlock(recipients).
 */
export { administrativeDocument } from './administrativeDocument';
export { BODY_FONT_SIZE, dashLines, dashList, heading, paragraph, roman } from './bodyText';
export type { Annex, BodyBlock, ChartBlock, ClosingBlock, DocumentModel, HeadingBlock, ParagraphBlock, Run, TableBlock, TableCell } from './documentModel';
export { documentCode, documentHeader } from './documentHeader';
export { docxPictures, DOCX_MIME_TYPE, renderDocx } from './docxRenderer';
export type { ChartPicture } from './chartPicture';
export type { DocumentHeaderInput } from './documentHeader';
export { findingClassNames } from './documentTerms';
export { documentTable } from './documentTable';
export type { TableColumn } from './documentModel';
export { documentTitle } from './documentTitle';
export { A4_HEIGHT, A4_WIDTH, INNER_WIDTH, MM, PAGE_MARGINS, pageNumbers } from './pageLayout';
export { DOCUMENT_FONT, renderPdf } from './pdfFonts';
export { recipientsAndSignature, recipientsBlock } from './recipientsBlock';
export { SIGNATURE_GAP, SIGNATURE_SPACE, signatureBlock, signatureColumns, signerHeadingLines, signatureRowIndex, signingSpacePosition, signingSpaceReport } from './signatureBlock';
export type { PageSpot, Signer, SigningAuthority } from './signatureBlock';
export { dateInWords, placeAndDate, weekdayName } from './vietnameseDates';
