/**
 * Visit scenarios: what a completed appointment was about. One scenario ties together the
 * diagnoses and services on the bill and the sentences of the SOAP note, so the two agree.
 *
 * Templates may use {patient} ("54-year-old woman"), {days}, {weeks}, {bp}, {bpHigh},
 * {bpNormal}, {hr} and {temp}; the note generator fills them in. Data only: no randomness here.
 */
import type { Icd10Code, ProcedureCode, Specialty } from './code-tables.js';

/** A billed service and how many units it is billed with. */
export interface ScenarioService {
  code: ProcedureCode;
  units?: readonly [min: number, max: number];
}

/** Services billed together (e.g. an injection and its drug), or not at all. */
export interface ScenarioServiceGroup {
  probability: number;
  services: readonly ScenarioService[];
}

/**
 * Sentence templates per SOAP section, as aligned variants: a note picks one variant number
 * and takes that entry of every section (or the section's last entry when it has fewer), so
 * "not at goal" in the assessment goes with "increase the dose" in the plan.
 */
export interface SoapTemplates {
  subjective: readonly string[];
  objective: readonly string[];
  assessment: readonly string[];
  plan: readonly string[];
}

export interface ClinicalScenario {
  key: string;
  specialties: readonly Specialty[];
  /** Relative frequency among the scenarios of a specialty. */
  weight: number;
  /** `problem` bills an office E/M code; `preventive` an age-banded preventive code; `awv` a Medicare annual wellness visit. */
  kind: 'problem' | 'preventive' | 'awv';
  /** Patient ages (years, inclusive) the scenario fits. */
  ages: readonly [min: number, max: number];
  /** The first-listed diagnosis is one of these. */
  primary: readonly Icd10Code[];
  /** Up to two of these may follow it. */
  secondary: readonly Icd10Code[];
  /** Range of office E/M levels (2..5) for `problem` visits. */
  emLevels: readonly [min: number, max: number];
  services: readonly ScenarioServiceGroup[];
  /** The side the visit concerns; lateral services get LT/RT. */
  side?: 'left' | 'right';
  /** May happen as a telehealth visit (which drops in-person services). */
  virtualOk: boolean;
  /** An injury that may be billed to workers' compensation for working-age adults. */
  injury?: boolean;
  /** Chance the bill is marked cosmetic. */
  cosmeticProbability?: number;
  soap: SoapTemplates;
}

const PRIMARY_CARE: readonly Specialty[] = ['Family Medicine', 'Internal Medicine'];
const ALL_AGES: readonly [number, number] = [0, 120];

/** Builds the right- and left-sided versions of a scenario from one template using {side}. */
function sided(
  template: Omit<ClinicalScenario, 'side' | 'primary' | 'secondary' | 'soap' | 'key'> & {
    key: string;
    primary: { right: readonly Icd10Code[]; left: readonly Icd10Code[] };
    secondary?: readonly Icd10Code[];
    soap: SoapTemplates;
  },
): ClinicalScenario[] {
  return (['right', 'left'] as const).map((side) => {
    const fill = (lines: readonly string[]) => lines.map((line) => line.replaceAll('{side}', side));
    return {
      ...template,
      key: `${template.key}_${side}`,
      weight: template.weight / 2,
      side,
      primary: template.primary[side],
      secondary: template.secondary ?? [],
      soap: {
        subjective: fill(template.soap.subjective),
        objective: fill(template.soap.objective),
        assessment: fill(template.soap.assessment),
        plan: fill(template.soap.plan),
      },
    };
  });
}

export const CLINICAL_SCENARIOS: readonly ClinicalScenario[] = [
  // Primary care: chronic disease follow-up
  {
    key: 'hypertension',
    specialties: PRIMARY_CARE,
    weight: 10,
    kind: 'problem',
    ages: [25, 120],
    primary: ['I10'],
    secondary: ['E78.5', 'E66.9', 'F17.210', 'Z87.891'],
    emLevels: [3, 4],
    services: [
      { probability: 0.15, services: [{ code: '93000' }] },
      { probability: 0.3, services: [{ code: '80053' }, { code: '36415' }] },
    ],
    virtualOk: true,
    soap: {
      subjective: [
        '{patient} presents for follow-up of hypertension and reports taking lisinopril daily without missed doses.',
        '{patient} returns for blood pressure follow-up; home readings have averaged in the 120s over 70s.',
      ],
      objective: [
        'BP {bpHigh}, HR {hr}; no peripheral edema.',
        'Repeat BP {bpNormal} after five minutes seated; HR {hr}, regular.',
      ],
      assessment: ['Essential hypertension, not yet at goal.', 'Essential hypertension, well controlled on current regimen.'],
      plan: [
        'Increase lisinopril to 20 mg daily, reduce dietary sodium and recheck blood pressure in {weeks} weeks.',
        'Continue current antihypertensive, check a metabolic panel and follow up in three months.',
      ],
    },
  },
  {
    key: 'type2_diabetes_uncontrolled',
    specialties: PRIMARY_CARE,
    weight: 4,
    kind: 'problem',
    ages: [25, 120],
    primary: ['E11.65'],
    secondary: ['Z79.84', 'Z79.4', 'I10', 'E78.5', 'E66.9'],
    emLevels: [4, 5],
    services: [
      { probability: 0.7, services: [{ code: '83036' }] },
      { probability: 0.3, services: [{ code: '82962' }] },
      { probability: 0.25, services: [{ code: '80061' }, { code: '36415' }] },
    ],
    virtualOk: true,
    soap: {
      subjective: [
        '{patient} presents for diabetes follow-up with fasting glucose readings between 160 and 220 despite metformin twice daily.',
        '{patient} reports increased thirst and evening snacking; missed several metformin doses this month.',
      ],
      objective: ['Point-of-care A1c 8.6%; BP {bp}; monofilament sensation intact in both feet.'],
      assessment: ['Type 2 diabetes mellitus with hyperglycemia, above A1c goal.'],
      plan: ['Add empagliflozin 10 mg daily, refer to diabetes education and repeat A1c in three months.'],
    },
  },
  {
    key: 'type2_diabetes_controlled',
    specialties: PRIMARY_CARE,
    weight: 4,
    kind: 'problem',
    ages: [25, 120],
    primary: ['E11.9'],
    secondary: ['Z79.84', 'I10', 'E78.5', 'E66.9'],
    emLevels: [3, 4],
    services: [
      { probability: 0.6, services: [{ code: '83036' }] },
      { probability: 0.25, services: [{ code: '80061' }, { code: '36415' }] },
    ],
    virtualOk: true,
    soap: {
      subjective: ['{patient} reports fasting glucose readings mostly between 100 and 130 since walking daily.'],
      objective: ['Point-of-care A1c 6.8%, down from 7.4%; feet without ulceration.'],
      assessment: ['Type 2 diabetes mellitus, at goal with lifestyle changes.'],
      plan: ['Continue metformin, reinforce carbohydrate counting and schedule the annual eye exam.'],
    },
  },
  {
    key: 'hyperlipidemia',
    specialties: PRIMARY_CARE,
    weight: 4,
    kind: 'problem',
    ages: [30, 120],
    primary: ['E78.5', 'E78.2'],
    secondary: ['I10', 'E66.9'],
    emLevels: [2, 3],
    services: [{ probability: 0.6, services: [{ code: '80061' }, { code: '36415' }] }],
    virtualOk: true,
    soap: {
      subjective: ['{patient} presents to review recent lipid results; tolerating atorvastatin without muscle aches.'],
      objective: ['BP {bp}, HR {hr}; LDL 142 mg/dL on last panel.', 'BMI 29.4; BP {bp}.'],
      assessment: ['Hyperlipidemia with elevated cardiovascular risk.'],
      plan: ['Increase atorvastatin to 40 mg nightly and repeat fasting lipid panel in {weeks} weeks.'],
    },
  },
  {
    key: 'hypothyroidism',
    specialties: PRIMARY_CARE,
    weight: 3,
    kind: 'problem',
    ages: [18, 120],
    primary: ['E03.9'],
    secondary: ['E66.9'],
    emLevels: [2, 3],
    services: [{ probability: 0.7, services: [{ code: '84443' }, { code: '36415' }] }],
    virtualOk: true,
    soap: {
      subjective: ['{patient} reports improved energy since the last levothyroxine adjustment and no palpitations.'],
      objective: ['Thyroid without nodules on palpation; HR {hr}.'],
      assessment: ['Hypothyroidism, clinically euthyroid.'],
      plan: ['Continue levothyroxine 75 mcg daily and recheck TSH in {weeks} weeks.'],
    },
  },
  {
    key: 'generalized_anxiety',
    specialties: PRIMARY_CARE,
    weight: 3,
    kind: 'problem',
    ages: [14, 120],
    primary: ['F41.1'],
    secondary: ['G47.00', 'F32.A'],
    emLevels: [3, 4],
    services: [{ probability: 0.6, services: [{ code: '96127' }] }],
    virtualOk: true,
    soap: {
      subjective: [
        '{patient} reports persistent worry, poor concentration and trouble falling asleep for the past {weeks} weeks.',
      ],
      objective: ['GAD-7 score 13; affect anxious, speech normal, denies suicidal ideation.'],
      assessment: ['Generalized anxiety disorder, moderate.'],
      plan: ['Start sertraline 25 mg daily, refer to behavioral health and follow up in four weeks.'],
    },
  },
  {
    key: 'depression',
    specialties: PRIMARY_CARE,
    weight: 2,
    kind: 'problem',
    ages: [14, 120],
    primary: ['F32.A'],
    secondary: ['F41.1', 'G47.00'],
    emLevels: [3, 4],
    services: [{ probability: 0.6, services: [{ code: '96127' }] }],
    virtualOk: true,
    soap: {
      subjective: ['{patient} returns for mood follow-up and feels somewhat better since starting sertraline.'],
      objective: ['PHQ-9 score 9, down from 15; calm and cooperative, denies suicidal ideation.'],
      assessment: ['Depression, improving on treatment.'],
      plan: ['Continue sertraline 50 mg daily, encourage counseling and repeat PHQ-9 at the next visit.'],
    },
  },
  {
    key: 'gerd',
    specialties: PRIMARY_CARE,
    weight: 2,
    kind: 'problem',
    ages: [18, 120],
    primary: ['K21.9'],
    secondary: ['E66.9'],
    emLevels: [2, 3],
    services: [],
    virtualOk: true,
    soap: {
      subjective: ['{patient} reports burning epigastric discomfort after meals and at night for {weeks} weeks.'],
      objective: ['Abdomen soft, mild epigastric tenderness, no guarding.'],
      assessment: ['Gastroesophageal reflux disease without alarm features.'],
      plan: ['Start omeprazole 20 mg daily before breakfast and avoid late meals.'],
    },
  },
  {
    key: 'migraine',
    specialties: PRIMARY_CARE,
    weight: 2,
    kind: 'problem',
    ages: [12, 80],
    primary: ['G43.909'],
    secondary: ['G47.00'],
    emLevels: [3, 4],
    services: [{ probability: 0.2, services: [{ code: '96372' }, { code: 'J1885', units: [2, 2] }] }],
    virtualOk: true,
    soap: {
      subjective: ['{patient} reports throbbing unilateral headaches with light sensitivity about twice a week.'],
      objective: ['Neurologic exam nonfocal; fundi without papilledema.'],
      assessment: ['Migraine without aura, episodic.'],
      plan: ['Start sumatriptan as needed, keep a headache diary and limit analgesic use to two days a week.'],
    },
  },
  {
    key: 'wellness_adult',
    specialties: PRIMARY_CARE,
    weight: 7,
    kind: 'preventive',
    ages: [18, 64],
    primary: ['Z00.00', 'Z00.01'],
    secondary: ['Z23'],
    emLevels: [3, 3],
    services: [
      { probability: 0.3, services: [{ code: '90471' }, { code: '90686' }] },
      { probability: 0.4, services: [{ code: '80061' }, { code: '36415' }] },
      { probability: 0.2, services: [{ code: '96127' }] },
    ],
    virtualOk: false,
    soap: {
      subjective: ['{patient} presents for an annual physical with no acute concerns.'],
      objective: ['BP {bp}, HR {hr}; complete exam unremarkable.'],
      assessment: ['Routine adult health maintenance exam.'],
      plan: ['Age-appropriate screenings ordered, vaccines updated and healthy lifestyle counseling provided.'],
    },
  },
  {
    key: 'annual_wellness_medicare',
    specialties: PRIMARY_CARE,
    weight: 5,
    kind: 'awv',
    ages: [65, 120],
    primary: ['Z00.00'],
    secondary: ['I10', 'E78.5', 'M81.0'],
    emLevels: [3, 3],
    services: [{ probability: 0.4, services: [{ code: '90471' }, { code: '90686' }] }],
    virtualOk: false,
    soap: {
      subjective: ['{patient} presents for a Medicare annual wellness visit; reports no falls in the past year.'],
      objective: ['BP {bp}, HR {hr}; cognitive screen normal; timed up-and-go 9 seconds.'],
      assessment: ['Annual wellness visit with updated prevention plan.'],
      plan: ['Personalized prevention plan reviewed, screening schedule updated and advance directive discussed.'],
    },
  },
  // Acute problems, primary and urgent care
  {
    key: 'upper_respiratory_infection',
    specialties: ['Family Medicine', 'Internal Medicine', 'Urgent Care', 'Pediatrics'],
    weight: 6,
    kind: 'problem',
    ages: ALL_AGES,
    primary: ['J06.9'],
    secondary: ['R05.9', 'J30.9'],
    emLevels: [2, 3],
    services: [{ probability: 0.3, services: [{ code: '87804' }] }],
    virtualOk: true,
    soap: {
      subjective: [
        '{patient} presents with nasal congestion, sore throat and dry cough for {days} days.',
        '{patient} reports runny nose, mild cough and fatigue that started {days} days ago.',
      ],
      objective: [
        'Temp {temp} F; oropharynx mildly erythematous, lungs clear.',
        'Temp {temp} F, HR {hr}; nasal mucosa swollen, no wheezing.',
      ],
      assessment: ['Viral upper respiratory infection.'],
      plan: ['Supportive care with fluids, rest and saline rinses; no antibiotics indicated.'],
    },
  },
  {
    key: 'strep_pharyngitis',
    specialties: ['Family Medicine', 'Urgent Care', 'Pediatrics'],
    weight: 2,
    kind: 'problem',
    ages: [3, 70],
    primary: ['J02.0'],
    secondary: [],
    emLevels: [2, 3],
    services: [{ probability: 1, services: [{ code: '87880' }] }],
    virtualOk: false,
    soap: {
      subjective: ['{patient} presents with sore throat, fever and painful swallowing for {days} days, without cough.'],
      objective: ['Temp {temp} F; tonsillar exudate and tender anterior cervical nodes; rapid strep positive.'],
      assessment: ['Streptococcal pharyngitis.'],
      plan: ['Amoxicillin for ten days, salt-water gargles and return if unable to swallow fluids.'],
    },
  },
  {
    key: 'viral_pharyngitis',
    specialties: ['Family Medicine', 'Urgent Care', 'Pediatrics'],
    weight: 2,
    kind: 'problem',
    ages: [3, 70],
    primary: ['J02.9'],
    secondary: ['J06.9'],
    emLevels: [2, 3],
    services: [{ probability: 0.8, services: [{ code: '87880' }] }],
    virtualOk: false,
    soap: {
      subjective: ['{patient} presents with sore throat and mild congestion for {days} days.'],
      objective: ['Posterior pharynx erythematous without exudate; no cervical adenopathy.'],
      assessment: ['Acute pharyngitis, likely viral.'],
      plan: ['Supportive care with warm fluids, throat lozenges and ibuprofen; no antibiotics indicated.'],
    },
  },
  {
    key: 'sinusitis',
    specialties: ['Family Medicine', 'Internal Medicine', 'Urgent Care'],
    weight: 3,
    kind: 'problem',
    ages: [12, 90],
    primary: ['J01.90'],
    secondary: ['J30.9'],
    emLevels: [2, 3],
    services: [],
    virtualOk: true,
    soap: {
      subjective: [
        '{patient} reports facial pressure and purulent nasal discharge for {days} days, worse after initial improvement.',
      ],
      objective: ['Maxillary sinus tenderness to percussion; temp {temp} F.'],
      assessment: ['Acute bacterial sinusitis.'],
      plan: ['Amoxicillin-clavulanate for seven days and nasal saline irrigation.'],
    },
  },
  {
    key: 'bronchitis',
    specialties: ['Family Medicine', 'Internal Medicine', 'Urgent Care'],
    weight: 3,
    kind: 'problem',
    ages: [12, 100],
    primary: ['J20.9', 'R05.9'],
    secondary: ['F17.210', 'J45.909'],
    emLevels: [3, 4],
    services: [{ probability: 0.2, services: [{ code: '94640' }] }],
    virtualOk: true,
    soap: {
      subjective: ['{patient} presents with productive cough and chest tightness for {days} days.'],
      objective: ['Scattered rhonchi that clear with cough; SpO2 97% on room air.'],
      assessment: ['Acute bronchitis, likely viral.'],
      plan: ['Albuterol inhaler as needed, honey for cough and return if short of breath.'],
    },
  },
  {
    key: 'asthma',
    specialties: ['Family Medicine', 'Pediatrics', 'Internal Medicine'],
    weight: 3,
    kind: 'problem',
    ages: [4, 90],
    primary: ['J45.909'],
    secondary: ['J30.9'],
    emLevels: [3, 4],
    services: [
      { probability: 0.3, services: [{ code: '94640' }] },
      { probability: 0.2, services: [{ code: '94010' }] },
    ],
    virtualOk: true,
    soap: {
      subjective: ['{patient} reports wheezing with exercise and night cough twice a week.'],
      objective: ['Mild expiratory wheeze, SpO2 96% on room air.'],
      assessment: ['Asthma, not well controlled.'],
      plan: ['Start low-dose inhaled corticosteroid, review inhaler technique and update asthma action plan.'],
    },
  },
  {
    key: 'urinary_tract_infection',
    specialties: ['Family Medicine', 'Internal Medicine', 'Urgent Care'],
    weight: 3,
    kind: 'problem',
    ages: [16, 100],
    primary: ['N39.0'],
    secondary: ['R30.0'],
    emLevels: [2, 3],
    services: [{ probability: 0.9, services: [{ code: '81002' }] }],
    virtualOk: false,
    soap: {
      subjective: ['{patient} reports burning with urination and urinary frequency for {days} days, without flank pain.'],
      objective: ['Urine dipstick positive for leukocyte esterase and nitrites; no CVA tenderness.'],
      assessment: ['Uncomplicated urinary tract infection.'],
      plan: ['Nitrofurantoin for five days, increase fluids and return if fever or flank pain develops.'],
    },
  },
  {
    key: 'low_back_pain',
    specialties: ['Family Medicine', 'Internal Medicine', 'Urgent Care', 'Orthopedics'],
    weight: 4,
    kind: 'problem',
    ages: [18, 90],
    primary: ['M54.50'],
    secondary: ['E66.9'],
    emLevels: [3, 4],
    services: [
      { probability: 0.2, services: [{ code: '72100' }] },
      { probability: 0.15, services: [{ code: '96372' }, { code: 'J1885', units: [2, 2] }] },
    ],
    virtualOk: true,
    injury: true,
    soap: {
      subjective: ['{patient} reports low back pain for {days} days after lifting boxes, without leg weakness or numbness.'],
      objective: ['Paraspinal tenderness, negative straight-leg raise, strength 5/5 in both legs.'],
      assessment: ['Acute mechanical low back pain.'],
      plan: ['Naproxen with food, heat, gentle activity and physical therapy referral if not improved in two weeks.'],
    },
  },
  // Urgent care injuries
  ...sided({
    key: 'ankle_sprain',
    specialties: ['Urgent Care', 'Orthopedics', 'Family Medicine'],
    weight: 4,
    kind: 'problem',
    ages: [8, 80],
    primary: { right: ['S93.401A'], left: ['S93.402A'] },
    emLevels: [3, 3],
    services: [
      { probability: 0.6, services: [{ code: '73610' }] },
      { probability: 0.4, services: [{ code: '29540' }] },
    ],
    virtualOk: false,
    injury: true,
    soap: {
      subjective: ['{patient} rolled the {side} ankle {days} days ago and reports swelling and pain with weight bearing.'],
      objective: ['Lateral {side} ankle swelling and tenderness over the ATFL; no bony tenderness at the malleoli.'],
      assessment: ['Sprain of the {side} ankle.'],
      plan: ['Rest, ice, compression and elevation, ankle brace and weight bearing as tolerated.'],
    },
  }),
  ...sided({
    key: 'hand_laceration',
    specialties: ['Urgent Care'],
    weight: 2,
    kind: 'problem',
    ages: [5, 85],
    primary: { right: ['S61.411A'], left: ['S61.412A'] },
    emLevels: [2, 3],
    services: [
      { probability: 1, services: [{ code: '12002' }] },
      { probability: 0.15, services: [{ code: '73130' }] },
      { probability: 0.3, services: [{ code: '90471' }, { code: '90715' }] },
    ],
    virtualOk: false,
    injury: true,
    soap: {
      subjective: ['{patient} cut the {side} hand on a kitchen knife about two hours ago; bleeding controlled with pressure.'],
      objective: ['3.5 cm linear laceration of the {side} palm, no tendon involvement, capillary refill normal.'],
      assessment: ['Simple laceration of the {side} hand.'],
      plan: ['Irrigated and closed with sutures; wound care reviewed and suture removal in ten days.'],
    },
  }),
  // Pediatrics
  {
    key: 'wellness_child',
    specialties: ['Pediatrics', 'Family Medicine'],
    weight: 8,
    kind: 'preventive',
    ages: [0, 17],
    primary: ['Z00.129'],
    secondary: ['Z23'],
    emLevels: [3, 3],
    services: [
      { probability: 0.5, services: [{ code: '90471' }, { code: '90686' }] },
      { probability: 0.3, services: [{ code: '96127' }] },
    ],
    virtualOk: false,
    soap: {
      subjective: ['{patient} presents for a well-child visit; eating and sleeping well per parent.'],
      objective: ['Growth tracking along the 60th percentile; normal developmental screen.'],
      assessment: ['Well child, developing normally.'],
      plan: ['Immunizations given per schedule, anticipatory guidance provided and next well visit in one year.'],
    },
  },
  {
    key: 'otitis_media',
    specialties: ['Pediatrics', 'Family Medicine', 'Urgent Care'],
    weight: 5,
    kind: 'problem',
    ages: [0, 12],
    primary: ['H66.90'],
    secondary: ['J06.9'],
    emLevels: [2, 3],
    services: [],
    virtualOk: false,
    soap: {
      subjective: ['{patient} has had ear pain and fussiness for {days} days, per parent, with fever at night.'],
      objective: ['Temp {temp} F; tympanic membrane bulging and erythematous.'],
      assessment: ['Acute otitis media.'],
      plan: ['Amoxicillin for ten days, ibuprofen for pain and recheck if not better in 48 hours.'],
    },
  },
  {
    key: 'adhd',
    specialties: ['Pediatrics'],
    weight: 3,
    kind: 'problem',
    ages: [6, 17],
    primary: ['F90.9'],
    secondary: ['G47.00'],
    emLevels: [3, 4],
    services: [{ probability: 0.5, services: [{ code: '96127' }] }],
    virtualOk: true,
    soap: {
      subjective: ['{patient} returns for ADHD follow-up; teachers report better focus since the medication change.'],
      objective: ['Weight stable, BP {bp}, HR {hr}; Vanderbilt scores improved.'],
      assessment: ['Attention-deficit hyperactivity disorder, improving.'],
      plan: ['Continue methylphenidate extended release and follow up in three months.'],
    },
  },
  // Dermatology
  {
    key: 'acne',
    specialties: ['Dermatology', 'Pediatrics'],
    weight: 4,
    kind: 'problem',
    ages: [11, 40],
    primary: ['L70.0'],
    secondary: [],
    emLevels: [2, 3],
    services: [{ probability: 0.15, services: [{ code: '11900' }] }],
    virtualOk: true,
    soap: {
      subjective: ['{patient} reports inflammatory breakouts on the face and upper back for several months.'],
      objective: ['Open and closed comedones with scattered inflammatory papules on the cheeks and forehead.'],
      assessment: ['Acne vulgaris, moderate.'],
      plan: ['Start topical tretinoin nightly and benzoyl peroxide wash; follow up in {weeks} weeks.'],
    },
  },
  {
    key: 'psoriasis',
    specialties: ['Dermatology'],
    weight: 3,
    kind: 'problem',
    ages: [16, 90],
    primary: ['L40.0'],
    secondary: [],
    emLevels: [3, 4],
    services: [],
    virtualOk: true,
    soap: {
      subjective: ['{patient} reports itchy scaly plaques on the elbows and knees that flare in winter.'],
      objective: ['Well-demarcated erythematous plaques with silvery scale, about 4% body surface area.'],
      assessment: ['Plaque psoriasis, mild to moderate.'],
      plan: ['Clobetasol ointment twice daily for two weeks, then weekends only; discuss phototherapy at follow-up.'],
    },
  },
  {
    key: 'actinic_keratosis',
    specialties: ['Dermatology'],
    weight: 4,
    kind: 'problem',
    ages: [45, 100],
    primary: ['L57.0'],
    secondary: ['L82.1'],
    emLevels: [2, 3],
    services: [{ probability: 0.85, services: [{ code: '17000' }, { code: '17003', units: [1, 8] }] }],
    virtualOk: false,
    soap: {
      subjective: ['{patient} reports rough scaly spots on the scalp and forearms that keep coming back.'],
      objective: ['Multiple gritty erythematous papules on sun-exposed skin.'],
      assessment: ['Actinic keratoses.'],
      plan: ['Lesions treated with cryotherapy; daily sunscreen and annual skin checks advised.'],
    },
  },
  {
    key: 'skin_lesion_biopsy',
    specialties: ['Dermatology', 'Family Medicine'],
    weight: 3,
    kind: 'problem',
    ages: [20, 95],
    primary: ['D48.5', 'D22.5'],
    secondary: [],
    emLevels: [2, 3],
    services: [{ probability: 0.9, services: [{ code: '11102' }] }],
    virtualOk: false,
    soap: {
      subjective: ['{patient} noticed a mole on the back that has changed color over the past few months.'],
      objective: ['6 mm irregularly pigmented macule on the upper back; dermoscopy with atypical network.'],
      assessment: ['Atypical pigmented lesion, rule out dysplastic nevus.'],
      plan: ['Shave biopsy performed and sent to pathology; results call in one week.'],
    },
  },
  {
    key: 'seborrheic_keratosis',
    specialties: ['Dermatology'],
    weight: 2,
    kind: 'problem',
    ages: [40, 100],
    primary: ['L82.1'],
    secondary: [],
    emLevels: [2, 2],
    services: [{ probability: 0.6, services: [{ code: '17110' }] }],
    virtualOk: false,
    cosmeticProbability: 0.5,
    soap: {
      subjective: ['{patient} asks about several raised brown spots on the trunk that catch on clothing.'],
      objective: ['Stuck-on verrucous tan papules on the trunk, benign on dermoscopy.'],
      assessment: ['Seborrheic keratoses, irritated.'],
      plan: ['Irritated lesions treated with cryotherapy; reassurance given about the benign nature.'],
    },
  },
  {
    key: 'warts',
    specialties: ['Dermatology', 'Pediatrics', 'Family Medicine'],
    weight: 2,
    kind: 'problem',
    ages: [4, 70],
    primary: ['B07.9'],
    secondary: [],
    emLevels: [2, 2],
    services: [{ probability: 0.8, services: [{ code: '17110' }] }],
    virtualOk: false,
    soap: {
      subjective: ['{patient} has had warts on the fingers for several months despite over-the-counter treatment.'],
      objective: ['Three verrucous papules on the dorsal fingers.'],
      assessment: ['Common warts.'],
      plan: ['Cryotherapy performed; repeat in three weeks if lesions persist.'],
    },
  },
  {
    key: 'dermatitis',
    specialties: ['Dermatology', 'Pediatrics', 'Family Medicine'],
    weight: 3,
    kind: 'problem',
    ages: ALL_AGES,
    primary: ['L30.9'],
    secondary: [],
    emLevels: [2, 3],
    services: [],
    virtualOk: true,
    soap: {
      subjective: ['{patient} reports an itchy rash on the arms for {weeks} weeks, worse after hot showers.'],
      objective: ['Ill-defined erythematous patches with mild lichenification on the flexural arms.'],
      assessment: ['Dermatitis, likely eczematous.'],
      plan: ['Triamcinolone cream twice daily for two weeks and fragrance-free emollients.'],
    },
  },
  // Orthopedics
  ...sided({
    key: 'knee_osteoarthritis',
    specialties: ['Orthopedics', 'Family Medicine'],
    weight: 6,
    kind: 'problem',
    ages: [45, 100],
    primary: { right: ['M17.11'], left: ['M17.12'] },
    secondary: ['E66.9'],
    emLevels: [3, 4],
    services: [
      { probability: 0.5, services: [{ code: '20610' }, { code: 'J3301', units: [4, 4] }] },
      { probability: 0.3, services: [{ code: '73562' }] },
    ],
    virtualOk: false,
    soap: {
      subjective: ['{patient} reports {side} knee pain with stairs and stiffness after sitting for several months.'],
      objective: ['{side} knee with medial joint line tenderness, crepitus and small effusion; ligaments stable.'],
      assessment: ['Primary osteoarthritis of the {side} knee.'],
      plan: ['Corticosteroid injection of the {side} knee, quadriceps strengthening and weight management.'],
    },
  }),
  ...sided({
    key: 'knee_pain',
    specialties: ['Orthopedics', 'Urgent Care'],
    weight: 3,
    kind: 'problem',
    ages: [12, 80],
    primary: { right: ['M25.561'], left: ['M25.562'] },
    emLevels: [3, 3],
    services: [
      { probability: 0.6, services: [{ code: '73562' }] },
      { probability: 0.3, services: [{ code: '97110', units: [2, 3] }] },
    ],
    virtualOk: false,
    injury: true,
    soap: {
      subjective: ['{patient} reports {side} knee pain after twisting it playing basketball {days} days ago.'],
      objective: ['Mild {side} knee effusion, full range of motion, negative Lachman and McMurray tests.'],
      assessment: ['Pain in the {side} knee, likely soft tissue strain.'],
      plan: ['Home exercise program, ice after activity and MRI if mechanical symptoms develop.'],
    },
  }),
  ...sided({
    key: 'shoulder_impingement',
    specialties: ['Orthopedics'],
    weight: 4,
    kind: 'problem',
    ages: [25, 90],
    primary: { right: ['M75.41'], left: ['M75.42'] },
    emLevels: [3, 4],
    services: [
      { probability: 0.4, services: [{ code: '20610' }, { code: 'J1030' }] },
      { probability: 0.3, services: [{ code: '73030' }] },
      {
        probability: 0.25,
        services: [
          { code: '97110', units: [2, 4] },
          { code: '97140', units: [1, 2] },
        ],
      },
    ],
    virtualOk: false,
    injury: true,
    soap: {
      subjective: ['{patient} reports {side} shoulder pain reaching overhead and at night for {weeks} weeks.'],
      objective: ['Positive Neer and Hawkins tests on the {side}; rotator cuff strength 5/5.'],
      assessment: ['Impingement syndrome of the {side} shoulder.'],
      plan: ['Subacromial corticosteroid injection, physical therapy and activity modification.'],
    },
  }),
];
