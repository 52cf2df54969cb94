import type {
  ActivityKind, AgeBand, AgencyType, AuditOutcome, CaseStatus, ClosureReason, Concern,
  ConsentGiver, ConsentPurpose, ConsultationStatus, ContactChannel, ContactParty, Gender,
  GrantConditionStatus, MunicipalityType, OperatorKind, PreparationItem, ProgramTier,
  ReferralDestination, ReferralOutcome, ReferralSource, SatelliteAlertKind, SatelliteEventKind,
  SatelliteStatus, SupportFunction, SurveyGroup, SurveyMethod, WithdrawalDuration,
  WorkItemKind, WorkItemStatus, WorkDue, NotificationKind, PlannedActivityStatus,
} from './gql/graphql';

/**
 * The one table of Japanese labels: every enum of the API, each value exactly once, in the
 * words of the glossary. Screens never spell an enum value themselves; they call label().
 */
export const labels = {
  MunicipalityType: {
    CITY: '市', TOWN: '町', VILLAGE: '村', SPECIAL_WARD: '特別区', DESIGNATED_CITY: '指定都市',
  } satisfies Record<MunicipalityType, string>,
  ProgramTier: {
    REGIONAL_SUPPORT_CENTER: 'ひきこもり地域支援センター',
    SUPPORT_STATION: 'ひきこもり支援ステーション事業',
    SUPPORT_PROJECT: 'ひきこもりサポート事業',
  } satisfies Record<ProgramTier, string>,
  SupportFunction: {
    CONSULTATION: '相談支援',
    PLACE_OF_BELONGING: '居場所づくり',
    NETWORK: '地域のネットワークづくり（市町村プラットフォーム）',
    PEER_AND_FAMILY_GROUPS: 'ピアサポート・家族会等の支援',
    PUBLIC_AWARENESS: '普及啓発・情報発信',
    OUTREACH: '訪問支援（アウトリーチ）',
    FACT_FINDING: '実態把握',
  } satisfies Record<SupportFunction, string>,
  OperatorKind: { DIRECT: '直営', COMMISSIONED: '委託' } satisfies Record<OperatorKind, string>,
  ActivityKind: {
    PLACE_OF_BELONGING_SESSION: '居場所の開催',
    PEER_GROUP_MEETING: 'ピアサポート活動',
    FAMILY_GROUP_MEETING: '家族会・家族教室',
    AWARENESS_EVENT: '普及啓発イベント・講演会',
    NETWORK_MEETING: '関係機関会議（プラットフォーム会議）',
    STAFF_TRAINING: '支援者研修',
    FACT_FINDING_SURVEY: '実態把握調査',
  } satisfies Record<ActivityKind, string>,
  AgencyType: {
    MUNICIPALITY: '市町村',
    SOCIAL_WELFARE_COUNCIL: '社会福祉協議会',
    HEALTH_AND_MEDICAL: '保健・医療機関',
    EMPLOYMENT_SUPPORT: '就労支援機関',
    NONPROFIT: 'NPO法人等',
    OTHER: 'その他の機関',
  } satisfies Record<AgencyType, string>,
  SurveyMethod: {
    MAIL: '郵送', ONLINE: 'オンライン回答', INTERVIEW: '聞き取り', MIXED: '複数の方法',
  } satisfies Record<SurveyMethod, string>,
  SurveyGroup: {
    RESIDENTS: '住民',
    AGENCIES: '関係機関',
    PEOPLE_AND_FAMILIES: '本人・家族',
    COMMUNITY_VOLUNTEERS: '民生委員・児童委員',
  } satisfies Record<SurveyGroup, string>,
  SatelliteStatus: {
    PLANNED: '設置予定', OPERATING: '運営中', TRANSITIONED: '市町村へ移行済み', CLOSED: '廃止',
  } satisfies Record<SatelliteStatus, string>,
  SatelliteEventKind: {
    ESTABLISHED: '設置', EXTENDED: '移行予定日の延長', TRANSITIONED: '移行', CLOSED: '廃止',
  } satisfies Record<SatelliteEventKind, string>,
  SatelliteAlertKind: {
    DUE_180_DAYS: '移行予定日まで180日',
    DUE_90_DAYS: '移行予定日まで90日',
    DUE_30_DAYS: '移行予定日まで30日',
    OVERDUE: '移行予定日超過',
  } satisfies Record<SatelliteAlertKind, string>,
  PreparationItem: {
    FACT_FINDING: '実態把握', PREMISES_REPAIR: '施設の改修', EQUIPMENT: '備品の購入',
  } satisfies Record<PreparationItem, string>,
  GrantConditionStatus: {
    PENDING: '確認待ち', MET: '条件達成', NOT_MET: '条件未達成',
  } satisfies Record<GrantConditionStatus, string>,
  ConsultationStatus: {
    OPEN: '回答待ち', ANSWERED: '回答済み', CLOSED: '終了',
  } satisfies Record<ConsultationStatus, string>,
  AgeBand: {
    UNDER_20: '20歳未満',
    FROM_20_TO_29: '20代',
    FROM_30_TO_39: '30代',
    FROM_40_TO_49: '40代',
    FROM_50_TO_59: '50代',
    FROM_60_TO_69: '60代',
    FROM_70: '70歳以上',
    UNKNOWN: '年齢不明',
  } satisfies Record<AgeBand, string>,
  Gender: { FEMALE: '女性', MALE: '男性', OTHER: 'その他', UNKNOWN: '不明' } satisfies Record<Gender, string>,
  WithdrawalDuration: {
    UNDER_6_MONTHS: '6か月未満',
    FROM_6_MONTHS_TO_1_YEAR: '6か月〜1年',
    FROM_1_TO_3_YEARS: '1〜3年',
    FROM_3_TO_5_YEARS: '3〜5年',
    FROM_5_TO_10_YEARS: '5〜10年',
    FROM_10_YEARS: '10年以上',
    UNKNOWN: '期間不明',
  } satisfies Record<WithdrawalDuration, string>,
  Concern: {
    MENTAL_HEALTH: '精神的な不調',
    PHYSICAL_HEALTH: '身体の不調',
    DISABILITY: '障害',
    POVERTY: '生活困窮',
    FAMILY_CONFLICT: '家族関係',
    EMPLOYMENT: '就労',
    EDUCATION: '就学・学び直し',
    ELDER_CARE: '介護',
    DEBT: '負債',
    VIOLENCE: '暴力',
    OTHER: 'その他の困りごと',
  } satisfies Record<Concern, string>,
  CaseStatus: {
    INTAKE: '受付', ACTIVE: '支援中', MONITORING: '見守り', CLOSED: '終結', TRANSFERRED: '移管',
  } satisfies Record<CaseStatus, string>,
  ContactChannel: {
    PHONE: '電話',
    DESK_VISIT: '来所',
    HOME_VISIT: '訪問（アウトリーチ）',
    ACCOMPANIED_VISIT: '同行支援',
    EMAIL: 'メール',
    ONLINE: 'オンライン',
    LETTER: '手紙',
  } satisfies Record<ContactChannel, string>,
  ContactParty: {
    PERSON: '本人', FAMILY: '家族', BOTH: '本人と家族', AGENCY: '関係機関',
  } satisfies Record<ContactParty, string>,
  ClosureReason: {
    GOAL_REACHED: '目標達成',
    PLACE_OF_BELONGING_FOUND: '居場所につながった',
    FAMILY_STABILISED: '家族関係の安定',
    STUDY: '就学',
    WORK: '就労',
    MOVED_AWAY: '転出',
    CONTACT_LOST: '連絡途絶',
    TRANSFERRED: '移管による終結',
    DECEASED: '死亡',
    OTHER: 'その他の理由',
  } satisfies Record<ClosureReason, string>,
  ReferralSource: {
    PERSON: '本人',
    FAMILY: '家族',
    AGENCY: '関係機関',
    COMMUNITY_VOLUNTEER: '民生委員・児童委員',
    OTHER: 'その他の経路',
  } satisfies Record<ReferralSource, string>,
  ReferralDestination: {
    SELF_RELIANCE_CONSULTATION: '自立相談支援機関',
    EMPLOYMENT_PREPARATION: '就労準備支援事業',
    YOUTH_SUPPORT_STATION: '地域若者サポートステーション',
    MENTAL_HEALTH_CENTER: '精神保健福祉センター',
    HOSPITAL: '医療機関',
    COMMUNITY_GENERAL_SUPPORT_CENTER: '地域包括支援センター',
    PUBLIC_ASSISTANCE: '生活保護（福祉事務所）',
    MULTI_LAYERED_SUPPORT: '重層的支援体制整備事業',
    OTHER: 'その他の機関',
  } satisfies Record<ReferralDestination, string>,
  ReferralOutcome: {
    PENDING: '調整中', CONNECTED: 'つながった', DECLINED: '本人が希望せず', NOT_CONNECTED: 'つながらなかった',
  } satisfies Record<ReferralOutcome, string>,
  ConsentPurpose: {
    PREFECTURAL_CONSULTATION: '都道府県への相談',
    TRANSFER: '移管',
    INFORMATION_SHARING: '関係機関との情報共有',
  } satisfies Record<ConsentPurpose, string>,
  ConsentGiver: { PERSON: '本人の同意', FAMILY_ON_BEHALF: '家族による代理同意' } satisfies Record<ConsentGiver, string>,
  WorkItemKind: { TASK: 'フォローアップ', APPOINTMENT: '面談予定' } satisfies Record<WorkItemKind, string>,
  WorkItemStatus: {
    OPEN: '未完了', DONE: '完了', CANCELLED: '取りやめ', HELD: '実施済み',
  } satisfies Record<WorkItemStatus, string>,
  WorkDue: { TODAY: '今日', OVERDUE: '期限切れ', WEEK: '今週（期限切れを含む）' } satisfies Record<WorkDue, string>,
  NotificationKind: {
    TASK_DUE: 'フォローアップの期限',
    TASK_OVERDUE: 'フォローアップの期限切れ',
    APPOINTMENT_TODAY: '今日の面談予定',
    CASE_REASSIGNED: 'ケースの担当者の変更',
    TRANSFER_RECEIVED: 'ケースの移管の受け入れ',
    CONSULTATION_RECEIVED: '市町村からの相談',
    CONSULTATION_ANSWERED: '都道府県からの回答',
    SATELLITE_ALERT: 'サテライトの移行予定日',
    GRANT_CONDITION_DECIDED: '準備支援の条件の判定',
  } satisfies Record<NotificationKind, string>,
  PlannedActivityStatus: { PLANNED: '予定', HELD: '開催済み', CANCELLED: '中止' } satisfies Record<PlannedActivityStatus, string>,
  AuditOutcome: { ALLOWED: '許可', DENIED: '拒否', FAILED: '失敗' } satisfies Record<AuditOutcome, string>,
} as const;

export type EnumName = keyof typeof labels;

/** The Japanese label of an enum value; the value itself if the API sent one this app does not know yet. */
export function label<E extends EnumName>(enumName: E, value: keyof (typeof labels)[E] | null | undefined): string {
  if (value == null) return '—';
  const table = labels[enumName] as Record<string, string>;
  return table[value as string] ?? String(value);
}

/** The options of a select for an enum, in the API's order. */
export function options<E extends EnumName>(enumName: E): { value: keyof (typeof labels)[E] & string; label: string }[] {
  return Object.entries(labels[enumName]).map(([value, text]) => ({ value: value as keyof (typeof labels)[E] & string, label: text as string }));
}

/** App roles (the token's roles claim), in Japanese. */
export const roleLabels: Record<string, string> = {
  Caseworker: '相談支援員',
  Supervisor: '管理者（スーパーバイザー）',
  TenantAdmin: 'テナント管理者',
  PrefecturalOfficer: '都道府県担当者',
  NationalAnalyst: '国（厚生労働省）担当者',
  Integrator: '連携システム',
};

/** 令和 year of a fiscal year: 2023 → "令和5年度（2023年度）". */
export function fiscalYearLabel(fiscalYear: number): string {
  if (fiscalYear >= 2019) return `令和${fiscalYear - 2018 === 1 ? '元' : fiscalYear - 2018}年度（${fiscalYear}年度）`;
  return `平成${fiscalYear - 1988}年度（${fiscalYear}年度）`;
}
