/**
 * Small, fixed code tables the generators draw from: real ICD-10-CM and CPT/HCPCS codes (with
 * short descriptions written for the sandbox), modifiers, payers, specialties, US time zones and
 * staff roles. Data only: no randomness here.
 */
import type { Schemas } from '../contract/schemas.js';
import type { PolicyType } from './types.js';

/** ICD-10-CM diagnosis codes with their official descriptions. */
export const ICD10_CODES = {
  I10: 'Essential (primary) hypertension',
  'E11.9': 'Type 2 diabetes mellitus without complications',
  'E11.65': 'Type 2 diabetes mellitus with hyperglycemia',
  'Z79.4': 'Long term (current) use of insulin',
  'Z79.84': 'Long term (current) use of oral hypoglycemic drugs',
  'E78.5': 'Hyperlipidemia, unspecified',
  'E78.2': 'Mixed hyperlipidemia',
  'E66.9': 'Obesity, unspecified',
  'E03.9': 'Hypothyroidism, unspecified',
  'J06.9': 'Acute upper respiratory infection, unspecified',
  'J01.90': 'Acute sinusitis, unspecified',
  'J02.9': 'Acute pharyngitis, unspecified',
  'J02.0': 'Streptococcal pharyngitis',
  'J20.9': 'Acute bronchitis, unspecified',
  'R05.9': 'Cough, unspecified',
  'J45.909': 'Unspecified asthma, uncomplicated',
  'J30.9': 'Allergic rhinitis, unspecified',
  'H66.90': 'Otitis media, unspecified, unspecified ear',
  'M54.50': 'Low back pain, unspecified',
  'N39.0': 'Urinary tract infection, site not specified',
  'R30.0': 'Dysuria',
  'F41.1': 'Generalized anxiety disorder',
  'F32.A': 'Depression, unspecified',
  'F90.9': 'Attention-deficit hyperactivity disorder, unspecified type',
  'G47.00': 'Insomnia, unspecified',
  'K21.9': 'Gastro-esophageal reflux disease without esophagitis',
  'G43.909': 'Migraine, unspecified, not intractable, without status migrainosus',
  'R51.9': 'Headache, unspecified',
  'Z00.00': 'Encounter for general adult medical examination without abnormal findings',
  'Z00.01': 'Encounter for general adult medical examination with abnormal findings',
  'Z00.129': 'Encounter for routine child health examination without abnormal findings',
  Z23: 'Encounter for immunization',
  'L70.0': 'Acne vulgaris',
  'L40.0': 'Psoriasis vulgaris',
  'L57.0': 'Actinic keratosis',
  'L82.1': 'Other seborrheic keratosis',
  'D22.5': 'Melanocytic nevi of trunk',
  'D48.5': 'Neoplasm of uncertain behavior of skin',
  'B07.9': 'Viral wart, unspecified',
  'L30.9': 'Dermatitis, unspecified',
  'M17.11': 'Unilateral primary osteoarthritis, right knee',
  'M17.12': 'Unilateral primary osteoarthritis, left knee',
  'M25.561': 'Pain in right knee',
  'M25.562': 'Pain in left knee',
  'M25.511': 'Pain in right shoulder',
  'M25.512': 'Pain in left shoulder',
  'M75.41': 'Impingement syndrome of right shoulder',
  'M75.42': 'Impingement syndrome of left shoulder',
  'S93.401A': 'Sprain of unspecified ligament of right ankle, initial encounter',
  'S93.402A': 'Sprain of unspecified ligament of left ankle, initial encounter',
  'S61.411A': 'Laceration without foreign body of right hand, initial encounter',
  'S61.412A': 'Laceration without foreign body of left hand, initial encounter',
  'F17.210': 'Nicotine dependence, cigarettes, uncomplicated',
  'Z87.891': 'Personal history of nicotine dependence',
  'M81.0': 'Age-related osteoporosis without current pathological fracture',
} as const satisfies Record<string, string>;
export type Icd10Code = keyof typeof ICD10_CODES;

/** What a billed code is, which decides modifiers and units. */
export type ProcedureKind = 'em' | 'preventive' | 'procedure' | 'lab' | 'imaging' | 'drug' | 'vaccine' | 'therapy';

export interface ProcedureCodeInfo {
  codeType: 'CPT' | 'HCPCS';
  description: string;
  /** A typical list charge in cents; each clinic scales it into its own fee schedule. */
  chargeCents: number;
  kind: ProcedureKind;
  /** Billed with LT/RT when the visit concerns one side. */
  lateral?: boolean;
}

/** CPT (and a few HCPCS Level II) codes, with short descriptions written for the sandbox. */
export const PROCEDURE_CODES = {
  '99202': {
    codeType: 'CPT',
    description: 'Office or outpatient visit, new patient, straightforward medical decision making',
    chargeCents: 11000,
    kind: 'em',
  },
  '99203': {
    codeType: 'CPT',
    description: 'Office or outpatient visit, new patient, low medical decision making',
    chargeCents: 17000,
    kind: 'em',
  },
  '99204': {
    codeType: 'CPT',
    description: 'Office or outpatient visit, new patient, moderate medical decision making',
    chargeCents: 26000,
    kind: 'em',
  },
  '99205': {
    codeType: 'CPT',
    description: 'Office or outpatient visit, new patient, high medical decision making',
    chargeCents: 34000,
    kind: 'em',
  },
  '99212': {
    codeType: 'CPT',
    description: 'Office or outpatient visit, established patient, straightforward medical decision making',
    chargeCents: 8000,
    kind: 'em',
  },
  '99213': {
    codeType: 'CPT',
    description: 'Office or outpatient visit, established patient, low medical decision making',
    chargeCents: 13000,
    kind: 'em',
  },
  '99214': {
    codeType: 'CPT',
    description: 'Office or outpatient visit, established patient, moderate medical decision making',
    chargeCents: 19000,
    kind: 'em',
  },
  '99215': {
    codeType: 'CPT',
    description: 'Office or outpatient visit, established patient, high medical decision making',
    chargeCents: 26000,
    kind: 'em',
  },
  '99381': {
    codeType: 'CPT',
    description: 'Initial preventive medicine visit, new patient, infant under 1 year',
    chargeCents: 17000,
    kind: 'preventive',
  },
  '99382': {
    codeType: 'CPT',
    description: 'Initial preventive medicine visit, new patient, age 1 through 4 years',
    chargeCents: 18000,
    kind: 'preventive',
  },
  '99383': {
    codeType: 'CPT',
    description: 'Initial preventive medicine visit, new patient, age 5 through 11 years',
    chargeCents: 18500,
    kind: 'preventive',
  },
  '99384': {
    codeType: 'CPT',
    description: 'Initial preventive medicine visit, new patient, age 12 through 17 years',
    chargeCents: 20000,
    kind: 'preventive',
  },
  '99385': {
    codeType: 'CPT',
    description: 'Initial preventive medicine visit, new patient, age 18 through 39 years',
    chargeCents: 25000,
    kind: 'preventive',
  },
  '99386': {
    codeType: 'CPT',
    description: 'Initial preventive medicine visit, new patient, age 40 through 64 years',
    chargeCents: 29000,
    kind: 'preventive',
  },
  '99387': {
    codeType: 'CPT',
    description: 'Initial preventive medicine visit, new patient, age 65 years and older',
    chargeCents: 31000,
    kind: 'preventive',
  },
  '99391': {
    codeType: 'CPT',
    description: 'Periodic preventive medicine visit, established patient, infant under 1 year',
    chargeCents: 15500,
    kind: 'preventive',
  },
  '99392': {
    codeType: 'CPT',
    description: 'Periodic preventive medicine visit, established patient, age 1 through 4 years',
    chargeCents: 16500,
    kind: 'preventive',
  },
  '99393': {
    codeType: 'CPT',
    description: 'Periodic preventive medicine visit, established patient, age 5 through 11 years',
    chargeCents: 16500,
    kind: 'preventive',
  },
  '99394': {
    codeType: 'CPT',
    description: 'Periodic preventive medicine visit, established patient, age 12 through 17 years',
    chargeCents: 18000,
    kind: 'preventive',
  },
  '99395': {
    codeType: 'CPT',
    description: 'Periodic preventive medicine visit, established patient, age 18 through 39 years',
    chargeCents: 22000,
    kind: 'preventive',
  },
  '99396': {
    codeType: 'CPT',
    description: 'Periodic preventive medicine visit, established patient, age 40 through 64 years',
    chargeCents: 24000,
    kind: 'preventive',
  },
  '99397': {
    codeType: 'CPT',
    description: 'Periodic preventive medicine visit, established patient, age 65 years and older',
    chargeCents: 26000,
    kind: 'preventive',
  },
  G0438: {
    codeType: 'HCPCS',
    description: 'Annual wellness visit, initial, with personalized prevention plan',
    chargeCents: 24000,
    kind: 'preventive',
  },
  G0439: {
    codeType: 'HCPCS',
    description: 'Annual wellness visit, subsequent, with personalized prevention plan',
    chargeCents: 19000,
    kind: 'preventive',
  },
  '90471': { codeType: 'CPT', description: 'Immunization administration, one vaccine', chargeCents: 3000, kind: 'vaccine' },
  '90686': {
    codeType: 'CPT',
    description: 'Influenza vaccine, quadrivalent, preservative free, 0.5 mL, intramuscular',
    chargeCents: 4500,
    kind: 'vaccine',
  },
  '90715': {
    codeType: 'CPT',
    description: 'Tdap vaccine, age 7 years and older, intramuscular',
    chargeCents: 6500,
    kind: 'vaccine',
  },
  '87880': { codeType: 'CPT', description: 'Rapid strep A antigen test, immunoassay', chargeCents: 3500, kind: 'lab' },
  '87804': { codeType: 'CPT', description: 'Rapid influenza antigen test, immunoassay', chargeCents: 4000, kind: 'lab' },
  '81002': {
    codeType: 'CPT',
    description: 'Urinalysis by dipstick, non-automated, without microscopy',
    chargeCents: 1500,
    kind: 'lab',
  },
  '82962': { codeType: 'CPT', description: 'Blood glucose by home monitoring device', chargeCents: 1000, kind: 'lab' },
  '83036': { codeType: 'CPT', description: 'Hemoglobin A1c', chargeCents: 4500, kind: 'lab' },
  '80053': { codeType: 'CPT', description: 'Comprehensive metabolic panel', chargeCents: 5500, kind: 'lab' },
  '80061': { codeType: 'CPT', description: 'Lipid panel', chargeCents: 5000, kind: 'lab' },
  '84443': { codeType: 'CPT', description: 'Thyroid stimulating hormone (TSH)', chargeCents: 6000, kind: 'lab' },
  '85025': { codeType: 'CPT', description: 'Complete blood count with automated differential', chargeCents: 3500, kind: 'lab' },
  '36415': { codeType: 'CPT', description: 'Routine venipuncture', chargeCents: 1500, kind: 'lab' },
  '93000': {
    codeType: 'CPT',
    description: 'Electrocardiogram, 12 leads, with interpretation and report',
    chargeCents: 7500,
    kind: 'procedure',
  },
  '94640': { codeType: 'CPT', description: 'Inhalation treatment by nebulizer', chargeCents: 4500, kind: 'procedure' },
  '94010': { codeType: 'CPT', description: 'Spirometry', chargeCents: 8500, kind: 'procedure' },
  '96127': {
    codeType: 'CPT',
    description: 'Brief emotional or behavioral assessment, scored instrument',
    chargeCents: 2500,
    kind: 'procedure',
  },
  '99406': {
    codeType: 'CPT',
    description: 'Smoking and tobacco cessation counseling, 3 to 10 minutes',
    chargeCents: 3500,
    kind: 'procedure',
  },
  '96372': {
    codeType: 'CPT',
    description: 'Therapeutic injection, subcutaneous or intramuscular',
    chargeCents: 4000,
    kind: 'procedure',
  },
  '20610': {
    codeType: 'CPT',
    description: 'Arthrocentesis, aspiration or injection, major joint, without ultrasound guidance',
    chargeCents: 18000,
    kind: 'procedure',
    lateral: true,
  },
  '20550': {
    codeType: 'CPT',
    description: 'Injection, single tendon sheath or ligament',
    chargeCents: 12000,
    kind: 'procedure',
    lateral: true,
  },
  J1030: { codeType: 'HCPCS', description: 'Injection, methylprednisolone acetate, 40 mg', chargeCents: 1800, kind: 'drug' },
  J3301: { codeType: 'HCPCS', description: 'Injection, triamcinolone acetonide, per 10 mg', chargeCents: 900, kind: 'drug' },
  J1885: { codeType: 'HCPCS', description: 'Injection, ketorolac tromethamine, per 15 mg', chargeCents: 700, kind: 'drug' },
  '73562': { codeType: 'CPT', description: 'X-ray of knee, 3 views', chargeCents: 12000, kind: 'imaging', lateral: true },
  '73030': {
    codeType: 'CPT',
    description: 'X-ray of shoulder, minimum 2 views',
    chargeCents: 11000,
    kind: 'imaging',
    lateral: true,
  },
  '73610': {
    codeType: 'CPT',
    description: 'X-ray of ankle, complete, minimum 3 views',
    chargeCents: 11000,
    kind: 'imaging',
    lateral: true,
  },
  '73130': { codeType: 'CPT', description: 'X-ray of hand, minimum 3 views', chargeCents: 10500, kind: 'imaging', lateral: true },
  '72100': { codeType: 'CPT', description: 'X-ray of lumbosacral spine, 2 or 3 views', chargeCents: 12000, kind: 'imaging' },
  '29540': {
    codeType: 'CPT',
    description: 'Strapping of ankle and/or foot',
    chargeCents: 6000,
    kind: 'procedure',
    lateral: true,
  },
  '12002': {
    codeType: 'CPT',
    description: 'Simple repair of superficial wound, 2.6 cm to 7.5 cm',
    chargeCents: 25000,
    kind: 'procedure',
  },
  '11102': { codeType: 'CPT', description: 'Tangential biopsy of skin, single lesion', chargeCents: 15000, kind: 'procedure' },
  '17000': {
    codeType: 'CPT',
    description: 'Destruction of premalignant lesion, first lesion',
    chargeCents: 12000,
    kind: 'procedure',
  },
  '17003': {
    codeType: 'CPT',
    description: 'Destruction of premalignant lesions, second through 14th, each',
    chargeCents: 1500,
    kind: 'procedure',
  },
  '17110': {
    codeType: 'CPT',
    description: 'Destruction of benign lesions other than skin tags, up to 14 lesions',
    chargeCents: 14000,
    kind: 'procedure',
  },
  '11900': { codeType: 'CPT', description: 'Intralesional injection, up to 7 lesions', chargeCents: 9000, kind: 'procedure' },
  '97110': { codeType: 'CPT', description: 'Therapeutic exercises, each 15 minutes', chargeCents: 6000, kind: 'therapy' },
  '97140': { codeType: 'CPT', description: 'Manual therapy techniques, each 15 minutes', chargeCents: 6500, kind: 'therapy' },
} as const satisfies Record<string, ProcedureCodeInfo>;
export type ProcedureCode = keyof typeof PROCEDURE_CODES;

/** Billing modifiers the generators attach, with their names. */
export const MODIFIERS = {
  '25': 'Significant, separately identifiable evaluation and management service',
  '59': 'Distinct procedural service',
  '95': 'Synchronous telemedicine service via real-time audio and video',
  QW: 'CLIA-waived test',
  LT: 'Left side',
  RT: 'Right side',
} as const satisfies Record<string, string>;
export type ModifierCode = keyof typeof MODIFIERS;

/** Clinic specialties; a facility's `specialty` and a bill's `specialty` take these values. */
export const SPECIALTIES = [
  'Family Medicine',
  'Internal Medicine',
  'Pediatrics',
  'Urgent Care',
  'Dermatology',
  'Orthopedics',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

/** How a facility name spells each specialty: "Sunrise Family Medicine - Downtown". */
export const SPECIALTY_NAME_PART: Record<Specialty, string> = {
  'Family Medicine': 'Family Medicine',
  'Internal Medicine': 'Internal Medicine',
  Pediatrics: 'Pediatrics',
  'Urgent Care': 'Urgent Care',
  Dermatology: 'Dermatology',
  Orthopedics: 'Orthopedics & Sports Medicine',
};

/**
 * US IANA time zones a clinic can sit in: standard UTC offset (minutes), whether the zone keeps
 * daylight saving time, local area codes and a rough share of clinics.
 */
export const US_TIMEZONES: readonly {
  zone: string;
  standardOffsetMinutes: number;
  observesDst: boolean;
  areaCodes: readonly string[];
  weight: number;
}[] = [
  {
    zone: 'America/New_York',
    standardOffsetMinutes: -300,
    observesDst: true,
    areaCodes: ['212', '617', '404', '305', '215', '704', '919', '412'],
    weight: 30,
  },
  {
    zone: 'America/Chicago',
    standardOffsetMinutes: -360,
    observesDst: true,
    areaCodes: ['312', '214', '713', '512', '615', '314', '612', '504'],
    weight: 25,
  },
  {
    zone: 'America/Denver',
    standardOffsetMinutes: -420,
    observesDst: true,
    areaCodes: ['303', '720', '801', '505', '406'],
    weight: 7,
  },
  { zone: 'America/Phoenix', standardOffsetMinutes: -420, observesDst: false, areaCodes: ['602', '480', '520'], weight: 4 },
  {
    zone: 'America/Los_Angeles',
    standardOffsetMinutes: -480,
    observesDst: true,
    areaCodes: ['213', '310', '415', '619', '206', '503', '702', '916'],
    weight: 22,
  },
  { zone: 'America/Detroit', standardOffsetMinutes: -300, observesDst: true, areaCodes: ['313', '248', '616'], weight: 4 },
  { zone: 'America/Indiana/Indianapolis', standardOffsetMinutes: -300, observesDst: true, areaCodes: ['317', '765'], weight: 3 },
  { zone: 'America/Boise', standardOffsetMinutes: -420, observesDst: true, areaCodes: ['208'], weight: 1 },
  { zone: 'America/Anchorage', standardOffsetMinutes: -540, observesDst: true, areaCodes: ['907'], weight: 1 },
  { zone: 'Pacific/Honolulu', standardOffsetMinutes: -600, observesDst: false, areaCodes: ['808'], weight: 1 },
];

/** First words of a practice name when the organization's own name is not given. */
export const PRACTICE_BRANDS = [
  'Sunrise',
  'Cedar Valley',
  'Lakeside',
  'Summit',
  'Riverbend',
  'Harborview',
  'Maple Grove',
  'Willow Creek',
  'Pinecrest',
  'Oak Hollow',
  'Bluewater',
  'Northstar',
  'Evergreen',
  'Clearwater',
  'Red Rock',
  'Prairie View',
  'Silver Lake',
  'Stonebridge',
  'Meadowbrook',
  'Brightside',
  'Crescent',
  'Heritage',
  'Horizon',
  'Keystone',
  'Mesa',
] as const;

/** Second part of a facility name: "- Downtown". */
export const FACILITY_LOCATIONS = [
  'Downtown',
  'Northside',
  'Southside',
  'Eastside',
  'Westside',
  'Midtown',
  'Uptown',
  'Riverside',
  'Lakeview',
  'Old Town',
  'Hillcrest',
  'Parkside',
  'University',
  'Westgate',
  'Eastgate',
  'Main Street',
  'Medical Plaza',
  'Oak Park',
  'Harbor Point',
  'Cedar Square',
] as const;

/** Clinician credentials: who is called "Dr." and who bills under an individual NPI. */
export const CREDENTIALS = {
  MD: { doctor: true, billing: true, role: 'Physician' },
  DO: { doctor: true, billing: true, role: 'Physician' },
  NP: { doctor: false, billing: true, role: 'Nurse Practitioner' },
  'PA-C': { doctor: false, billing: true, role: 'Physician Assistant' },
  RN: { doctor: false, billing: false, role: 'Registered Nurse' },
} as const satisfies Record<string, { doctor: boolean; billing: boolean; role: ProviderRole }>;
export type Credential = keyof typeof CREDENTIALS;

/**
 * Provider role names as the API lists them (A6: `"Physician"`, `"Surgeon"`): the document's
 * `ProviderRole`, which `roleId` filters on. Each clinician has the role of their credential;
 * some physicians also operate, supervise NPs and PAs, or run the practice.
 */
export const PROVIDER_ROLES = [
  'Physician',
  'Surgeon',
  'Supervising Physician',
  'Nurse Practitioner',
  'Physician Assistant',
  'Registered Nurse',
  'Scribe',
  'Administrator',
] as const satisfies readonly Schemas['ProviderRole'][];
export type ProviderRole = (typeof PROVIDER_ROLES)[number];

/** Front-desk and back-office staff roles, with a rough share of each. */
export const STAFF_ROLES: readonly (readonly [role: string, weight: number])[] = [
  ['front_desk', 4],
  ['billing', 3],
  ['medical_assistant', 2],
  ['office_manager', 1],
];

/** A payer plan a patient can be covered by. */
export interface PayerPlan {
  payerName: string;
  planName: string;
  /** What the sandbox's coverage rules go by: member id formats, deductibles, secondary plans. */
  kind: 'commercial' | 'medicare' | 'medicaid' | 'tricare';
  /** The plan type a claim shows (A6: `"PPO"`). */
  policyType: Exclude<PolicyType, 'Self-Pay'>;
  /** Typical office copay in cents; null when the plan has none. */
  copayCents: number | null;
  hasGroupNumber: boolean;
}

export const COMMERCIAL_PLANS: readonly PayerPlan[] = [
  {
    payerName: 'Aetna',
    planName: 'Aetna Choice POS II',
    kind: 'commercial',
    policyType: 'POS',
    copayCents: 3000,
    hasGroupNumber: true,
  },
  {
    payerName: 'Aetna',
    planName: 'Aetna Open Access Managed Choice',
    kind: 'commercial',
    policyType: 'PPO',
    copayCents: 2500,
    hasGroupNumber: true,
  },
  {
    payerName: 'Blue Cross Blue Shield',
    planName: 'Blue Choice PPO',
    kind: 'commercial',
    policyType: 'PPO',
    copayCents: 3500,
    hasGroupNumber: true,
  },
  {
    payerName: 'Blue Cross Blue Shield',
    planName: 'BlueCard HMO',
    kind: 'commercial',
    policyType: 'HMO',
    copayCents: 2000,
    hasGroupNumber: true,
  },
  {
    payerName: 'Cigna',
    planName: 'Cigna Open Access Plus',
    kind: 'commercial',
    policyType: 'EPO',
    copayCents: 3000,
    hasGroupNumber: true,
  },
  {
    payerName: 'UnitedHealthcare',
    planName: 'UnitedHealthcare Choice Plus',
    kind: 'commercial',
    policyType: 'PPO',
    copayCents: 4000,
    hasGroupNumber: true,
  },
  {
    payerName: 'UnitedHealthcare',
    planName: 'UnitedHealthcare Navigate HMO',
    kind: 'commercial',
    policyType: 'HMO',
    copayCents: 2500,
    hasGroupNumber: true,
  },
  {
    payerName: 'Anthem',
    planName: 'Anthem Blue Access PPO',
    kind: 'commercial',
    policyType: 'PPO',
    copayCents: 3500,
    hasGroupNumber: true,
  },
  {
    payerName: 'Humana',
    planName: 'Humana National POS',
    kind: 'commercial',
    policyType: 'POS',
    copayCents: 3000,
    hasGroupNumber: true,
  },
  {
    payerName: 'Oscar Health',
    planName: 'Oscar Bronze Simple',
    kind: 'commercial',
    policyType: 'HDHP',
    copayCents: null,
    hasGroupNumber: false,
  },
];

export const MEDICARE_PLANS: readonly PayerPlan[] = [
  {
    payerName: 'Medicare',
    planName: 'Medicare Part B',
    kind: 'medicare',
    policyType: 'Medicare',
    copayCents: null,
    hasGroupNumber: false,
  },
  {
    payerName: 'Humana',
    planName: 'Humana Gold Plus HMO',
    kind: 'medicare',
    policyType: 'Medicare Advantage',
    copayCents: 0,
    hasGroupNumber: false,
  },
  {
    payerName: 'UnitedHealthcare',
    planName: 'AARP Medicare Advantage Choice PPO',
    kind: 'medicare',
    policyType: 'Medicare Advantage',
    copayCents: 1000,
    hasGroupNumber: false,
  },
  {
    payerName: 'Aetna',
    planName: 'Aetna Medicare Eagle PPO',
    kind: 'medicare',
    policyType: 'Medicare Advantage',
    copayCents: 500,
    hasGroupNumber: false,
  },
];

/** Secondary coverage that sits behind Medicare Part B. */
export const MEDIGAP_PLANS: readonly PayerPlan[] = [
  {
    payerName: 'UnitedHealthcare',
    planName: 'AARP Medicare Supplement Plan G',
    kind: 'commercial',
    policyType: 'Medicare Supplement',
    copayCents: null,
    hasGroupNumber: false,
  },
  {
    payerName: 'Mutual of Omaha',
    planName: 'Medicare Supplement Plan N',
    kind: 'commercial',
    policyType: 'Medicare Supplement',
    copayCents: null,
    hasGroupNumber: false,
  },
];

export const MEDICAID_PLANS: readonly PayerPlan[] = [
  {
    payerName: 'Medicaid',
    planName: 'State Medicaid',
    kind: 'medicaid',
    policyType: 'Medicaid',
    copayCents: 0,
    hasGroupNumber: false,
  },
  {
    payerName: 'Molina Healthcare',
    planName: 'Molina Medicaid Managed Care',
    kind: 'medicaid',
    policyType: 'Medicaid',
    copayCents: 0,
    hasGroupNumber: false,
  },
  {
    payerName: 'Centene',
    planName: 'Ambetter Medicaid HMO',
    kind: 'medicaid',
    policyType: 'Medicaid',
    copayCents: null,
    hasGroupNumber: false,
  },
];

export const TRICARE_PLANS: readonly PayerPlan[] = [
  {
    payerName: 'TRICARE',
    planName: 'TRICARE Select',
    kind: 'tricare',
    policyType: 'TRICARE',
    copayCents: 3100,
    hasGroupNumber: false,
  },
  {
    payerName: 'TRICARE',
    planName: 'TRICARE Prime',
    kind: 'tricare',
    policyType: 'TRICARE',
    copayCents: 0,
    hasGroupNumber: false,
  },
];

/**
 * Generic sentences a SOAP section may end with, after the visit-specific one. Chosen so that
 * none contradicts any scenario (no "denies fever" next to a fever, no "no rash" in dermatology).
 */
export const SOAP_PHRASES = {
  adult: {
    subjective: [
      'Medication list and allergies reviewed and updated.',
      'No recent travel reported.',
      'Tolerating current medications without side effects.',
    ],
    objective: ['Alert and oriented, in no acute distress.', 'Well appearing and conversant.'],
    assessment: ['No red flag symptoms identified today.', 'Condition discussed with the patient, who verbalized understanding.'],
    plan: [
      'Return precautions reviewed.',
      'Patient education handout provided.',
      'Follow up sooner if symptoms worsen.',
      'Care plan shared through the patient portal.',
    ],
  },
  child: {
    subjective: ['Immunizations up to date per parent.', 'History provided by the parent.'],
    objective: ['Well appearing and interactive, in no distress.'],
    assessment: ['Diagnosis and expected course discussed with the parent.'],
    plan: ['Return precautions reviewed with the parent.', 'Follow up sooner if symptoms worsen.'],
  },
} as const;
