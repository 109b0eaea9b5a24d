/** Enumerations shared by the store schema, the contract and the UI. Labels live in the message catalog. */

export const auditKinds = ['CCHC', 'ISO'] as const;
export type AuditKind = (typeof auditKinds)[number];

export const templatePurposes = ['ISO', 'CCHC', 'TTHC'] as const;
export type TemplatePurpose = (typeof templatePurposes)[number];

export const answerTypes = ['conformity', 'numeric', 'yes_no', 'text'] as const;
export type AnswerType = (typeof answerTypes)[number];

export const comparators = ['>', '>=', '<', '<=', '='] as const;
export type Comparator = (typeof comparators)[number];

export const versionStatuses = ['draft', 'published', 'superseded'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

/** The conformity scale, in the order of the 1–6 keys on the checklist screen. */
export const conformityResults = ['phu_hop', 'kph_nhe', 'kph_nang', 'diem_luu_y', 'co_hoi_cai_tien', 'khong_ap_dung'] as const;
export type ConformityResult = (typeof conformityResults)[number];

export const findingClasses = ['kph_nang', 'kph_nhe', 'diem_luu_y', 'co_hoi_cai_tien'] as const;
export type FindingClass = (typeof findingClasses)[number];

export const teamRoles = ['truong_doan', 'pho_doan', 'thanh_vien', 'thu_ky'] as const;
export type TeamRole = (typeof teamRoles)[number];

export const auditStatuses = ['in_progress', 'closed', 'locked'] as const;
export type AuditStatus = (typeof auditStatuses)[number];

export const actionStatuses = ['moi', 'da_phan_tich', 'dang_thuc_hien', 'cho_xac_minh', 'da_xac_minh_hieu_qua', 'khong_hieu_qua'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** The board's status filter (the URL carries it, so the first screen reads it without the contract). */
export const boardStatusFilters = ['open', 'closed', 'all', ...actionStatuses] as const;
export type BoardStatusFilter = (typeof boardStatusFilters)[number];
export const dueFilters = ['overdue', 'due_soon'] as const;
export type DueFilter = (typeof dueFilters)[number];

/** The periodic reports: CCHC inspection results, and the ISO internal audit with the management-review input. */
export const reportKinds = ['cchc', 'iso'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const programmeStatuses = ['draft', 'approved'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];
