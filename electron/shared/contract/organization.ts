import * as z from 'zod';
import { command, query } from './define';
import { optionalText, percent, requiredText, textCharacters } from './fields';
import { patchInput } from './patch';
import { programmeDocumentSchema } from './programme';
import { defaultReportingRules, reportingBases } from '../reporting/periods';
import { fieldMessage } from '../i18n/fieldMessages';

export interface OrganizationView {
  superiorBodyName: string;
  bodyName: string;
  bodyShortCode: string;
  placeName: string;
  chairName: string;
  chairTitle: string;
}

export const organizationInput = z.object({
  superiorBodyName: requiredText('fieldLabels.parentBodyName', 200),
  bodyName: requiredText('fieldLabels.bodyName', 200),
  bodyShortCode: requiredText('fieldLabels.bodyAbbreviation', 20).refine((v) => /^[\p{Lu}\d-]+$/u.test(v), {
    error: () => fieldMessage('contractRules.abbreviationCharacters'),
  }),
  placeName: requiredText('fieldLabels.placeName', 100),
  chairName: optionalText('fieldLabels.chairName', 100),
  chairTitle: requiredText('fieldLabels.signerPosition', 100),
});

/** Tunable rules. Every threshold the plan or the law sets lives here, not in code (legal bases have their own table). */
export const appSettingsSchema = z.object({
  cchcCoveragePercent: percent('fieldLabels.cchcRate').default(100),
  isoSharePercent: percent('fieldLabels.isoRate').default(25),
  isoRotationYears: z.number().int().min(1).max(10).default(4),
  correctiveActionDueDaysCchc: z.number().int().min(1).max(365).default(15),
  correctiveActionDueMonthsIso: z.number().int().min(1).max(24).default(2),
  dueSoonDays: z.number().int().min(1).max(60).default(7),
  evidenceMaxMegabytes: z.number().min(1).max(500).default(25),
  schedulingMonths: z
    .array(z.number().int().min(1).max(12))
    .min(1, { error: () => fieldMessage('contractRules.schedulingMonthNeeded') })
    .default([3, 4, 5, 6, 7, 8, 9, 10, 11]),
  /** People per inspection team, the Trưởng đoàn included. */
  inspectionTeamSize: z.number().int().min(2).max(10).default(3),
  isoTeamRequiresTrainedAuditors: z.boolean().default(true),
  /** Years an open major nonconformity, or an overdue corrective action, adds to a unit's wait when choosing ISO evaluations. */
  isoRiskPullForwardYears: z.number().int().min(0).max(5).default(1),
  /**
   * Years a unit that has never been evaluated may wait for its first ISO evaluation, counted from the
   * year it entered the registry: 1 means in its first year. Each year it waits is a warning.
   */
  isoFirstEvaluationWithinYears: z.number().int().min(1).max(10).default(1),
  programmeDocument: programmeDocumentSchema,
  /** Target 1.2 names departments and administrative organisations; public service units join the CCHC scope only by this choice. */
  includePublicServiceUnits: z.boolean().default(false),
  /** Reporting windows: the NĐ 09/2019 cut-off (15/12–14/3 for quý I…) or whole calendar months. */
  reportingBasis: z.enum(reportingBases, { error: () => fieldMessage('contractRules.reportingBasisInvalid') }).default(defaultReportingRules.basis),
  /** The day a cut-off window opens on (the window closes the day before it), 15 under NĐ 09/2019 Điều 12. */
  reportingCutoffDay: z
    .number({ error: () => fieldMessage('contractRules.cutOffNumber') })
    .int({ error: () => fieldMessage('contractRules.cutOffInteger') })
    .min(2, { error: () => fieldMessage('contractRules.cutOffRange') })
    .max(28, { error: () => fieldMessage('contractRules.cutOffRange') })
    .default(defaultReportingRules.cutoffDay),
  /** The plan asks for monthly reports in VI.2.1 and leaves them out of its closing paragraph: the ward chooses. */
  monthlyReports: z.boolean().default(true),
  /**
   * The RFC 3161 timestamp server signatures are stamped by (PAdES B-T), e.g. VGCA's http://tsa.ca.gov.vn;
   * empty: signatures carry no timestamp (B-B), and the signer is told so.
   */
  timestampServerUrl: z
    .string({ error: () => fieldMessage('contractRules.tsaUrlString') })
    .trim()
    .check(textCharacters('fieldLabels.timestampServer', 'single'))
    .max(500, { error: () => fieldMessage('contractRules.tsaUrlTooLong') })
    .refine((value) => value === '' || isHttpUrl(value), { error: () => fieldMessage('contractRules.tsaUrlScheme') })
    .default(''),
});

/** An http(s) address with a host (shared code runs where URL may not exist, so by its shape). */
const isHttpUrl = (value: string) => /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(value);
export type AppSettings = z.output<typeof appSettingsSchema>;

export const organizationMethods = {
  'organization.get': query<OrganizationView>()(z.object({}).strict(), 'Thông tin cơ quan'),
  'organization.update': command<OrganizationView>()(patchInput(organizationInput), 'Cập nhật thông tin cơ quan'),
  'settings.get': query<AppSettings>()(z.object({}).strict(), 'Các thiết lập và ngưỡng'),
  'settings.update': command<AppSettings>()(patchInput(appSettingsSchema), 'Cập nhật thiết lập; các thiết lập không nêu giữ nguyên'),
};
