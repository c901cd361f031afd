/**
 * What a clinic stocks, by specialty: neurotoxins, fillers, topicals and supplies for dermatology;
 * vaccines, injectables and supplies for primary care; joint injections for orthopedics. Every
 * name and manufacturer is fictional (a real trade name next to a synthetic lot would pass for a
 * real lot), except the documented example `Botox 100 Units` (api-model A7), kept so that an app
 * written against the documentation finds it; its manufacturer, codes and lots are synthetic too.
 */
import type { Specialty } from './code-tables.js';
import type { ProductType } from './types.js';

export interface CatalogProduct {
  name: string;
  manufacturer: string;
  type: ProductType;
  description: string;
  unitOfMeasure: string;
  quantityPerUnit: number;
  storage: string;
  /** Units a weekly delivery brings, at most. */
  deliveryUnits: number;
}

/** Fictional manufacturers and the 5-digit NDC labeler codes the sandbox gives them. */
export const LABELERS: Readonly<Record<string, string>> = {
  'Lumera Aesthetics': '71034',
  'Northfield Pharmaceuticals': '70518',
  'Cedar Ridge Biologics': '69811',
  'Alder Vaccine Works': '72605',
  'Keystone Generics': '68462',
};

const REFRIGERATED = 'Refrigerate 2-8 °C';
const ROOM = 'Room temperature 20-25 °C';

const DERMATOLOGY: readonly CatalogProduct[] = [
  {
    name: 'Botox 100 Units',
    manufacturer: 'Lumera Aesthetics',
    type: 'drug',
    description: 'Botulinum toxin type A, 100 units, lyophilized powder for injection (single-dose vial).',
    unitOfMeasure: 'vial',
    quantityPerUnit: 100,
    storage: REFRIGERATED,
    deliveryUnits: 6,
  },
  {
    name: 'Neuravia 50 Units',
    manufacturer: 'Lumera Aesthetics',
    type: 'drug',
    description: 'Botulinum toxin type A, 50 units, lyophilized powder for injection (single-dose vial).',
    unitOfMeasure: 'vial',
    quantityPerUnit: 50,
    storage: REFRIGERATED,
    deliveryUnits: 4,
  },
  {
    name: 'Velura Lips 1 mL',
    manufacturer: 'Lumera Aesthetics',
    type: 'device',
    description: 'Hyaluronic acid dermal filler with lidocaine, 1 mL prefilled syringe.',
    unitOfMeasure: 'syringe',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 8,
  },
  {
    name: 'Velura Contour 1 mL',
    manufacturer: 'Lumera Aesthetics',
    type: 'device',
    description: 'Hyaluronic acid dermal filler for deep folds, 1 mL prefilled syringe.',
    unitOfMeasure: 'syringe',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 6,
  },
  {
    name: 'Triamcinolone Acetonide 0.1% Cream 80 g',
    manufacturer: 'Keystone Generics',
    type: 'drug',
    description: 'Topical corticosteroid cream, 80 g tube.',
    unitOfMeasure: 'tube',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 12,
  },
  {
    name: 'Clobetasol Propionate 0.05% Ointment 60 g',
    manufacturer: 'Keystone Generics',
    type: 'drug',
    description: 'Topical corticosteroid ointment, 60 g tube.',
    unitOfMeasure: 'tube',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 10,
  },
  {
    name: 'Lidocaine HCl 1% with Epinephrine 30 mL',
    manufacturer: 'Northfield Pharmaceuticals',
    type: 'drug',
    description: 'Local anesthetic for injection, 30 mL multiple-dose vial.',
    unitOfMeasure: 'vial',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 10,
  },
  {
    name: 'Triamcinolone Acetonide Injectable 10 mg/mL 5 mL',
    manufacturer: 'Northfield Pharmaceuticals',
    type: 'drug',
    description: 'Corticosteroid suspension for intralesional injection, 5 mL multiple-dose vial.',
    unitOfMeasure: 'vial',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 6,
  },
  {
    name: 'Biopsy Punch 4 mm (box of 25)',
    manufacturer: 'Brightwell Medical Supply',
    type: 'supply',
    description: 'Sterile single-use dermal biopsy punches.',
    unitOfMeasure: 'box',
    quantityPerUnit: 25,
    storage: ROOM,
    deliveryUnits: 4,
  },
];

const PRIMARY_CARE: readonly CatalogProduct[] = [
  {
    name: 'Influenza Vaccine Quadrivalent 0.5 mL PFS (pack of 10)',
    manufacturer: 'Alder Vaccine Works',
    type: 'vaccine',
    description: 'Inactivated influenza vaccine, 0.5 mL prefilled syringes.',
    unitOfMeasure: 'pack',
    quantityPerUnit: 10,
    storage: REFRIGERATED,
    deliveryUnits: 10,
  },
  {
    name: 'Tdap Vaccine 0.5 mL Single-Dose Vial (pack of 10)',
    manufacturer: 'Alder Vaccine Works',
    type: 'vaccine',
    description: 'Tetanus, diphtheria and acellular pertussis vaccine.',
    unitOfMeasure: 'pack',
    quantityPerUnit: 10,
    storage: REFRIGERATED,
    deliveryUnits: 4,
  },
  {
    name: 'Hepatitis B Vaccine Adult 1 mL Vial',
    manufacturer: 'Cedar Ridge Biologics',
    type: 'vaccine',
    description: 'Recombinant hepatitis B vaccine, adult dose.',
    unitOfMeasure: 'vial',
    quantityPerUnit: 1,
    storage: REFRIGERATED,
    deliveryUnits: 10,
  },
  {
    name: 'Pneumococcal Conjugate Vaccine 0.5 mL PFS',
    manufacturer: 'Cedar Ridge Biologics',
    type: 'vaccine',
    description: 'Pneumococcal conjugate vaccine, 0.5 mL prefilled syringe.',
    unitOfMeasure: 'syringe',
    quantityPerUnit: 1,
    storage: REFRIGERATED,
    deliveryUnits: 10,
  },
  {
    name: 'MMR Vaccine Live Single-Dose Vial (pack of 10)',
    manufacturer: 'Alder Vaccine Works',
    type: 'vaccine',
    description: 'Measles, mumps and rubella vaccine, live, with diluent.',
    unitOfMeasure: 'pack',
    quantityPerUnit: 10,
    storage: REFRIGERATED,
    deliveryUnits: 3,
  },
  {
    name: 'Ceftriaxone for Injection 1 g Vial',
    manufacturer: 'Keystone Generics',
    type: 'drug',
    description: 'Cephalosporin antibiotic, powder for injection.',
    unitOfMeasure: 'vial',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 10,
  },
  {
    name: 'Methylprednisolone Acetate 40 mg/mL 1 mL Vial',
    manufacturer: 'Northfield Pharmaceuticals',
    type: 'drug',
    description: 'Corticosteroid suspension for injection.',
    unitOfMeasure: 'vial',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 10,
  },
  {
    name: 'Cyanocobalamin 1000 mcg/mL 1 mL Vial',
    manufacturer: 'Keystone Generics',
    type: 'drug',
    description: 'Vitamin B12 for injection.',
    unitOfMeasure: 'vial',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 12,
  },
  {
    name: 'Rapid Strep A Test Kit (25 tests)',
    manufacturer: 'Brightwell Medical Supply',
    type: 'device',
    description: 'CLIA-waived rapid antigen test for group A streptococcus.',
    unitOfMeasure: 'kit',
    quantityPerUnit: 25,
    storage: ROOM,
    deliveryUnits: 3,
  },
];

const ORTHOPEDICS: readonly CatalogProduct[] = [
  {
    name: 'Sodium Hyaluronate Knee Injection 2 mL PFS',
    manufacturer: 'Cedar Ridge Biologics',
    type: 'device',
    description: 'Viscosupplement for intra-articular injection, 2 mL prefilled syringe.',
    unitOfMeasure: 'syringe',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 8,
  },
  {
    name: 'Triamcinolone Acetonide Injectable 40 mg/mL 1 mL',
    manufacturer: 'Northfield Pharmaceuticals',
    type: 'drug',
    description: 'Corticosteroid suspension for intra-articular injection.',
    unitOfMeasure: 'vial',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 12,
  },
  {
    name: 'Betamethasone Sodium Phosphate/Acetate 6 mg/mL 5 mL',
    manufacturer: 'Keystone Generics',
    type: 'drug',
    description: 'Corticosteroid suspension for injection, multiple-dose vial.',
    unitOfMeasure: 'vial',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 6,
  },
  {
    name: 'Lidocaine HCl 1% 10 mL Vial',
    manufacturer: 'Northfield Pharmaceuticals',
    type: 'drug',
    description: 'Local anesthetic for injection.',
    unitOfMeasure: 'vial',
    quantityPerUnit: 1,
    storage: ROOM,
    deliveryUnits: 12,
  },
];

/** Every clinic's supplies. */
const SUPPLIES: readonly CatalogProduct[] = [
  {
    name: 'Luer-Lock Syringe 3 mL (box of 100)',
    manufacturer: 'Brightwell Medical Supply',
    type: 'supply',
    description: 'Sterile single-use syringes.',
    unitOfMeasure: 'box',
    quantityPerUnit: 100,
    storage: ROOM,
    deliveryUnits: 4,
  },
  {
    name: 'Hypodermic Needle 30G x 1/2 in (box of 100)',
    manufacturer: 'Brightwell Medical Supply',
    type: 'supply',
    description: 'Sterile single-use needles.',
    unitOfMeasure: 'box',
    quantityPerUnit: 100,
    storage: ROOM,
    deliveryUnits: 4,
  },
  {
    name: 'Alcohol Prep Pads (box of 200)',
    manufacturer: 'Brightwell Medical Supply',
    type: 'supply',
    description: '70% isopropyl alcohol pads.',
    unitOfMeasure: 'box',
    quantityPerUnit: 200,
    storage: ROOM,
    deliveryUnits: 6,
  },
];

const BY_SPECIALTY: Readonly<Record<Specialty, readonly CatalogProduct[]>> = {
  Dermatology: DERMATOLOGY,
  'Family Medicine': PRIMARY_CARE,
  'Internal Medicine': PRIMARY_CARE,
  Pediatrics: PRIMARY_CARE,
  'Urgent Care': PRIMARY_CARE,
  Orthopedics: ORTHOPEDICS,
};

/** The products a clinic of `specialty` stocks, supplies included. */
export function catalogOf(specialty: Specialty): readonly CatalogProduct[] {
  return [...BY_SPECIALTY[specialty], ...SUPPLIES];
}
