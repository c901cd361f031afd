/**
 * The built-in world's well-known clinics, apps and keys as typed constants, like Stripe's test
 * cards: pick the key for the path you want to exercise. They match `fixtures/world.json` (a
 * test keeps them in step) and are public fakes: they open nothing but a sandbox.
 */

export const CLINICS = {
  /** Installed the Sandbox Demo App and granted every scope. */
  sunrise: { id: '7e2c8cfe-b7a9-4deb-986d-e7012589e72b', name: 'Sunrise Family Medicine' },
  /** Installed the Sandbox Demo App without read:bills, read:soap_notes or any write scope (write:emails, write:soap_notes, write:tasks). */
  harbor: { id: '3f1d6a52-8c4e-4b7a-9e21-5d0c8f6b2a94', name: 'Harbor Dermatology' },
  /** Did not install the Sandbox Demo App (installed Other Vendor Scheduling). */
  mesa: { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'Mesa Pediatrics' },
} as const;

export const APPS = {
  sandboxDemo: { id: 'app_01J5K8N2XRQV3M7YGWT4HB6E9C', slug: 'sandbox-demo-app' },
  otherVendor: { id: 'app_01J6A3F9QZ8WTB5N2KMXR7CVDE', slug: 'other-vendor-scheduling' },
} as const;

/** A well-known key: its id in `/_sandbox`, the secret to send as `Bearer`, and its app. */
export interface WellKnownKey {
  readonly id: string;
  readonly key: string;
  readonly appId: string | null;
}

const dataKeys = (prefix: 'max_prd_ak_' | 'max_dev_ak_', env: 'prd' | 'dev') =>
  ({
    /** Every scope: 200 everywhere at Sunrise; at Harbor only what Harbor granted. */
    fullAccess: { id: `key_${env}_full_access`, key: `${prefix}FullAccess0000000000000000000001`, appId: APPS.sandboxDemo.id },
    /** Only read:patients: 403 `Insufficient scope. Required: read:appointments` and so on elsewhere. */
    patientsOnly: {
      id: `key_${env}_patients_only`,
      key: `${prefix}PatientsOnly00000000000000000001`,
      appId: APPS.sandboxDemo.id,
    },
    /** No scopes: 403 on every data endpoint, 200 on /v3/marketplace/me. */
    noScopes: { id: `key_${env}_no_scopes`, key: `${prefix}NoScopes000000000000000000000001`, appId: APPS.sandboxDemo.id },
    /** read:patients and read:bills; Harbor did not grant read:bills: 403 on /v3/bills there. */
    ungrantedScope: {
      id: `key_${env}_ungranted_scope`,
      key: `${prefix}UngrantedScope000000000000000001`,
      appId: APPS.sandboxDemo.id,
    },
    /** Revoked: 401 (`X-Sandbox-Reason: revoked_key`). */
    revoked: { id: `key_${env}_revoked`, key: `${prefix}Revoked0000000000000000000000001`, appId: APPS.sandboxDemo.id },
    /** Expired on 2026-01-01: 401 (`X-Sandbox-Reason: expired_key`). */
    expired: { id: `key_${env}_expired`, key: `${prefix}Expired0000000000000000000000001`, appId: APPS.sandboxDemo.id },
    /** Of Other Vendor Scheduling, installed only at Mesa: 403 `App is not installed for this organization` elsewhere. */
    otherApp: { id: `key_${env}_other_app`, key: `${prefix}OtherApp000000000000000000000001`, appId: APPS.otherVendor.id },
  }) as const satisfies Record<string, WellKnownKey>;

/** Keys of a sandbox serving production (the default). */
export const PRODUCTION_KEYS = {
  ...dataKeys('max_prd_ak_', 'prd'),
  /** An Account API key: 403 on every data endpoint. */
  account: { id: 'key_prd_account', key: 'max_prd_acc_Account0000000000000000000000001', appId: null },
} as const;

/** Keys of a sandbox serving staging (`--environment staging`). */
export const STAGING_KEYS = {
  ...dataKeys('max_dev_ak_', 'dev'),
  account: { id: 'key_dev_account', key: 'max_dev_acc_Account0000000000000000000000001', appId: null },
} as const;

/** The keys of the default (production) sandbox, plus the staging key that it answers 401. */
export const KEYS = {
  ...PRODUCTION_KEYS,
  /** A staging key: 401 on a production sandbox (`X-Sandbox-Reason: wrong_environment`). */
  wrongEnvironment: STAGING_KEYS.fullAccess,
} as const;
