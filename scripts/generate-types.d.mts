/** The OpenAPI document the types are generated from. */
export declare const DOCUMENT: string;
/** The generated module, `src/contract/openapi.generated.ts`. */
export declare const GENERATED: string;
/** The generated module's text, as it should be on disk. */
export declare function renderTypes(): Promise<string>;
