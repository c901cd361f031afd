/**
 * GS1 barcodes of medical products: GTIN-14 check digits, the NDC a US drug's GTIN embeds, and the
 * human-readable GS1 element string a scanner reads off the packaging.
 */

/** The GS1 check digit of a GTIN's first 13 digits: weights 3,1,3,... from the left, to the next ten. */
export function gtinCheckDigit(body13: string): string {
  let sum = 0;
  for (let i = 0; i < body13.length; i++) sum += Number(body13[i]) * (i % 2 === 0 ? 3 : 1);
  return String((10 - (sum % 10)) % 10);
}

/** Whether `gtin` is 14 digits ending in the check digit of the others. */
export function isValidGtin14(gtin: string): boolean {
  return /^[0-9]{14}$/.test(gtin) && gtinCheckDigit(gtin.slice(0, 13)) === gtin[13];
}

/** A GTIN-14 from its first 13 digits. */
export function gtin14(body13: string): string {
  return body13 + gtinCheckDigit(body13);
}

/** The GTIN-14 of a US drug package: `003`, its NDC's 10 digits, the check digit. */
export function gtinOfNdc(ndc: string): string {
  return gtin14(`003${ndc.replaceAll('-', '')}`);
}

/** The same product's GTIN at another packaging level (indicator digit 1-8: a carton, a case). */
export function withIndicator(gtin: string, indicator: number): string {
  return gtin14(`${indicator}${gtin.slice(1, 13)}`);
}

/** `YYYY-MM-DD` as the `YYMMDD` of AI (17). */
export function yymmdd(date: string): string {
  return date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
}

export interface ScannedFields {
  gtin: string;
  expirationDate: string;
  lotNumber: string;
  serialNumber: string | null;
}

/**
 * The element string in its human-readable form: fixed-length AIs first, `(01)` GTIN and `(17)`
 * expiry, then the variable-length `(10)` lot and `(21)` serial, as on printed packaging.
 */
export function elementString({ gtin, expirationDate, lotNumber, serialNumber }: ScannedFields): string {
  const serial = serialNumber === null ? '' : `(21)${serialNumber}`;
  return `(01)${gtin}(17)${yymmdd(expirationDate)}(10)${lotNumber}${serial}`;
}

/** The element string's fields by Application Identifier. */
export function parsedFields({ gtin, expirationDate, lotNumber, serialNumber }: ScannedFields): {
  '01': string;
  '10': string;
  '17': string;
  '21'?: string;
} {
  return {
    '01': gtin,
    '10': lotNumber,
    '17': yymmdd(expirationDate),
    ...(serialNumber === null ? {} : { '21': serialNumber }),
  };
}
