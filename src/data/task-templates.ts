/**
 * What a visit leaves to do: the tasks a clinic's staff write on a note, by the visit's scenario
 * (a biopsy leaves pathology to review, a biologic a prior authorization) and, for scenarios
 * without their own, by the clinic's specialty. Data only: no randomness here.
 *
 * Templates may use {patient} (the patient's last name) and {weeks}; the task generator fills them in.
 */
import type { Specialty } from './code-tables.js';

/** Tasks for a scenario, by the start of its key (`skin_lesion_biopsy` also covers `..._right`). */
export const SCENARIO_TASKS: Readonly<Record<string, readonly string[]>> = {
  skin_lesion_biopsy: [
    'Review pathology results for shave biopsy and call {patient} with the findings.',
    'Pathology back from the biopsy: review and schedule excision if margins are involved.',
    'Follow up on biopsy specimen sent to dermatopathology; no result after 10 days.',
  ],
  psoriasis: [
    'Prior authorization for adalimumab: submit chart notes and failed topical therapy to the insurer.',
    'Order baseline TB test and hepatitis panel before starting biologic therapy.',
    'Schedule follow-up in {weeks} weeks to assess response to treatment.',
  ],
  acne: [
    'Prior authorization for isotretinoin; register {patient} in iPLEDGE.',
    'Order monthly pregnancy test and lipid panel for isotretinoin monitoring.',
    'Refill request: tretinoin 0.05% cream; review and approve.',
  ],
  actinic_keratosis: ['Schedule full-body skin check in 6 months.', 'Prior authorization for fluorouracil 5% cream.'],
  seborrheic_keratosis: ['Call {patient}: cosmetic removal is not covered; give the self-pay estimate.'],
  warts: ['Schedule repeat cryotherapy in {weeks} weeks.'],
  dermatitis: ['Refer to allergy for patch testing.', 'Refill request: triamcinolone 0.1% ointment; review and approve.'],
  hypertension: [
    'Review basic metabolic panel after the lisinopril increase and call {patient}.',
    'Refill request: lisinopril 20 mg, 90-day supply.',
    'Nurse visit for blood pressure recheck in {weeks} weeks.',
  ],
  type2_diabetes: [
    'Review A1c result and adjust the plan if above goal.',
    'Referral to ophthalmology for the annual diabetic eye exam.',
    'Refill request: metformin 1000 mg twice daily.',
    'Prior authorization for empagliflozin.',
  ],
  hyperlipidemia: ['Review fasting lipid panel and call {patient} with results.', 'Refill request: atorvastatin 40 mg.'],
  hypothyroidism: ['Review TSH result and adjust levothyroxine if needed.', 'Refill request: levothyroxine 75 mcg.'],
  generalized_anxiety: [
    'Referral to behavioral health for counseling.',
    'Phone follow-up in {weeks} weeks on the new medication.',
  ],
  depression: ['Referral to behavioral health for counseling.', 'Repeat PHQ-9 at the follow-up in {weeks} weeks.'],
  migraine: ['Refill request: sumatriptan 50 mg.', 'Referral to neurology if headaches persist.'],
  wellness_adult: [
    'Review screening labs from the annual physical and send results to {patient}.',
    'Referral for screening colonoscopy.',
    'Order screening mammogram.',
  ],
  annual_wellness_medicare: ['Send the personalized prevention plan to {patient}.', 'Referral for bone density scan.'],
  strep_pharyngitis: ['Call {patient} with the throat culture result.'],
  urinary_tract_infection: ['Review urine culture and sensitivities; change antibiotic if resistant.'],
  asthma: ['Prior authorization for the inhaled corticosteroid.', 'Refill request: albuterol inhaler.'],
  low_back_pain: ['Referral to physical therapy.', 'Call {patient} in {weeks} weeks to check on the back pain.'],
  ankle_sprain: ['Referral to physical therapy.', 'Review ankle X-ray report from radiology.'],
  knee_osteoarthritis: ['Prior authorization for the knee MRI.', 'Schedule a steroid injection follow-up in {weeks} weeks.'],
  knee_pain: ['Prior authorization for the knee MRI.'],
  shoulder_impingement: ['Referral to physical therapy.', 'Prior authorization for the shoulder MRI.'],
  wellness_child: ['Send vaccine records to the school.', 'Schedule the next well-child visit.'],
  otitis_media: ['Recheck ears in {weeks} weeks.'],
  adhd: [
    'Refill request: methylphenidate; controlled substance, needs the provider to sign.',
    'Send the school forms back to the family.',
  ],
};

/** Tasks any visit of a specialty may leave, for scenarios without their own. */
export const SPECIALTY_TASKS: Readonly<Record<Specialty, readonly string[]>> = {
  'Family Medicine': [
    'Review lab results and call {patient}.',
    'Refill request received from the pharmacy; review and approve.',
    'Referral to specialist: send records and the last visit note.',
  ],
  'Internal Medicine': [
    'Review lab results and call {patient}.',
    'Refill request received from the pharmacy; review and approve.',
    'Referral to cardiology: send records and the last ECG.',
  ],
  Pediatrics: ['Call the family with lab results.', 'Refill request received from the pharmacy; review and approve.'],
  'Urgent Care': ['Call {patient} with culture results.', 'Send the visit note to the primary care provider.'],
  Dermatology: [
    'Schedule follow-up skin check in {weeks} weeks.',
    'Prior authorization for the prescribed topical.',
    'Review biopsy results and call {patient}.',
  ],
  Orthopedics: ['Review imaging report from radiology.', 'Referral to physical therapy.'],
};
