import { formatCalendarDate } from '../../../shared/dates';
import { findingClasses } from '../../../shared/contract/vocabulary';
import { dateInWords, documentTable, heading } from '../../documents';
import type { BodyBlock, ParagraphBlock, TableCell } from '../../documents';
import type { MinutesContent, MinutesFinding } from './minutesContent';
import { keepStandardNameTogether, stripEndPunctuation, typesetDashList, typesetParagraph as paragraph, userParagraphs } from './minutesTypesetting';
import { findingClassNames } from '../../documents';
import { copiesInWords, kindWords, periodText, teamRoleNames } from './minutesWording';

const centred = (text: string, bold: boolean): TableCell => ({ lines: [[text]], alignment: 'center', bold });

/** "Căn cứ …;" lines, then the opening sentence: when, where, who inspects whom. */
function opening(content: MinutesContent, act: string): BodyBlock[] {
  const words = kindWords[content.kind];
  return [
    // Stryker disable next-line Regex: typesetting collapses runs of spaces, so \s for \s+ prints the same line (the anchor is tested).
    ...content.legalBasis.map((basis) => paragraph(`Căn cứ ${stripEndPunctuation(basis.replace(/^Căn cứ\s+/i, ''))};`)),
    paragraph(
      `Hôm nay, ${periodText(content.audit.startDate, content.audit.endDate)}${content.audit.place ? `, tại ${stripEndPunctuation(content.audit.place)}` : ''}, ${words.team} tiến hành ${act} ${words.subject} tại ${content.unitName}.`,
    ),
  ];
}

function participants(content: MinutesContent, number: string): BodyBlock[] {
  const words = kindWords[content.kind];
  return [
    heading(number, 'Thành phần', 1),
    paragraph(`1. ${words.team}:`),
    ...typesetDashList(content.team.map((member) => `${member.fullName}${member.position ? `, ${member.position}` : ''} - ${teamRoleNames[member.role]}`)),
    paragraph(`2. Đại diện ${content.unitName}:`),
    ...(content.unitRepresentatives.length > 0
      ? typesetDashList(content.unitRepresentatives.map((person) => `${person.fullName}${person.position ? `, ${person.position}` : ''}`))
      : [paragraph('Không có.')]),
  ];
}

function findingsCountSentence(content: MinutesContent): string {
  const parts = findingClasses
    .filter((findingClass) => content.findingCounts[findingClass] > 0)
    .map((findingClass) => `${String(content.findingCounts[findingClass]).padStart(2, '0')} ${findingClassNames[findingClass].toLowerCase()}`);
  return parts.length === 0 ? 'Không có phát hiện nào.' : `Tổng số ${String(content.findings.length).padStart(2, '0')} phát hiện, gồm: ${parts.join(', ')}.`;
}

function requests(content: MinutesContent, number: string): BodyBlock[] {
  const words = kindWords[content.kind];
  const title = content.kind === 'CCHC' ? 'Kiến nghị, yêu cầu khắc phục' : 'Yêu cầu hành động khắc phục';
  if (content.requests.length === 0) {
    return [heading(number, title, 1), paragraph(`Không có nội dung yêu cầu ${content.unitName} phải khắc phục.`)];
  }
  return [
    heading(number, title, 1),
    paragraph(
      `${words.team} đề nghị ${content.unitName} xác định nguyên nhân, thực hiện hành động khắc phục các nội dung sau và báo cáo kết quả trước thời hạn nêu tại bảng dưới đây:`,
    ),
    documentTable(
      [
        { header: 'STT', width: 26, alignment: 'center' },
        { header: 'Phát hiện số', width: 58, alignment: 'center' },
        { header: 'Nội dung yêu cầu khắc phục', width: '*' },
        { header: 'Thời hạn', width: 72, alignment: 'center' },
      ],
      content.requests.map((request, i) => [String(i + 1), request.findingNumber, request.text, formatCalendarDate(request.dueDate)]),
    ),
  ];
}

function unitComments(content: MinutesContent, number: string): BodyBlock[] {
  const comments = userParagraphs(content.audit.unitComments);
  return [heading(number, `Ý kiến của ${kindWords[content.kind].unitSide}`, 1), ...(comments.length > 0 ? comments : [paragraph('Không có ý kiến khác.')])];
}

/**
 * When it ended, read aloud, agreed, signed; two originals, one for each side (TT 26/2014 Điều 37).
 * Kept whole, and kept on the page of the first signatures (see administrativeDocument).
 */
function closing(content: MinutesContent): ParagraphBlock {
  const words = kindWords[content.kind];
  const ended = content.revision.supplements
    ? `Biên bản được lập xong ${dateInWords(content.document.documentDate)}`
    : `Biên bản kết thúc vào lúc ${endedInWords(content.audit.endDate, content.audit.endedTime)}`;
  return paragraph(
    `${ended}, đã được đọc lại cho các thành viên tham dự cùng nghe, thống nhất nội dung và ký tên dưới đây. Biên bản được lập thành ${copiesInWords(content.copies)} bản có giá trị như nhau, ${words.team} giữ 01 bản, ${content.unitName} giữ 01 bản./.`,
    { keepWhole: true },
  );
}

/** "16 giờ 30 phút, ngày 26 tháng 3 năm 2026"; dots for the time while it is not recorded (a draft). */
function endedInWords(endDate: string, endedTime: string | null): string {
  const [hour, minute] = endedTime ? endedTime.split(':') : ['…', '…'];
  return `${hour} giờ ${minute} phút, ${dateInWords(endDate)}`;
}

function cchcResults(content: MinutesContent): BodyBlock[] {
  const areas = content.areas.filter((area) => area.judged > 0);
  return [
    heading('II', 'Nội dung và kết quả kiểm tra', 1),
    ...areas.flatMap((area, i): BodyBlock[] => [
      heading(String(i + 1), area.title, 2),
      paragraph([{ text: 'a) Kết quả đạt được: ', italics: true }, `${area.met}/${area.judged} nội dung kiểm tra đạt yêu cầu.`]),
      ...typesetDashList(area.achieved),
      paragraph([{ text: 'b) Tồn tại, hạn chế: ', italics: true }, area.shortcomings.length > 0 ? '' : 'Không có.']),
      ...typesetDashList(area.shortcomings),
    ]),
    ...(content.indicators.length > 0
      ? [
          heading(String(areas.length + 1), 'Kết quả thực hiện các chỉ tiêu', 2),
          documentTable(
            [
              { header: 'STT', width: 26, alignment: 'center' },
              { header: 'Mã', width: 38, alignment: 'center' },
              { header: 'Chỉ tiêu', width: '*' },
              { header: 'Kế hoạch', width: 58, alignment: 'center' },
              { header: 'Thực hiện', width: 58, alignment: 'center' },
              { header: 'Đánh giá', width: 56, alignment: 'center' },
            ],
            content.indicators.map((indicator, i) => [
              String(i + 1),
              indicator.reference,
              indicator.title,
              indicator.target,
              indicator.actual || '—',
              centred(indicator.met === null ? 'Chưa đánh giá' : indicator.met ? 'Đạt' : 'Không đạt', indicator.met === false),
            ]),
          ),
        ]
      : []),
  ];
}

function findingLine(finding: MinutesFinding): ParagraphBlock {
  const details = [finding.requirement && `Căn cứ: ${stripEndPunctuation(finding.requirement)}.`, finding.evidence && `Bằng chứng: ${stripEndPunctuation(finding.evidence)}.`]
    .filter(Boolean)
    .join(' ');
  return paragraph([
    { text: `${finding.number}. `, bold: true },
    { text: `(${findingClassNames[finding.findingClass]}${finding.reference ? `, ${finding.reference}` : ''}) `, italics: true },
    `${stripEndPunctuation(finding.description)}.${details ? ` ${details}` : ''}`,
  ]);
}

function cchcBody(content: MinutesContent): BodyBlock[] {
  return [
    ...opening(content, 'kiểm tra'),
    ...participants(content, 'I'),
    ...cchcResults(content),
    heading('III', 'Các phát hiện', 1),
    paragraph(findingsCountSentence(content)),
    ...content.findings.map(findingLine),
    heading('IV', 'Nhận xét, đánh giá chung', 1),
    ...conclusionParagraphs(content, defaultCchcConclusion),
    ...requests(content, 'V'),
    ...unitComments(content, 'VI'),
    closing(content),
  ];
}

/** The team's conclusion as written, or a neutral statement read off the results when none was written. */
function conclusionParagraphs(content: MinutesContent, fallback: (content: MinutesContent) => string): BodyBlock[] {
  const written = userParagraphs(content.audit.conclusion);
  return written.length > 0 ? written : [paragraph(fallback(content))];
}

function defaultCchcConclusion(content: MinutesContent): string {
  const judged = content.areas.reduce((total, area) => total + area.judged, 0);
  const met = content.areas.reduce((total, area) => total + area.met, 0);
  const toFix = content.requests.length;
  return `${content.unitName} đạt yêu cầu ở ${met}/${judged} nội dung được kiểm tra${toFix > 0 ? `; còn ${String(toFix).padStart(2, '0')} nội dung phải khắc phục nêu tại mục V` : ''}.`;
}

function isoBody(content: MinutesContent): BodyBlock[] {
  const { audit } = content;
  return [
    ...opening(content, 'đánh giá nội bộ'),
    heading('I', 'Mục tiêu, phạm vi và chuẩn mực đánh giá', 1),
    paragraph([{ text: '1. Mục tiêu: ', bold: true }, audit.objective || 'Xác định mức độ phù hợp và hiệu lực của hệ thống quản lý chất lượng.']),
    paragraph([{ text: '2. Phạm vi: ', bold: true }, audit.scope || `Các hoạt động thuộc phạm vi áp dụng hệ thống quản lý chất lượng tại ${content.unitName}.`]),
    paragraph([{ text: '3. Chuẩn mực đánh giá: ', bold: true }, audit.criteria || 'TCVN ISO 9001:2015 và các tài liệu của hệ thống quản lý chất lượng.']),
    ...participants(content, 'II'),
    heading('III', 'Kết quả đánh giá', 1),
    paragraph(findingsCountSentence(content)),
    ...(content.findings.length > 0
      ? [
          documentTable(
            [
              { header: 'STT', width: 24, alignment: 'center' },
              { header: 'Điều khoản', width: 46, alignment: 'center' },
              { header: 'Phát hiện', width: '*' },
              { header: 'Bằng chứng', width: '*' },
              { header: 'Phân loại', width: 70, alignment: 'center' },
            ],
            content.findings.map((finding) => [finding.number, finding.reference || '—', finding.description, finding.evidence || '—', findingClassNames[finding.findingClass]]),
          ),
        ]
      : []),
    heading('IV', 'Kết luận', 1),
    ...conclusionParagraphs(content, defaultIsoConclusion),
    ...requests(content, 'V'),
    ...unitComments(content, 'VI'),
    closing(content),
  ];
}

/** Used only when the team wrote no conclusion: a neutral statement read off the findings. */
function defaultIsoConclusion(content: MinutesContent): string {
  const { kph_nang: major, kph_nhe: minor } = content.findingCounts;
  if (major > 0) return `Hệ thống quản lý chất lượng tại ${content.unitName} còn điểm không phù hợp nặng; đơn vị cần khắc phục để bảo đảm sự phù hợp và hiệu lực của hệ thống.`;
  if (minor > 0) return `Hệ thống quản lý chất lượng tại ${content.unitName} cơ bản phù hợp với TCVN ISO 9001:2015 và được duy trì; đơn vị cần khắc phục các điểm không phù hợp nêu trên.`;
  return `Hệ thống quản lý chất lượng tại ${content.unitName} phù hợp với TCVN ISO 9001:2015 và được duy trì có hiệu lực.`;
}

/** A biên bản bổ sung: what is added or corrected; the rest of the first minutes stands. */
function supplementBody(content: MinutesContent): BodyBlock[] {
  const supplements = content.revision.supplements!;
  const words = kindWords[content.kind];
  return [
    paragraph(`Căn cứ Biên bản số ${supplements.number} ${dateInWords(supplements.documentDate)} về việc ${words.act} ${words.subject} tại ${content.unitName};`),
    paragraph(
      `Hôm nay, ${dateInWords(content.document.documentDate)}, ${words.team} và đại diện ${content.unitName} thống nhất bổ sung, đính chính Biên bản số ${supplements.number} như sau:`,
    ),
    ...userParagraphs(content.revision.corrections),
    paragraph(`Các nội dung khác của Biên bản số ${supplements.number} giữ nguyên giá trị.`),
    closing(content),
  ];
}

export function minutesBody(content: MinutesContent): BodyBlock[] {
  if (content.revision.supplements) return supplementBody(content);
  return content.kind === 'CCHC' ? cchcBody(content) : isoBody(content);
}

/** The type (box 5a) and the summary line (trích yếu) under it. */
export function minutesTitle(content: MinutesContent): { type: string; summary: string } {
  const words = kindWords[content.kind];
  if (content.revision.supplements) {
    return { type: 'BIÊN BẢN BỔ SUNG', summary: `Bổ sung, đính chính Biên bản số ${content.revision.supplements.number}` };
  }
  return content.kind === 'CCHC'
    ? { type: 'BIÊN BẢN', summary: `Kiểm tra ${words.subject} tại ${content.unitName}` }
    : { type: 'BIÊN BẢN', summary: keepStandardNameTogether(`Đánh giá nội bộ ${words.subject} tại ${content.unitName}`) };
}
