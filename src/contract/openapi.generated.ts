/**
 * Generated from openapi/openapi.json by openapi-typescript (npm run generate). Do not edit:
 * change the document and generate again; a test fails when this file is stale.
 */

export interface paths {
    "/v3/patients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List patients
         * @description Lists the clinic's patients, in a stable order. Requires `read:patients`.
         */
        get: operations["listPatients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/patients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one patient by ID
         * @description Requires `read:patients`. An ID of the wrong prefix or not 32 hex digits is 400 `'id' must be a valid ID`; an unknown ID, or one of another clinic, is 404 `Patient not found`.
         */
        get: operations["getPatient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List appointments
         * @description Lists the clinic's appointments, by the scheduled start date ascending unless sorted otherwise. Requires `read:appointments`. `dateFrom`/`dateTo` filter on the scheduled start date.
         */
        get: operations["listAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one appointment by ID
         * @description Requires `read:appointments`. An ID of the wrong prefix or not 32 hex digits is 400 `'id' must be a valid ID`; an unknown ID, or one of another clinic, is 404 `Appointment not found`.
         */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List providers
         * @description Lists the clinic's providers, in a stable order. Requires `read:providers`.
         */
        get: operations["listProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one provider by ID
         * @description Requires `read:providers`. An ID of the wrong prefix or not 32 hex digits is 400 `'id' must be a valid ID`; an unknown ID, or one of another clinic, is 404 `Provider not found`.
         */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List facilities
         * @description Lists the clinic's facilities, in a stable order. Requires `read:facilities`.
         */
        get: operations["listFacilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one facility by ID
         * @description Requires `read:facilities`. An ID of the wrong prefix or not 32 hex digits is 400 `'id' must be a valid ID`; an unknown ID, or one of another clinic, is 404 `Facility not found`.
         */
        get: operations["getFacility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bills
         * @description Lists the clinic's bills, in a stable order. Requires `read:bills` (legacy alias `read:encounters` also accepted). `dateFrom`/`dateTo` filter on `dateOfService`.
         */
        get: operations["listBills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/bills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one bill by ID
         * @description Requires `read:bills` (legacy alias `read:encounters` also accepted). An ID of the wrong prefix or not 32 hex digits is 400 `'id' must be a valid ID`; an unknown ID, or one of another clinic, is 404 `Bill not found`.
         */
        get: operations["getBill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims
         * @description Lists the clinic's claims, in a stable order. Requires `read:claims`. `dateFrom`/`dateTo` filter on `dateOfService`.
         */
        get: operations["listClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one claim by ID
         * @description Requires `read:claims`. An ID of the wrong prefix or not 32 hex digits is 400 `'id' must be a valid ID`; an unknown ID, or one of another clinic, is 404 `Claim not found`.
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notes
         * @description Lists the clinic's notes, in a stable order. Requires `read:notes`. `dateFrom`/`dateTo` filter on `visitDate`.
         */
        get: operations["listNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one note by ID
         * @description Requires `read:notes`. An ID of the wrong prefix or not 32 hex digits is 400 `'id' must be a valid ID`; an unknown ID, or one of another clinic, is 404 `Note not found`.
         */
        get: operations["getNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit SOAP note fields
         * @description Documented ("Edit SOAP note fields"): changes `additionalHpiComments`, `impressionsPlansComments`, `otherExamComments` and/or `stickyNoteDescription` of the note's `soapNote` and answers the note, which has a new version: `version` one more and a new `versionId`; `id` stays the root ID, and the earlier version IDs still find the note. Sandbox decisions: requires `write:soap_notes` (the documented scope of SOAP note writes); a `signed` note becomes `amended` (an edit after signing is an amendment), other statuses stay; at least one field, no unknown field, each string at most its `maxLength` (10,000 characters, 2,000 for `stickyNoteDescription`), else 400 naming the field and nothing changes. The edit shows at once in every later read, the request journal (`GET /_sandbox/requests`) keeps the request, and `POST /_sandbox/reset` restores the seeded note.
         */
        patch: operations["editNote"];
        trace?: never;
    };
    "/v3/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description Lists the clinic's tasks, oldest first (by `createdAt`, then as made), paginated like every list: a task made later lands on the last page, so paging through never skips one. Requires `read:tasks`. `status` takes several statuses comma-separated (`not_started,in_progress`); `dateFrom`/`dateTo` filter on the UTC date of `createdAt`; `patientId` matches the patient of the task's note; `providerId` matches a task whose `assignedProviders` include the provider (as on notes). A well-formed ID that matches nothing is 200 with an empty list.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create a task on a note
         * @description Creates a task on a note of the clinic and writes it to the EHR as the provider `providerId` (documented: "used to authenticate with the EHR"). Requires `write:tasks` (a sandbox decision: no write scope is documented; the setting `--task-create-scope read:tasks` asks for `read:tasks` instead, the one tasks scope the documentation names). `noteId`, `providerId` and `notes` are required: a missing one is 400 naming it (`'providerId' is required`, as documented). A malformed id is 400 `'noteId' must be a valid ID` (or the field's name); a note or provider of no record of this clinic, another clinic's included, is 404 `Note not found` / `Provider not found`; an `assigneeIds` item naming no provider of the clinic is 400 naming the item. Checks run in that order and nothing is written unless all pass. Answers 200 (the only success status documented) with `{"code":"success","data":<Task>}`: status `not_started`, syncStatus `synced`, `ehrType` its note's, `createdAt` = `updatedAt` = now on the sandbox clock. The task is then served by `GET /v3/tasks` at once.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one task by ID
         * @description Returns a single task by ID (documented, v2). Requires `read:tasks`. An ID of the wrong prefix or not 32 hex digits is 400 `'id' must be a valid ID`; an unknown ID, or one of another clinic, is 404 `Task not found`.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/notes/{id}/impressions/{impressionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit impression fields
         * @description Documented (`NotesPublicController_updateImpression`): "Updates diagnosis complexity and/or status on a specific impression and synchronously pushes to the EHR. ModMed only. The impressionId is found in the SOAP note response at soapNote.impressionsPlans[].impressionId. Requires write:soap_notes scope." `providerId` (query) is required: without it, 400 `'providerId' is required`. Sandbox decisions: nothing is pushed anywhere; the answer is the note, with a new version as for `PATCH /v3/notes/{id}`. In order: 400 for a bad parameter or body; 404 `Note not found`; 404 `Provider not found` when `providerId` names no provider of this clinic; 400 when the note's `ehrType` is not `modmed`; 400 `'impressionId' ...` when the note has no such impression. Nothing changes unless every check passed.
         */
        patch: operations["updateImpression"];
        trace?: never;
    };
    "/v3/marketplace/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a key and see the organization
         * @description Needs no scope (any valid Data API key of an app the clinic installed). Returns the app, the organization and the effective scopes.
         */
        get: operations["getMarketplaceMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emails/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send emails to patients and staff users
         * @description Upstream operationId `EmailsPublicController_sendEmails` (api-model A7). Requires `write:emails` (a sandbox decision: the scope is undocumented upstream). Nothing is delivered: every email lands in the sandbox outbox (`GET /_sandbox/emails`). One email per recipient that has an email address on file; recipients that cannot be sent to (an ID of no patient or user of this clinic, another clinic's, or one without an email address) are reported in `errors`, not as a 400. At most 100 `patientIds` and 100 `userIds` per send (200 recipients). A refused request (400) stores nothing. Body limit 1 MiB: larger, or invalid JSON, is 400. Lifecycle (a sandbox decision; upstream undocumented), computed from the sandbox clock whenever the email is read, so `POST /_sandbox/clock` moves it: `scheduled` until `scheduledAt`; then `sent` (`sentAt` = `scheduledAt`, or the send time when not scheduled); 2 to 5 s after `sentAt` it is `delivered` (`deliveredAt`), or, for about 1 email in 20, `bounced` (`bouncedAt`) instead; about 4 delivered emails in 10 are `opened` (`openedAt`) between 1 minute and 1 hour after delivery. Which emails bounce or are opened, and the delays, follow from a hash of the email's id: the same seed gives the same lifecycle.
         */
        post: operations["sendEmails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sent emails
         * @description "Returns a paginated list of emails sent by this application" (api-model A7): only the emails the calling app sent at this clinic, newest first (by `createdAt`, then the later send first). Requires `write:emails` (api-model B: the docs name no read scope). Never served from the response cache: each status is computed from the clock at read time. Lifecycle (a sandbox decision; upstream undocumented), computed from the sandbox clock whenever the email is read, so `POST /_sandbox/clock` moves it: `scheduled` until `scheduledAt`; then `sent` (`sentAt` = `scheduledAt`, or the send time when not scheduled); 2 to 5 s after `sentAt` it is `delivered` (`deliveredAt`), or, for about 1 email in 20, `bounced` (`bouncedAt`) instead; about 4 delivered emails in 10 are `opened` (`openedAt`) between 1 minute and 1 hour after delivery. Which emails bounce or are opened, and the delays, follow from a hash of the email's id: the same seed gives the same lifecycle.
         */
        get: operations["listEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sent email
         * @description "Returns a single email send record by ID (only if sent by this application)" (api-model A7). Requires `write:emails`. An email of another app, or of another clinic, is 404 `Email not found`, like an unknown ID; a malformed ID is 400. Never served from the response cache. Lifecycle (a sandbox decision; upstream undocumented), computed from the sandbox clock whenever the email is read, so `POST /_sandbox/clock` moves it: `scheduled` until `scheduledAt`; then `sent` (`sentAt` = `scheduledAt`, or the send time when not scheduled); 2 to 5 s after `sentAt` it is `delivered` (`deliveredAt`), or, for about 1 email in 20, `bounced` (`bouncedAt`) instead; about 4 delivered emails in 10 are `opened` (`openedAt`) between 1 minute and 1 hour after delivery. Which emails bounce or are opened, and the delays, follow from a hash of the email's id: the same seed gives the same lifecycle.
         */
        get: operations["getEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/inventory/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inventory changes
         * @description Lists one facility's inventory changes, oldest first (by `createdAt`, as every `/v3` list keeps a stable order). Requires `read:inventory`. `facilityId` is required; `status` filters. Paginated like every `/v3` list (the documentation's example was cut off before any pagination; the sandbox's choice).
         */
        get: operations["listInventoryChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/inventory/changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one inventory change by ID
         * @description Requires `read:inventory`. `facilityId` is required (documented); a change of another facility of the clinic is 404 `Inventory change not found`, as is an unknown ID or one of another clinic. A malformed ID is 400 `'id' must be a valid ID`.
         */
        get: operations["getInventoryChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/inventory/changes/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an inventory change's scanned items
         * @description The items scanned into one change, each with its product, in scan order. Requires `read:inventory`. `facilityId` is not required here (the documentation names none; the sandbox's choice): the change ID alone names it. An unknown ID, or one of another clinic, is 404 `Inventory change not found`. Paginated like every `/v3` list.
         */
        get: operations["listInventoryChangeItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/inventory/stock-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stock levels
         * @description What one facility has of each product it ever had, by product name: derived from its closed changes (see `StockLevel`). Requires `read:inventory`; `facilityId` is required. Paginated like every `/v3` list.
         */
        get: operations["listStockLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/inventory/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description The organization's product catalog, by name. Requires `read:products`. `search` matches name, manufacturer, GTIN (any of them), NDC and custom barcode (case-insensitive substring). Archived products are listed too (`archivedAt` set). Paginated like every `/v3` list.
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/inventory/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one product by ID
         * @description Requires `read:products`. A malformed ID is 400 `'id' must be a valid ID`; an unknown ID, or one of another organization, is 404 `Product not found`.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready?
         * @description 200 once the sandbox serves. Never needs the admin token.
         */
        get: operations["sandboxHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The world as it stands
         * @description The environment the sandbox runs as, and its clinics, apps, installations and keys (secrets and current status included).
         */
        get: operations["sandboxFixtures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a data key
         * @description A data key of an app with chosen scopes, optional `expiresAt` and `notBefore` (times follow the virtual clock). Gone at reset.
         */
        post: operations["sandboxCreateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A key and its status */
        get: operations["sandboxGetKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a key
         * @description The next request with it is 401 (`X-Sandbox-Reason: revoked_key`).
         */
        post: operations["sandboxRevokeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/keys/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Expire a key now
         * @description Sets `expiresAt` to the clock's now: the next request is 401 (`expired_key`).
         */
        post: operations["sandboxExpireKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a key's secret
         * @description A new secret; the previous one works for `gracePeriodSeconds` more (default 0), then is 401 `unknown_key`. The body is optional.
         */
        post: operations["sandboxRotateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/installations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Install an app or change its grants
         * @description 201 when newly installed, 200 when the grants changed. Takes effect on the next request.
         */
        put: operations["sandboxPutInstallation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/installations/{appId}/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Uninstall an app
         * @description The next request of its keys there is 403 `App is not installed for this organization`.
         */
        delete: operations["sandboxDeleteInstallation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a throwaway clinic
         * @description A clinic of its own generated records (from `seed`), installations and one data key per app, returned in the body. Parallel tests sharing one sandbox each take their own and never see each other's data or faults. Gone at reset. The body is optional.
         */
        post: operations["sandboxCreateOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a throwaway clinic
         * @description Frees a clinic made by `POST /_sandbox/organizations` with its installations, the keys made with it (their secrets then answer 401, `X-Sandbox-Reason: unknown_key`) and its generated records. `/v3` calls naming it answer 403 `unknown_organization` afterwards. A fixture clinic is refused with 400 (`organization_not_throwaway`) and nothing changes: it is part of the seeded world, which only `POST /_sandbox/reset` restores.
         */
        delete: operations["sandboxDeleteOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active faults */
        get: operations["sandboxListFaults"];
        put?: never;
        /**
         * Inject a fault
         * @description For the next `times` matching `/v3` requests (or until removed): answer with a documented error body, wait `delayMs`, or drop the connection.
         */
        post: operations["sandboxInjectFault"];
        /** Remove every fault */
        delete: operations["sandboxClearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a fault */
        delete: operations["sandboxRemoveFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The virtual clock
         * @description Key expiry, notBefore, rate-limit windows and timestamps follow it.
         */
        get: operations["sandboxGetClock"];
        put?: never;
        /**
         * Move the clock
         * @description `{advanceSeconds}` moves it; `{now, freeze?}` sets it (frozen: it stands still until moved). The clock runs from `0000-01-01T00:00:00.000Z` to `9999-12-31T23:59:59.999Z`, the instants a `date-time` writes with a four-digit year: a move past either end is 400 (`'advanceSeconds' would move the clock out of its range: ...`, or `'now'` for a time whose offset carries it there) and leaves the clock where it was. A `now` that `Date` cannot represent, a leap second (`23:59:60Z`), is 400 naming the field, like every timestamp the sandbox takes.
         */
        post: operations["sandboxSetClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request journal
         * @description The last `--journal-size` `/v3` requests (a ring buffer, within 8 MiB of URLs and warnings: past that the oldest go first), newest first: time, method, path, query, status, precise reason, key id (never the secret), clinic, fault, duration. A URL over 2,048 characters is kept as its first 2,048 followed by `...[N more characters]`.
         */
        get: operations["sandboxRequests"];
        put?: never;
        post?: never;
        /** Empty the journal */
        delete: operations["sandboxClearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The email outbox
         * @description What apps sent with `POST /v3/emails/send` (and what `POST /_sandbox/emails` arranged), newest first, each with its status computed from the clock: at most 1000 emails and 8 MiB of their text (a body sent to many recipients counted once); past either, the oldest go first. The same store `GET /v3/emails` reads.
         */
        get: operations["sandboxEmails"];
        put?: never;
        /**
         * Arrange an email in the outbox
         * @description Adds an email as if `appId` had sent it as `organizationId`: `GET /v3/emails` of that app at that clinic then lists it. For tests of code that reads sent emails (a bounce, an old email) without sending through `/v3`. 404 for a clinic of no sandbox.
         */
        post: operations["sandboxArrangeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back to the seeded world
         * @description Keys, grants, clinics, faults, clock, journal, outbox, rate-limit counters and coverage counters and marks, as at start. Fast enough to call before every test.
         */
        post: operations["sandboxReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/organizations/{id}/{resource}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a clinic's records
         * @description The clinic's records of one type in their served order, paged like `/v3` lists, without a Max AI key or scopes: what the demo console browses.
         */
        get: operations["sandboxListRecords"];
        put?: never;
        /**
         * Create a record in a clinic
         * @description A record with the fields given; every field left out is filled deterministically from the clinic's seed (the same calls after a reset give the same records), and references left out point at a record of the clinic picked from the seed. The result is checked against the document's schema of the type; references must name records of this clinic. Answers the record as `/v3` serves it. The `/v3` side sees the change at once (lists, counts, filters, gets, and the nested `patient` and `provider` of appointments); `POST /_sandbox/reset` restores the seeded world. Works on fixture and throwaway clinics.
         */
        post: operations["sandboxCreateRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/organizations/{id}/{resource}/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a record of a clinic */
        get: operations["sandboxGetRecord"];
        put?: never;
        post?: never;
        /**
         * Delete a record of a clinic
         * @description Deletes one record. A record other records point at (a patient with appointments, bills, claims or notes; a bill with claims; ...) is refused with 400 `record_referenced` naming them, and nothing changes: deletes never cascade, so a test never loses records it arranged without saying so. The `/v3` side sees the change at once (lists, counts, filters, gets, and the nested `patient` and `provider` of appointments); `POST /_sandbox/reset` restores the seeded world. Works on fixture and throwaway clinics.
         */
        delete: operations["sandboxDeleteRecord"];
        options?: never;
        head?: never;
        /**
         * Change a record of a clinic
         * @description Sets the fields given (of a generated, pinned or created record alike); `id` cannot change. Checked like a create. Fields copied from other records (a bill's patient names) follow those records. The `/v3` side sees the change at once (lists, counts, filters, gets, and the nested `patient` and `provider` of appointments); `POST /_sandbox/reset` restores the seeded world. Works on fixture and throwaway clinics.
         */
        patch: operations["sandboxUpdateRecord"];
        trace?: never;
    };
    "/v3/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an authorization code for an id token
         * @description Authenticated by the app's Data API key (the usual 401 for a bad one; an Account API key is 403). Needs no scope and no organization: "No X-Organization-Id header required"; one sent is ignored when it is a clinic id in either form (UUID or `org_` + 32 hex) and 400 otherwise. Errors are RFC 6749 5.2 bodies `{error, error_description}` with status 400: `invalid_request` (body not JSON, not an object, a field missing or not a string), `unsupported_grant_type`, `invalid_grant` (a code unknown, expired, already used or issued to another app, or a `redirect_uri` other than the authorize request's). Its reason is in `X-Sandbox-Reason`, and the exchange in the journal.
         */
        post: operations["oauthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/oauth/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consent as a user, without a browser
         * @description Does what the consent page's Allow does, for tests: checks the app, the redirect URI (as `/oauth/authorize` does), the user and the organizations (400 `oauth_consent_invalid` naming what is wrong), and returns the code with the URL the browser would be sent to. Optional faults: `codeLifetimeSeconds`, `idTokenFaults`.
         */
        post: operations["sandboxOAuthConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/oauth/signing-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the id-token signing key
         * @description New id tokens are signed with the next key derived from the seed; the old one stays in the JWKS for `graceSeconds` (default 3600, virtual clock). A reset goes back to the first key.
         */
        post: operations["sandboxRotateSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/oauth/sign-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent sign-ins
         * @description The last 20 consents, denials and code exchanges, newest first (the console's panel).
         */
        get: operations["sandboxSignIns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What your suite exercised: documented outcomes hit, and unused scopes
         * @description For every `/v3` operation of this document, the outcomes it can produce and how often requests produced each since the last reset (`POST /_sandbox/reset`) or since a mark (`since`). Which outcomes apply is read from the document: every operation can answer `200`, each 401 reason, 429 `rate_limited`, the injected 429, 500 and 503 (`injected_fault`) and a dropped connection (`0:injected_fault`); one that needs `X-Organization-Id` can answer 400 `missing_organization_id`/`invalid_organization_id` and `app_not_installed`/`unknown_organization` (403, or 404 with `--not-installed-status 404`); one with a scope 403 `insufficient_scope`; one with parameters 400 `invalid_parameter`; one with a body 400 `invalid_body` and `invalid_json`; one with a path parameter 404 `record_not_found`; a list (its 200's `data` has `pagination`, or is an array) `200:empty_list`; a list paged by `page` `200:page_past_end`. An error outcome applies only where the operation's `responses` list its status. Answers that are none of these (a body over 1 MiB, an Account API key) are `otherHits`. Unknown paths are no operation's outcome and are not counted.
         *
         *     Requests are counted by app (the app of the key they name, a revoked or expired key's too) and clinic (the one the header names, when the sandbox holds it). A request that names no key the sandbox holds (no `Authorization`, an unknown key) belongs to no app and counts for every `appId`; one that names no clinic of the sandbox counts for every `organizationId`. Counters, not a second journal: a fixed row per app and clinic, at most 128 rows; past that a clinic's requests count in its app's totals only, and a report of one clinic says `complete: false`.
         *
         *     `apps` is least privilege: the scopes each app's live keys hold, the scopes its successful requests needed (each operation's own scope; the extra `read:soap_notes` of `includeSoapNote=true` is not seen), and the difference, in words in `findings`.
         */
        get: operations["sandboxCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/coverage/marks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a coverage mark
         * @description Remembers the coverage counters now, so that `GET /_sandbox/coverage?since=<id>` counts only the requests after it: a test (or a part of a suite) can check what it exercised itself. Ids are `mrk_1`, `mrk_2`, ... and start again at reset, which forgets every mark; the last 8 are kept.
         */
        post: operations["sandboxMarkCoverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every error of the API has exactly this body. */
        Error: {
            /** @enum {string} */
            code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limit_exceeded" | "internal_error" | "service_unavailable";
            message: string;
            /**
             * Format: uuid
             * @description A fresh UUID for every error.
             */
            trace_id: string;
        };
        Pagination: {
            page: number;
            pageSize: number;
            totalCount: number;
            /** @description `ceil(totalCount / pageSize)`; 0 for an empty result. Loop while `page < totalPages`. */
            totalPages: number;
        };
        /**
         * @description Patient ID: `pat_` and 32 lowercase hex digits.
         * @example pat_00000000000000000000000000000001
         */
        PatientId: string;
        /**
         * @description Appointment ID: `apt_` and 32 lowercase hex digits.
         * @example apt_00000000000000000000000000000001
         */
        AppointmentId: string;
        /**
         * @description Provider ID: `prv_` and 32 lowercase hex digits.
         * @example prv_00000000000000000000000000000001
         */
        ProviderId: string;
        /**
         * @description Facility ID: `fac_` and 32 lowercase hex digits.
         * @example fac_00000000000000000000000000000001
         */
        FacilityId: string;
        /**
         * @description Bill ID: `bil_` and 32 lowercase hex digits.
         * @example bil_00000000000000000000000000000001
         */
        BillId: string;
        /**
         * @description Claim ID: `clm_` and 32 lowercase hex digits.
         * @example clm_00000000000000000000000000000001
         */
        ClaimId: string;
        /**
         * @description Note ID: `nte_` (the documented prefix, e.g. `nte_3cc73cb69c59403ca9108af6c5693b25`) and 32 lowercase hex digits. A note's root ID (its `id`, the ID of its first version) and the ID of any of its versions (`versionId`) have this form, and each finds the note.
         * @example nte_00000000000000000000000000000001
         */
        NoteId: string;
        /**
         * @description Task ID: `tsk_` and 32 lowercase hex digits.
         * @example tsk_00000000000000000000000000000001
         */
        TaskId: string;
        /**
         * @description StaffUser ID: `usr_` and 32 lowercase hex digits.
         * @example usr_00000000000000000000000000000001
         */
        StaffUserId: string;
        Patient: {
            id: components["schemas"]["PatientId"];
            /** @description Medical record number, unique within the clinic (the sandbox writes `MRN-` and seven digits). Null for a record without one: about 3% of the sandbox's patients (seed-determined). */
            mrn: string | null;
            firstName: string;
            lastName: string;
            /** @description Null for about 20% of the sandbox's patients. */
            middleName: string | null;
            /**
             * @description Documented: `Male`, `Female` and null, the whole set; the sandbox adds no value. Null when the clinic did not record it (about 3% of the sandbox's patients).
             * @example Male
             * @example Female
             * @example null
             * @enum {string|null}
             */
            gender: "Male" | "Female" | null;
            /**
             * Format: date
             * @description `YYYY-MM-DD`. Null when the clinic did not record it (about 3% of the sandbox's patients).
             * @example 1985-03-15
             */
            dateOfBirth: string | null;
            /**
             * Format: email
             * @description Null for about 5% of the sandbox's patients. Always at example.com, example.org or example.net.
             */
            email: string | null;
            /**
             * @description `(555) 123-4567`. Null for about 5% of the sandbox's patients.
             * @example (555) 123-4567
             */
            phone: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt: string;
        };
        /**
         * @description A provider role, named as `roles` lists it. Documented: `Physician`, `Surgeon` (A6). Added by the sandbox, the other roles of a clinic's clinical staff: `Supervising Physician` (a physician who supervises and cosigns for NPs and PAs), `Nurse Practitioner`, `Physician Assistant`, `Registered Nurse`, `Scribe`, `Administrator`. Every clinician has the role of their credential (MD/DO: `Physician`); some physicians also list `Surgeon`, `Supervising Physician` or `Administrator`. A role is identified by its name: the `roleId` filter of `GET /v3/providers` takes one of these (URL-encode the space: `roleId=Nurse%20Practitioner`).
         * @enum {string}
         */
        ProviderRole: "Physician" | "Surgeon" | "Supervising Physician" | "Nurse Practitioner" | "Physician Assistant" | "Registered Nurse" | "Scribe" | "Administrator";
        Provider: {
            id: components["schemas"]["ProviderId"];
            firstName: string;
            lastName: string;
            /** @example Dr. James */
            displayFirstName: string;
            /** @example Wilson, MD */
            displayLastName: string;
            roles: components["schemas"]["ProviderRole"][];
            username: string;
            individualNpi: string | null;
            canFinalize: boolean;
            canCosign: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt: string;
        };
        Facility: {
            id: components["schemas"]["FacilityId"];
            name: string;
            /** @description IANA time zone, e.g. `America/Los_Angeles`. */
            timezone: string;
            specialty: string | null;
            isVisible: boolean;
            organizationNpi: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt: string;
        };
        Appointment: {
            id: components["schemas"]["AppointmentId"];
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            scheduledStartDate: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            scheduledEndDate: string;
            /**
             * @description Where the appointment stands. Documented: `confirmed`. Added by the sandbox: `scheduled` (booked, not yet confirmed), `checked_in`, `in_progress`, `completed`, `cancelled`, `no_show`: the usual front-desk lifecycle.
             * @example confirmed
             * @enum {string}
             */
            status: "scheduled" | "confirmed" | "checked_in" | "in_progress" | "completed" | "cancelled" | "no_show";
            isNewPatient: boolean;
            facilityId: components["schemas"]["FacilityId"];
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp: when the clinic's EHR last synced the record. Never before `createdAt`, never after the reference date the clinic's records are generated around. The documentation names it only as a sort key (`sortBy=lastSyncedAt`); the sandbox serves it so that the sort can be seen.
             */
            lastSyncedAt: string;
            patient: components["schemas"]["Patient"];
            provider: components["schemas"]["Provider"];
        };
        Diagnosis: {
            /**
             * @description Diagnosis ID: `dgn_` and 32 lowercase hex digits. The prefix is the sandbox's (undocumented upstream), in the style of the documented ones.
             * @example dgn_00000000000000000000000000000001
             */
            id: string;
            /**
             * @description ICD-10-CM code.
             * @example L70.0
             */
            code: string;
            description: string;
            position: number;
            /**
             * @description The code set of `code`. Documented: `ICD-10-CM`. The sandbox adds no value of its own: every diagnosis it generates is ICD-10-CM.
             * @example ICD-10-CM
             * @enum {string}
             */
            codeRevision: "ICD-10-CM";
        };
        Modifier: {
            code: string;
            name: string;
        };
        LineItem: {
            /**
             * @description Line item ID: `lin_` and 32 lowercase hex digits. The prefix is the sandbox's (undocumented upstream), in the style of the documented ones.
             * @example lin_00000000000000000000000000000001
             */
            id: string;
            /**
             * @description CPT or HCPCS code.
             * @example 99213
             */
            code: string;
            /**
             * @description Documented: `CPT`. Added by the sandbox: `HCPCS` (HCPCS Level II codes such as G0439, the annual wellness visit).
             * @example CPT
             * @enum {string}
             */
            codeType: "CPT" | "HCPCS";
            description: string;
            /**
             * @description Units billed, a string as documented (`"1"`), not a number. The sandbox writes whole units.
             * @example 1
             */
            units: string;
            /**
             * @description Decimal money string, e.g. `"150.00"`.
             * @example 150.00
             */
            charge: string;
            /** @description Decimal money string, e.g. `"150.00"`. */
            totalCharge: string;
            /** @description Decimal money string, e.g. `"150.00"`. */
            balance: string;
            modifiers: components["schemas"]["Modifier"][];
            position: number;
            /** @description The diagnoses this line is billed against (its diagnosis pointers), most important first. Each is one of the same coding group's `diagnoses`, repeated in full (same `id`). The sandbox links the visit's own code to every diagnosis of the group except Z23, a vaccine line to Z23, and any other line to the group's first diagnosis. */
            linkedDiagnoses: components["schemas"]["Diagnosis"][];
        };
        CodingGroup: {
            /**
             * @description CodingGroup ID: `cg_` and 32 lowercase hex digits.
             * @example cg_00000000000000000000000000000001
             */
            id: string;
            /**
             * @description Documented: `finalized`. Added by the sandbox: `draft` (being coded), `ready` (coded, not yet sent), `submitted` (sent for billing).
             * @example finalized
             * @enum {string}
             */
            status: "draft" | "ready" | "submitted" | "finalized";
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp: when coding began, within a day after the visit ended.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp: the last change, never before `createdAt`.
             */
            updatedAt: string;
            diagnoses: components["schemas"]["Diagnosis"][];
            lineItems: components["schemas"]["LineItem"][];
        };
        Bill: {
            id: components["schemas"]["BillId"];
            /**
             * Format: date
             * @description `YYYY-MM-DD`
             */
            dateOfService: string;
            /**
             * @description Who the bill goes to. Documented: `professional` (a professional claim to the patient's health plans: the normal case for a physician's office, about 85% of the sandbox's bills). Added by the sandbox: `self_pay` (the patient pays: no coverage, a cosmetic service, or the patient's choice), `workers_comp` (an injury at work, billed to a workers' compensation carrier). Only `professional` bills get claims in the sandbox.
             * @example professional
             * @enum {string}
             */
            billingType: "professional" | "self_pay" | "workers_comp";
            isCosmetic: boolean;
            isBillable: boolean;
            virtualEncounter: boolean;
            /** @description Whether E/M coding (choosing the level of an office visit) applies to the bill. The sandbox sets it for office and outpatient E/M visits, and not for preventive or annual wellness visits, which have no level to code. */
            isEmCodingEnabled: boolean;
            patientId: components["schemas"]["PatientId"];
            patientFirstName: string;
            patientLastName: string;
            /** Format: date */
            patientDob: string | null;
            /**
             * @description The provider who saw the patient, spelled as documented (A6): `Dr. James Wilson` for a physician (display first name and last name); a clinician not called "Dr." keeps the credential instead, e.g. `Maria Lopez, NP`.
             * @example Dr. James Wilson
             */
            primaryProviderName: string;
            /** @description The provider the bill is billed under, spelled like `primaryProviderName`. Usually the provider who saw the patient; in the sandbox, about 40% of established-patient, in-person, professional visits with a nurse practitioner or physician assistant are billed under a supervising physician (incident-to billing). */
            billUnderName: string;
            facilityId: components["schemas"]["FacilityId"];
            facilityName: string;
            specialty: string | null;
            codingGroups: components["schemas"]["CodingGroup"][];
        };
        Insurance: {
            payerName: string;
            planName: string;
            /**
             * @description The plan type, as the plan's card and the claim show it. Documented: `PPO` (A6). Added by the sandbox, the other usual types: `HMO`, `EPO`, `POS`, `HDHP` (a high-deductible plan), `Medicare` (Original Medicare), `Medicare Advantage`, `Medicare Supplement` (a Medigap plan behind Medicare), `Medicaid` (Medicaid and its managed-care plans), `TRICARE`, and `Self-Pay` (the self-pay entry some practice systems list among a patient's plans; the sandbox sends none: a patient without coverage has no entries).
             * @example PPO
             * @enum {string}
             */
            policyType: "PPO" | "HMO" | "EPO" | "POS" | "HDHP" | "Medicare" | "Medicare Advantage" | "Medicare Supplement" | "Medicaid" | "TRICARE" | "Self-Pay";
            isPrimary: boolean;
            memberId: string;
            groupNumber: string | null;
            /** @description The number of the policy the member is covered under, which differs from `memberId` (A6): an employer group or individual policy number for commercial plans (two letters and eight digits in the sandbox), a contract number for government plans (twelve digits). */
            policyNumber: string;
            subscriberName: string;
            /** @description Decimal money string, e.g. `"150.00"`. */
            copayAmount: string | null;
            /** @description Decimal money string, e.g. `"150.00"`. */
            deductibleRemaining: string | null;
        };
        Claim: {
            id: components["schemas"]["ClaimId"];
            /** @description Decimal money string, e.g. `"150.00"`. */
            claimAmount: string;
            /** @description Decimal money string, e.g. `"150.00"`. */
            balance: string;
            /**
             * @description Documented: `accepted`. Added by the sandbox: `draft` (not sent yet: its bill is still being coded, or it was just created), `submitted` (sent, no answer yet), `rejected` (returned for errors before the payer decided on it), `denied` (decided and not paid), `paid`, `partially_paid`.
             * @example accepted
             * @enum {string}
             */
            claimStatus: "draft" | "submitted" | "accepted" | "rejected" | "denied" | "paid" | "partially_paid";
            /**
             * Format: date
             * @description `YYYY-MM-DD`: the UTC day the claim was sent to the payer. Null while it is a draft.
             */
            submittedDate: string | null;
            /**
             * Format: date
             * @description `YYYY-MM-DD`: the UTC day the claim was created, within three days after the visit. The sandbox creates the record at the same moment, so it is the date part of `createdAt`.
             */
            claimCreatedDate: string;
            billId: components["schemas"]["BillId"];
            /**
             * Format: date
             * @description `YYYY-MM-DD`
             */
            dateOfService: string;
            /**
             * @description The practice's own number of the claim's bill, as people read it. The sandbox numbers each clinic's bills in visit order from a seed-drawn start, five digits or more.
             * @example BILL-78432
             */
            billHumanId: string;
            patientId: components["schemas"]["PatientId"];
            patientFirstName: string;
            patientLastName: string;
            /** Format: date */
            patientDob: string | null;
            /** @description The bill's `primaryProviderName`: the provider who saw the patient, e.g. `Dr. James Wilson`. */
            primaryProviderName: string;
            /** @description The bill's `billUnderName`: the provider the claim is billed under. */
            billUnderName: string;
            facilityId: components["schemas"]["FacilityId"];
            facilityName: string;
            /** @description The bill's `specialty` (the facility's); null where the facility has none. */
            specialty: string | null;
            /** @description The payer name of the primary plan in `insurance` (its `payerName`, e.g. `Aetna`). Decided by the sandbox, the type being undocumented: a name, not an object. Null when the claim lists no primary plan; every sandbox claim lists one. */
            primaryInsurance: string | null;
            /** @description The payer name of the secondary plan in `insurance`, like `primaryInsurance`; null when the patient has no second plan (most claims). */
            secondaryInsurance: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt: string;
            /** @description The provider who saw the patient: the id of `primaryProviderName`. */
            primaryProviderId: components["schemas"]["ProviderId"];
            /** @description The provider the claim is billed under: the id of `billUnderName`. */
            billUnderId: components["schemas"]["ProviderId"];
            /** @description The CLIA certificate number of the facility (two digits, `D`, seven digits) when the claim bills a CLIA-waived lab test (a line with modifier QW); null otherwise. The format is CMS's; the sandbox keeps one number per facility. */
            cliaNumber: string | null;
            insurance: components["schemas"]["Insurance"][];
        };
        /** @description The SOAP note body. Documented: it sits under `soapNote` and holds `impressionsPlans[]`, and `PATCH /v3/notes/{id}` edits `additionalHpiComments`, `impressionsPlansComments`, `otherExamComments` and `stickyNoteDescription`; the sandbox places those four at the top level of `soapNote` (where the real API nests them was not captured) and keeps its own four narrative sections `subjective`, `objective`, `assessment`, `plan` (sandbox-added: the other field names of the real body were not captured). A comment field never written is null. */
        SoapNote: {
            /** @description Narrative section (sandbox-added). */
            subjective: string;
            /** @description Narrative section (sandbox-added). */
            objective: string;
            /** @description Narrative section (sandbox-added). */
            assessment: string;
            /** @description Narrative section (sandbox-added). */
            plan: string;
            /** @description The impressions (diagnoses) of the visit, the primary diagnosis first. */
            impressionsPlans: components["schemas"]["NoteImpression"][];
            /** @description Free text added to the history of present illness. Documented as an editable field of `PATCH /v3/notes/{id}`. */
            additionalHpiComments: string | null;
            /** @description Free text under the impressions and plans. Documented as an editable field of `PATCH /v3/notes/{id}`. */
            impressionsPlansComments: string | null;
            /** @description Free text added to the physical exam. Documented as an editable field of `PATCH /v3/notes/{id}`. */
            otherExamComments: string | null;
            /** @description The chart's sticky note: a short reminder shown with the note. Documented as an editable field of `PATCH /v3/notes/{id}`. */
            stickyNoteDescription: string | null;
        };
        /** @description A provider assigned to a note: every field of Provider, plus `hidden` and `roleType`. */
        NoteProvider: {
            id: components["schemas"]["ProviderId"];
            firstName: string;
            lastName: string;
            /** @example Dr. James */
            displayFirstName: string;
            /** @example Wilson, MD */
            displayLastName: string;
            roles: components["schemas"]["ProviderRole"][];
            username: string;
            individualNpi: string | null;
            canFinalize: boolean;
            canCosign: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt: string;
            /** @description The provider's `hidden` flag, the one the `hidden` filter of listProviders reads: true for a provider no longer shown in lists. */
            hidden: boolean;
            /**
             * @description The provider's part in the note. No value is documented exactly: A6 shows a value like `PRIMARY_...`. The sandbox's: `PRIMARY_PROVIDER` (the provider who saw the patient and wrote the note, always first and always present), `COSIGNER` (a supervising provider who cosigns: most notes of nurse practitioners and physician assistants, some notes under review).
             * @enum {string}
             */
            roleType: "PRIMARY_PROVIDER" | "COSIGNER";
        };
        Note: {
            /** @description The note's stable root ID: the ID of its first version, the same after every edit. */
            id: components["schemas"]["NoteId"];
            /** @description The note's version: 1 when first written, one more with every edit (`PATCH /v3/notes/{id}` and `PATCH /v3/notes/{id}/impressions/{impressionId}` each make a new version). Only the current version of a note is served. */
            version: number;
            /** @description The ID of the current version (sandbox-added field): equal to `id` for version 1, a new `nte_` ID for every later version. The documentation says a note's ID may be its "stable root ID or any version ID": the root ID and the ID of any version the note had, current or earlier, find the note (`GET /v3/notes/{id}` and both PATCH operations), which is then served as its current version. */
            versionId: components["schemas"]["NoteId"];
            /**
             * @description When the visit started, in UTC, spelled exactly as documented: `YYYY-MM-DD HH:MM:SS+00`, with a space and `+00` (not ISO 8601's `T` and `Z`). `dateFrom`/`dateTo` compare its date part, the UTC date: like an appointment's `scheduledStartDate`, a late visit in a western time zone can fall on the next UTC day.
             * @example 2026-03-20 18:30:00+00
             */
            visitDate: string;
            /**
             * @description Where the note stands. Documented: `awaiting_sign`. Added by the sandbox: `draft` (the provider is still writing it), `in_review` (being reviewed before it is signed, by a supervising provider or the practice's coders), `signed`, `amended` (changed after signing: `version` 2 or more). `awaiting_sign`: the provider has finished the note and it waits for the signature; most notes pass through it within days of the visit, a few stay there.
             * @example awaiting_sign
             * @enum {string}
             */
            status: "draft" | "awaiting_sign" | "in_review" | "signed" | "amended";
            /**
             * @description The outcome of Max AI's check of the note. Documented: `issues_found`. Added by the sandbox: `pending` (not checked yet: the check runs once the provider has finished the note, so every `draft` is pending), `no_issues`, `failed` (the check could not run, about 1% of checked notes).
             * @example issues_found
             * @enum {string}
             */
            aiStatus: "pending" | "no_issues" | "issues_found" | "failed";
            /** @description How many issues the check found: 1 or more when `aiStatus` is `issues_found`, else 0 (also while the check is pending or after it failed). */
            aiIssueCount: number;
            patient: {
                id: components["schemas"]["PatientId"];
                firstName: string;
                lastName: string;
                /** Format: date */
                dateOfBirth: string | null;
                /**
                 * Format: uri
                 * @description The patient's photo (A6: a URL or null). Most patients have none (null); the sandbox gives about one in five an `https://example.com/avatars/<patient id>.png` address, which can be no real person's picture.
                 * @example https://example.com/avatars/pat_3cc73cb69c59403ca9108af6c5693b25.png
                 * @example null
                 */
                avatar: string | null;
            };
            facility: {
                id: components["schemas"]["FacilityId"];
                name: string;
            };
            /**
             * @description The EHR the note was written in. Documented: `modmed` (ModMed). Not an enum here: the real API may name other EHRs. Every generated note of the sandbox is `modmed`; a note of another EHR can be arranged through `PATCH /_sandbox/organizations/{id}/notes/{recordId}` with `ehrType` (for example `athena`), and `PATCH /v3/notes/{id}/impressions/{impressionId}` refuses it (400: the documentation says "ModMed only").
             * @example modmed
             */
            ehrType: string;
            /** @description The providers of the note: the rendering provider first, then a cosigner when there is one. */
            assignedProviders: components["schemas"]["NoteProvider"][];
            /** @description Present only when `includeSoapNote=true` is sent with a key whose effective scopes include `read:soap_notes`. */
            soapNote?: components["schemas"]["SoapNote"];
        };
        /** @description A task on a note (v4 list example: `id`, `status`, `syncStatus`, `notes`, `noteId`, `ehrType`, `assignedProviders`, `createdAt`, `updatedAt`). Generated tasks follow the visit their note documents: in a dermatology clinic biopsy results to review, prior authorizations, follow-up skin checks; in family medicine lab results to review, referrals, refill requests. */
        Task: {
            id: components["schemas"]["TaskId"];
            /**
             * @description Where the task stands. Documented: `not_started`, `in_progress` (the v4 list example filters on both). Added by the sandbox: `completed` (done), `cancelled` (no longer needed). A task made with `POST /v3/tasks` starts `not_started`.
             * @example not_started
             * @enum {string}
             */
            status: "not_started" | "in_progress" | "completed" | "cancelled";
            /**
             * @description Whether the task reached the clinic's EHR. No value is documented; the sandbox's: `synced` (written to the EHR: every task made with `POST /v3/tasks`, which writes it at once through the `providerId` given, and most generated ones), `pending` (queued, not written yet), `failed` (the EHR refused it; the task stays in Max AI).
             * @example synced
             * @enum {string}
             */
            syncStatus: "synced" | "pending" | "failed";
            /** @description Task description / notes. */
            notes: string;
            /** @description The note the task belongs to (a note of the same clinic). */
            noteId: components["schemas"]["NoteId"];
            /**
             * @description The EHR the task is kept in: always its note's `ehrType` (`modmed` in every clinic of the sandbox). Not an enum, like the note's.
             * @example modmed
             */
            ehrType: string;
            /** @description The providers the task is assigned to, in the order assigned, each in the same shape as a note's `assignedProviders` (NoteProvider). A task's `roleType`: the first assignee, who owns the task, has the value a note's rendering provider has; any further assignee the value a note's cosigner has. Empty when the task was made without `assigneeIds` (about 3% of generated tasks). */
            assignedProviders: components["schemas"]["NoteProvider"][];
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp (when the task was made), like patients' and providers' (the documentation shows no task timestamp).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp (its last change; equal to `createdAt` until then), like patients' and providers' (the documentation shows no task timestamp).
             */
            updatedAt: string;
        };
        /** @description The documented body of `POST /tasks` (v1/v4). Unknown fields are ignored. Nothing is written unless every check passes. */
        CreateTaskRequest: {
            /** @description The note the task belongs to. Another shape is 400 `'noteId' must be a valid ID`; an ID of no note of this clinic (another clinic's included) is 404 `Note not found`. */
            noteId: components["schemas"]["NoteId"];
            /** @description The provider on whose behalf the task is written, "used to authenticate with the EHR" (documented). Required: leaving it out is the documented 400 `'providerId' is required`. An ID of no provider of this clinic (another clinic's included) is 404 `Provider not found`. It is not served on the task and does not assign it. */
            providerId: components["schemas"]["ProviderId"];
            /** @description "Task description / notes" (documented): 1 to 5,000 characters (the limit is the sandbox's). */
            notes: string;
            /** @description Providers to assign the task to, in order: they become `assignedProviders`. Optional; left out or empty, the task is assigned to nobody. Up to 20, none repeated. An ID of no provider of this clinic is 400 `'assigneeIds[<i>]' must be the ID of a provider of this organization`, naming the first such item. */
            assigneeIds?: components["schemas"]["ProviderId"][];
        };
        MarketplaceMe: {
            app: {
                /**
                 * @description App ID: `app_` and 26 Crockford base-32 characters (upper case, ULID style), as the documentation shows them.
                 * @example app_01J5K8N2XRQV3M7YGWT4HB6E9C
                 */
                id: string;
                slug: string;
                /**
                 * @description The live version: `ver_` and 26 Crockford base-32 characters, like app ids; null when the app has no live version.
                 * @example ver_01J5K8N2XRQV3M7YGWT4HB6E9C
                 */
                liveVersionId: string | null;
            };
            organization: {
                /**
                 * Format: uuid
                 * @description The clinic, always as the dashed UUID (the documented form of this field), whichever spelling `X-Organization-Id` used.
                 */
                id: string;
            };
            /** @description The effective scopes: the key's scopes intersected with the clinic's grants, canonical names (`read:encounters` is reported as `read:bills`). */
            scopes: string[];
        };
        /**
         * @description Email ID: `eml_` and 32 lowercase hex digits.
         * @example eml_a1f05e538dc9db2624d838b4cbf1f926
         */
        EmailId: string;
        /**
         * @description What the email is for. Documented: `appointment_reminder`. Added by the sandbox: `appointment_confirmation`, `follow_up`, `billing`, `general` (the full set is undocumented upstream).
         * @enum {string}
         */
        EmailType: "appointment_reminder" | "appointment_confirmation" | "follow_up" | "billing" | "general";
        /**
         * @description Where the email is in its lifecycle, by the sandbox clock at read time. Documented: `sent`. Added by the sandbox: `scheduled`, `delivered`, `opened`, `bounced`. Lifecycle (a sandbox decision; upstream undocumented), computed from the sandbox clock whenever the email is read, so `POST /_sandbox/clock` moves it: `scheduled` until `scheduledAt`; then `sent` (`sentAt` = `scheduledAt`, or the send time when not scheduled); 2 to 5 s after `sentAt` it is `delivered` (`deliveredAt`), or, for about 1 email in 20, `bounced` (`bouncedAt`) instead; about 4 delivered emails in 10 are `opened` (`openedAt`) between 1 minute and 1 hour after delivery. Which emails bounce or are opened, and the delays, follow from a hash of the email's id: the same seed gives the same lifecycle.
         * @enum {string}
         */
        EmailStatus: "scheduled" | "sent" | "delivered" | "opened" | "bounced";
        /** @description At least one of `patientIds` and `userIds` must hold an ID; at most 100 of each. Unknown fields are ignored. A7 marks `from` required; `subject` and `html` are required too (a sandbox decision: an email needs both). */
        EmailRequest: {
            /**
             * @description Email sender prefix (becomes @accounts.maxcare.ai): an email local part of lowercase letters, digits, `.`, `_` and `-`, at most 64 characters, starting and ending with a letter or digit. Example: `notifications`.
             * @example notifications
             */
            from: string;
            /** @description Subject line; at most 998 characters (the line limit of RFC 5322). */
            subject: string;
            /** @description Email body as raw HTML; at most 256 Ki characters. Stored as sent; the sandbox never renders it. */
            html: string;
            /** @description What the email is for; `general` when omitted (a sandbox decision). */
            emailType?: components["schemas"]["EmailType"];
            /** @description Patients to email (at most 100). */
            patientIds?: components["schemas"]["PatientId"][];
            /** @description Staff users of the clinic to email (at most 100). */
            userIds?: components["schemas"]["StaffUserId"][];
            /**
             * Format: date-time
             * @description Send later (ISO 8601, e.g. `2026-03-25T10:00:00Z`); must be after the sandbox clock's now. Omit to send now.
             */
            scheduledAt?: string;
        };
        /** @description One email send record (api-model A7). Lifecycle (a sandbox decision; upstream undocumented), computed from the sandbox clock whenever the email is read, so `POST /_sandbox/clock` moves it: `scheduled` until `scheduledAt`; then `sent` (`sentAt` = `scheduledAt`, or the send time when not scheduled); 2 to 5 s after `sentAt` it is `delivered` (`deliveredAt`), or, for about 1 email in 20, `bounced` (`bouncedAt`) instead; about 4 delivered emails in 10 are `opened` (`openedAt`) between 1 minute and 1 hour after delivery. Which emails bounce or are opened, and the delays, follow from a hash of the email's id: the same seed gives the same lifecycle. */
        EmailRecord: {
            id: components["schemas"]["EmailId"];
            /**
             * Format: email
             * @description The address the email went to: the recipient's email on file at send time.
             */
            recipientEmail: string;
            /**
             * @description `patient` (from `patientIds`) or `user` (a staff user, from `userIds`).
             * @enum {string}
             */
            recipientType: "patient" | "user";
            /** @description The patient or staff user ID. */
            recipientId: string;
            emailType: components["schemas"]["EmailType"];
            subject: string;
            /**
             * Format: email
             * @description `<from>@accounts.maxcare.ai`, e.g. `notifications@accounts.maxcare.ai`.
             */
            fromAddress: string;
            status: components["schemas"]["EmailStatus"];
            /** @description When the email is (or was) due; null when it was sent at once. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            scheduledAt: string | null;
            /** @description When it was sent; null while `scheduled`. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            sentAt: string | null;
            /** @description When it was delivered; null until then, and for a bounced email. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            deliveredAt: string | null;
            /** @description When the recipient opened it; null until then (most emails are never opened). PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            openedAt: string | null;
            /** @description When it bounced; null unless `bounced`. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            bouncedAt: string | null;
            /** @description When the app sent the request. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            createdAt: string;
        };
        /** @description A recipient that got no email. */
        EmailError: {
            recipientId: string;
            /** @enum {string} */
            recipientType: "patient" | "user";
            /** @description Why: `Patient has no email address on file` (documented), `User has no email address on file`, or `Patient not found` / `User not found` for an ID of no patient or user of this clinic (another clinic's included). */
            error: string;
        };
        EmailSendResult: {
            sent: components["schemas"]["EmailRecord"][];
            errors: components["schemas"]["EmailError"][];
        };
        EmailSendResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["EmailSendResult"];
        };
        EmailListResponse: {
            /** @constant */
            code: "success";
            data: {
                emails: components["schemas"]["EmailRecord"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        EmailRecordResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["EmailRecord"];
        };
        PatientListResponse: {
            /** @constant */
            code: "success";
            data: {
                patients: components["schemas"]["Patient"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        PatientResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["Patient"];
        };
        AppointmentListResponse: {
            /** @constant */
            code: "success";
            data: {
                appointments: components["schemas"]["Appointment"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        AppointmentResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["Appointment"];
        };
        ProviderListResponse: {
            /** @constant */
            code: "success";
            data: {
                providers: components["schemas"]["Provider"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        ProviderResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["Provider"];
        };
        FacilityListResponse: {
            /** @constant */
            code: "success";
            data: {
                facilities: components["schemas"]["Facility"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        FacilityResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["Facility"];
        };
        BillListResponse: {
            /** @constant */
            code: "success";
            data: {
                bills: components["schemas"]["Bill"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        BillResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["Bill"];
        };
        ClaimListResponse: {
            /** @constant */
            code: "success";
            data: {
                claims: components["schemas"]["Claim"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        ClaimResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["Claim"];
        };
        NoteListResponse: {
            /** @constant */
            code: "success";
            data: {
                notes: components["schemas"]["Note"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        NoteResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["Note"];
        };
        TaskListResponse: {
            /** @constant */
            code: "success";
            data: {
                tasks: components["schemas"]["Task"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        TaskResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["Task"];
        };
        MarketplaceMeResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["MarketplaceMe"];
        };
        SandboxKey: {
            id: string;
            /** @description The secret to send as `Authorization: Bearer <key>`. */
            key: string;
            /** @enum {unknown} */
            type: "data" | "account";
            /** @enum {unknown} */
            environment: "production" | "staging";
            appId: string | null;
            scopes: string[];
            /** @enum {unknown} */
            status: "active" | "revoked" | "expired" | "not_yet_valid";
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            notBefore: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            description: string | null;
            /**
             * Format: date-time
             * @description After a rotation: until when the previous secret still works (null: it stopped at once).
             */
            previousKeyValidUntil?: string | null;
        };
        CreateKeyRequest: {
            appId: string;
            /**
             * @description Default: the sandbox's environment.
             * @enum {unknown}
             */
            environment?: "production" | "staging";
            scopes: ("read:patients" | "read:appointments" | "read:providers" | "read:facilities" | "read:bills" | "read:encounters" | "read:claims" | "read:notes" | "read:soap_notes" | "read:tasks" | "read:inventory" | "read:products" | "write:emails" | "write:soap_notes" | "write:tasks")[];
            /** Format: date-time */
            expiresAt?: string;
            /** Format: date-time */
            notBefore?: string;
            description?: string;
        };
        RotateKeyRequest: {
            /** @description How long the previous secret keeps working (default 0). */
            gracePeriodSeconds?: number;
        };
        Installation: {
            appId: string;
            /** Format: uuid */
            organizationId: string;
            grantedScopes: string[];
        };
        InstallationRequest: {
            appId: string;
            /** @description The clinic, in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). */
            organizationId: string;
            grantedScopes: ("read:patients" | "read:appointments" | "read:providers" | "read:facilities" | "read:bills" | "read:encounters" | "read:claims" | "read:notes" | "read:soap_notes" | "read:tasks" | "read:inventory" | "read:products" | "write:emails" | "write:soap_notes" | "write:tasks")[];
        };
        SandboxOrganization: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            throwaway: boolean;
        };
        SandboxApp: {
            id: string;
            slug: string;
            name: string;
            liveVersionId: string | null;
            /** @description Where `/oauth/authorize` may send a user back (see the OAuth tag for how they match). */
            redirectUris?: string[];
        };
        Fixtures: {
            /**
             * @description The environment this sandbox runs as (`--environment`). Only keys of this environment work here; a key of the other one is 401 `wrong_environment`.
             * @enum {string}
             */
            environment: "production" | "staging";
            organizations: components["schemas"]["FixturesOrganization"][];
            apps: components["schemas"]["SandboxApp"][];
            installations: components["schemas"]["Installation"][];
            keys: components["schemas"]["SandboxKey"][];
        };
        CreateOrganizationRequest: {
            /** @description Seed of the clinic's records; random when omitted. */
            seed?: string;
            name?: string;
            /** @description Apps to install, each with a data key of its granted scopes. Default: the world's first app (the Sandbox Demo App) with every scope. */
            apps?: {
                appId: string;
                grantedScopes?: ("read:patients" | "read:appointments" | "read:providers" | "read:facilities" | "read:bills" | "read:encounters" | "read:claims" | "read:notes" | "read:soap_notes" | "read:tasks" | "read:inventory" | "read:products" | "write:emails" | "write:soap_notes" | "write:tasks")[];
            }[];
            recordCounts?: components["schemas"]["RecordCountsRequest"];
        };
        ThrowawayOrganization: {
            organization: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string | null;
                /** @constant */
                throwaway: true;
                seed: string;
                recordCounts: components["schemas"]["RecordCounts"];
            };
            installations: components["schemas"]["Installation"][];
            keys: components["schemas"]["SandboxKey"][];
        };
        FaultMatch: {
            /** @enum {unknown} */
            method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
            /** @description A request path of `/v3` as sent: exact (`/v3/patients/pat_...`), or a prefix ending in `*` (`/v3/patients*`). It must be able to match a path of the document (a `{id}` segment there stands for any one segment): `{id}` itself, or a path no operation has (`/v3/patient`), is 400 rather than a fault that never fires. */
            path?: string;
            keyId?: string;
            /** @description The clinic, in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). */
            organizationId?: string;
        };
        /** @description Needs at least one of `status`, `delayMs`, `abort`. Faults apply to `/v3` requests only, before the key is checked, in the order they were added. */
        InjectFaultRequest: {
            match?: components["schemas"]["FaultMatch"];
            /**
             * @description Answer with the documented error body of this status: 429 `rate_limit_exceeded` (with Retry-After), 500 `internal_error`, 503 `service_unavailable` (with Retry-After).
             * @enum {unknown}
             */
            status?: 429 | 500 | 503;
            /** @description Wait this long first; alone, it delays the normal answer. */
            delayMs?: number;
            /** @description Drop the connection without an answer (journal status 0). */
            abort?: boolean;
            /** @description Apply to this many matching requests; until removed when omitted. */
            times?: number;
            /** @description Retry-After of a 429 or 503 (default 1). */
            retryAfterSeconds?: number;
        };
        Fault: {
            id: string;
            match: components["schemas"]["FaultMatch"];
            /** @enum {integer|null} */
            status: 429 | 500 | 503 | null;
            delayMs: number;
            abort: boolean;
            retryAfterSeconds: number;
            remaining: number | null;
            hits: number;
        };
        FaultList: {
            faults: components["schemas"]["Fault"][];
        };
        /** @description Exactly one of `advanceSeconds` and `now`. */
        ClockRequest: {
            advanceSeconds?: number;
            /** Format: date-time */
            now?: string;
            /** @description With `now`: stand still there until advanced. */
            freeze?: boolean;
        };
        Clock: {
            /** Format: date-time */
            now: string;
            frozen: boolean;
        };
        JournalEntry: {
            id: number;
            /** Format: date-time */
            time: string;
            method: string;
            path: string;
            query: string;
            /** @description 0 when an injected fault dropped the connection. */
            status: number;
            /** @description The precise reason of an error, as in X-Sandbox-Reason. */
            reason: string | null;
            /** @description The key's id, never its secret. */
            keyId: string | null;
            organizationId: string | null;
            /** @description The request's trace id: the `trace_id` of its error body, and the `traceId` of its log line with `--log-requests`. `null` for a success unless requests are logged as JSON (`--log-requests --log-format json`). */
            traceId: string | null;
            faultId: string | null;
            /** @description The sandbox's warning about the request, as in `X-Sandbox-Warning`: the query parameters its operation does not define. `null` when there was none. */
            warning: string | null;
            durationMs: number;
        };
        JournalList: {
            requests: components["schemas"]["JournalEntry"][];
        };
        /** @description An outbox email: the `EmailRecord` the app sees (status computed from the clock at read time), plus who sent it and its body. */
        OutboxEmail: {
            id: components["schemas"]["EmailId"];
            /** Format: uuid */
            organizationId: string;
            appId: string;
            /** @description The key that sent it; null for an email arranged with `POST /_sandbox/emails`. */
            keyId: string | null;
            /**
             * Format: email
             * @description The address the email went to: the recipient's email on file at send time.
             */
            recipientEmail: string;
            /**
             * @description `patient` (from `patientIds`) or `user` (a staff user, from `userIds`).
             * @enum {string}
             */
            recipientType: "patient" | "user";
            /** @description The patient or staff user ID. */
            recipientId: string;
            emailType: components["schemas"]["EmailType"];
            subject: string;
            /**
             * Format: email
             * @description `<from>@accounts.maxcare.ai`, e.g. `notifications@accounts.maxcare.ai`.
             */
            fromAddress: string;
            status: components["schemas"]["EmailStatus"];
            /** @description When the email is (or was) due; null when it was sent at once. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            scheduledAt: string | null;
            /** @description When it was sent; null while `scheduled`. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            sentAt: string | null;
            /** @description When it was delivered; null until then, and for a bounced email. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            deliveredAt: string | null;
            /** @description When the recipient opened it; null until then (most emails are never opened). PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            openedAt: string | null;
            /** @description When it bounced; null unless `bounced`. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            bouncedAt: string | null;
            /** @description When the app sent the request. PostgreSQL's text form of a UTC timestamptz, as documented: `2026-03-25 10:00:01.234+00` (fractional seconds to the millisecond, trailing zeros dropped, as PostgreSQL prints them). */
            createdAt: string;
            /** @description The body as sent. Text: the console shows it as text, never as HTML. */
            html: string;
        };
        /** @description An email as if an app had sent it (nothing is checked against the clinic's patients or users: arrange any recipient). `from` is `notifications` when omitted, `emailType` `general`. Unknown fields are ignored. */
        ArrangeEmailRequest: {
            /** @description The clinic it was sent as, in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits. A clinic of no sandbox is 404. */
            organizationId: string;
            /** @description The app that sent it: only this app sees it in `GET /v3/emails`. */
            appId: string;
            /** @enum {string} */
            recipientType: "patient" | "user";
            recipientId: string;
            /** Format: email */
            recipientEmail: string;
            /**
             * @description Sender prefix, as `POST /v3/emails/send` takes it; `notifications` when omitted.
             * @example notifications
             */
            from?: string;
            /** @description Subject line; at most 998 characters (the line limit of RFC 5322). */
            subject: string;
            /** @description Email body as raw HTML; at most 256 Ki characters. Stored as sent; the sandbox never renders it. */
            html: string;
            /** @description What the email is for; `general` when omitted. */
            emailType?: components["schemas"]["EmailType"];
            /**
             * Format: date-time
             * @description When it was sent (ISO 8601); default the clock's now. May be in the past.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When it is due (ISO 8601), not before `createdAt`; omit for an email sent at once.
             */
            scheduledAt?: string;
            /**
             * @description How it ends, instead of the outcome the id's hash picks: `delivered` (never opened), `opened`, or `bounced`. The delays still follow the hash.
             * @enum {string}
             */
            outcome?: "delivered" | "opened" | "bounced";
        };
        OutboxList: {
            emails: components["schemas"]["OutboxEmail"][];
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        ResetResult: {
            /** @constant */
            status: "reset";
        };
        /** @description A clinic's staff user: the API lists none, but `POST /v3/emails/send` takes their ids as `userIds`. */
        SandboxStaffUser: {
            id: components["schemas"]["StaffUserId"];
            firstName: string;
            lastName: string;
            /** Format: email */
            email: string;
            role: string;
        };
        FixturesOrganization: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            throwaway: boolean;
            staffUsers: components["schemas"]["SandboxStaffUser"][];
        };
        /** @description How many records a clinic has of each kind. Appointments (and so bills, claims and notes) need at least one provider, one facility and one patient; with none of any, those lists are empty. */
        RecordCounts: {
            patients: number;
            providers: number;
            facilities: number;
            staffUsers: number;
            appointmentsPerPatient: number;
        };
        /** @description Sizes of a throwaway clinic, each optional: a missing one takes the world's count (`recordCounts` of the fixtures). Zero is allowed: all zero is an empty clinic, whose every list answers `totalCount: 0`. One clinic must fit the records the sandbox holds at once (30,000): `patients + providers + facilities + staffUsers + 4 x patients x appointmentsPerPatient + 165 x facilities + 16` (each appointment comes with about a bill, a claim and a note) at most 30,000, else 400 `invalid_body` naming `recordCounts` and the limit. The sandbox refuses such a clinic rather than generating it page by page: its records are generated on first use and held, least recently used clinics dropped past the budget, so a larger one could never be held within it. */
        RecordCountsRequest: {
            patients?: number;
            providers?: number;
            facilities?: number;
            staffUsers?: number;
            appointmentsPerPatient?: number;
        };
        /** @description The fields of a patient to pin or change; every field left out is filled from the seed. */
        SandboxPatientFields: {
            id?: components["schemas"]["PatientId"];
            /** @description Medical record number, unique within the clinic (the sandbox writes `MRN-` and seven digits). Null for a record without one: about 3% of the sandbox's patients (seed-determined). */
            mrn?: string | null;
            firstName?: string;
            lastName?: string;
            /** @description Null for about 20% of the sandbox's patients. */
            middleName?: string | null;
            /**
             * @description Documented: `Male`, `Female` and null, the whole set; the sandbox adds no value. Null when the clinic did not record it (about 3% of the sandbox's patients).
             * @example Male
             * @example Female
             * @example null
             * @enum {string|null}
             */
            gender?: "Male" | "Female" | null;
            /**
             * Format: date
             * @description `YYYY-MM-DD`. Null when the clinic did not record it (about 3% of the sandbox's patients).
             * @example 1985-03-15
             */
            dateOfBirth?: string | null;
            /**
             * Format: email
             * @description Null for about 5% of the sandbox's patients. Always at example.com, example.org or example.net.
             */
            email?: string | null;
            /**
             * @description `(555) 123-4567`. Null for about 5% of the sandbox's patients.
             * @example (555) 123-4567
             */
            phone?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt?: string;
        };
        /** @description The fields of a provider to pin or change; every field left out is filled from the seed. */
        SandboxProviderFields: {
            id?: components["schemas"]["ProviderId"];
            firstName?: string;
            lastName?: string;
            /** @example Dr. James */
            displayFirstName?: string;
            /** @example Wilson, MD */
            displayLastName?: string;
            roles?: components["schemas"]["ProviderRole"][];
            username?: string;
            individualNpi?: string | null;
            canFinalize?: boolean;
            canCosign?: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt?: string;
            /** @description Hidden providers are listed only with `hidden=true`; not served as a field. */
            hidden?: boolean;
        };
        /** @description The fields of a facility to pin or change; every field left out is filled from the seed. */
        SandboxFacilityFields: {
            id?: components["schemas"]["FacilityId"];
            name?: string;
            /** @description IANA time zone, e.g. `America/Los_Angeles`. */
            timezone?: string;
            specialty?: string | null;
            isVisible?: boolean;
            organizationNpi?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt?: string;
        };
        /** @description The fields of an appointment to pin or change. References left out on create point at a record of the clinic picked from the seed; `patientId`, `providerId` and `facilityId` must name records of the same clinic. */
        SandboxAppointmentFields: {
            id?: components["schemas"]["AppointmentId"];
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            scheduledStartDate?: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            scheduledEndDate?: string;
            /**
             * @description Where the appointment stands. Documented: `confirmed`. Added by the sandbox: `scheduled` (booked, not yet confirmed), `checked_in`, `in_progress`, `completed`, `cancelled`, `no_show`: the usual front-desk lifecycle.
             * @example confirmed
             * @enum {string}
             */
            status?: "scheduled" | "confirmed" | "checked_in" | "in_progress" | "completed" | "cancelled" | "no_show";
            isNewPatient?: boolean;
            facilityId?: components["schemas"]["FacilityId"];
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp: when the clinic's EHR last synced the record. Never before `createdAt`, never after the reference date the clinic's records are generated around. The documentation names it only as a sort key (`sortBy=lastSyncedAt`); the sandbox serves it so that the sort can be seen.
             */
            lastSyncedAt?: string;
            /** @description The patient; served as the nested `patient`, which always shows the patient as it is now. */
            patientId?: components["schemas"]["PatientId"];
            /** @description The provider; served as the nested `provider`. */
            providerId?: components["schemas"]["ProviderId"];
        };
        /** @description The fields of a bill to pin or change. `patientFirstName`, `patientLastName`, `patientDob` and `facilityName` are Copied from the patient and facility it points at, so they are not written here: they always agree. */
        SandboxBillFields: {
            id?: components["schemas"]["BillId"];
            /**
             * Format: date
             * @description `YYYY-MM-DD`
             */
            dateOfService?: string;
            /**
             * @description Who the bill goes to. Documented: `professional` (a professional claim to the patient's health plans: the normal case for a physician's office, about 85% of the sandbox's bills). Added by the sandbox: `self_pay` (the patient pays: no coverage, a cosmetic service, or the patient's choice), `workers_comp` (an injury at work, billed to a workers' compensation carrier). Only `professional` bills get claims in the sandbox.
             * @example professional
             * @enum {string}
             */
            billingType?: "professional" | "self_pay" | "workers_comp";
            isCosmetic?: boolean;
            isBillable?: boolean;
            virtualEncounter?: boolean;
            /** @description Whether E/M coding (choosing the level of an office visit) applies to the bill. The sandbox sets it for office and outpatient E/M visits, and not for preventive or annual wellness visits, which have no level to code. */
            isEmCodingEnabled?: boolean;
            patientId?: components["schemas"]["PatientId"];
            /** @description The provider who saw the patient: first name and display last name, e.g. `James Wilson, MD`. */
            primaryProviderName?: string;
            /** @description The provider the bill is billed under, spelled like `primaryProviderName`. Usually the provider who saw the patient; in the sandbox, about 40% of established-patient, in-person, professional visits with a nurse practitioner or physician assistant are billed under a supervising physician (incident-to billing). */
            billUnderName?: string;
            facilityId?: components["schemas"]["FacilityId"];
            specialty?: string | null;
            codingGroups?: components["schemas"]["CodingGroup"][];
        };
        /** @description The fields of a claim to pin or change. With `billId` given, the patient and facility default to the bill's. Patient names, `facilityName`, `primaryProviderName` and `billUnderName` are Copied from the records it points at, so they are not written here: they always agree. */
        SandboxClaimFields: {
            id?: components["schemas"]["ClaimId"];
            /** @description Decimal money string, e.g. `"150.00"`. */
            claimAmount?: string;
            /** @description Decimal money string, e.g. `"150.00"`. */
            balance?: string;
            /**
             * @description Documented: `accepted`. Added by the sandbox: `draft` (not sent yet: its bill is still being coded, or it was just created), `submitted` (sent, no answer yet), `rejected` (returned for errors before the payer decided on it), `denied` (decided and not paid), `paid`, `partially_paid`.
             * @example accepted
             * @enum {string}
             */
            claimStatus?: "draft" | "submitted" | "accepted" | "rejected" | "denied" | "paid" | "partially_paid";
            /**
             * Format: date
             * @description `YYYY-MM-DD`: the UTC day the claim was sent to the payer. Null while it is a draft.
             */
            submittedDate?: string | null;
            /**
             * Format: date
             * @description `YYYY-MM-DD`: the UTC day the claim was created, within three days after the visit. The sandbox creates the record at the same moment, so it is the date part of `createdAt`.
             */
            claimCreatedDate?: string;
            billId?: components["schemas"]["BillId"];
            /**
             * Format: date
             * @description `YYYY-MM-DD`
             */
            dateOfService?: string;
            /**
             * @description The practice's own number of the claim's bill, as people read it. The sandbox numbers each clinic's bills in visit order from a seed-drawn start, five digits or more.
             * @example BILL-78432
             */
            billHumanId?: string;
            patientId?: components["schemas"]["PatientId"];
            facilityId?: components["schemas"]["FacilityId"];
            /** @description The bill's `specialty` (the facility's); null where the facility has none. */
            specialty?: string | null;
            /** @description The payer name of the primary plan in `insurance` (its `payerName`, e.g. `Aetna`). Decided by the sandbox, the type being undocumented: a name, not an object. Null when the claim lists no primary plan; every sandbox claim lists one. */
            primaryInsurance?: string | null;
            /** @description The payer name of the secondary plan in `insurance`, like `primaryInsurance`; null when the patient has no second plan (most claims). */
            secondaryInsurance?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt?: string;
            /** @description The provider who saw the patient: the id of `primaryProviderName`. */
            primaryProviderId?: components["schemas"]["ProviderId"];
            /** @description The provider the claim is billed under: the id of `billUnderName`. */
            billUnderId?: components["schemas"]["ProviderId"];
            /** @description The CLIA certificate number of the facility (two digits, `D`, seven digits) when the claim bills a CLIA-waived lab test (a line with modifier QW); null otherwise. The format is CMS's; the sandbox keeps one number per facility. */
            cliaNumber?: string | null;
            insurance?: components["schemas"]["Insurance"][];
        };
        /** @description The fields of a note to pin or change; `soapNote` is the SOAP body served with `includeSoapNote=true`. */
        SandboxNoteFields: {
            id?: components["schemas"]["NoteId"];
            version?: number;
            /**
             * Format: utc-timestamp-space
             * @description When the visit started, in UTC, spelled exactly as documented: `YYYY-MM-DD HH:MM:SS+00`, with a space and `+00` (not ISO 8601's `T` and `Z`). `dateFrom`/`dateTo` compare its date part, the UTC date: like an appointment's `scheduledStartDate`, a late visit in a western time zone can fall on the next UTC day. It must be a real instant: a month 01 to 12, a day that month has, 00:00:00 to 23:59:59 (`2026-13-45 99:99:99+00` is 400 `invalid_body`). `format` `utc-timestamp-space` is the sandbox's name for this spelling.
             * @example 2026-03-20 18:30:00+00
             */
            visitDate?: string;
            /**
             * @description Where the note stands. Documented: `awaiting_sign`. Added by the sandbox: `draft` (the provider is still writing it), `in_review` (being reviewed before it is signed, by a supervising provider or the practice's coders), `signed`, `amended` (changed after signing: `version` 2 or more). `awaiting_sign`: the provider has finished the note and it waits for the signature; most notes pass through it within days of the visit, a few stay there.
             * @example awaiting_sign
             * @enum {string}
             */
            status?: "draft" | "awaiting_sign" | "in_review" | "signed" | "amended";
            /**
             * @description The outcome of Max AI's check of the note. Documented: `issues_found`. Added by the sandbox: `pending` (not checked yet: the check runs once the provider has finished the note, so every `draft` is pending), `no_issues`, `failed` (the check could not run, about 1% of checked notes).
             * @example issues_found
             * @enum {string}
             */
            aiStatus?: "pending" | "no_issues" | "issues_found" | "failed";
            /** @description How many issues the check found: 1 or more when `aiStatus` is `issues_found`, else 0 (also while the check is pending or after it failed). */
            aiIssueCount?: number;
            /**
             * @description The EHR the note was written in. Documented: `modmed` (ModMed). Not an enum here: the real API may name other EHRs. Every generated note of the sandbox is `modmed`; a note of another EHR can be arranged through `PATCH /_sandbox/organizations/{id}/notes/{recordId}` with `ehrType` (for example `athena`), and `PATCH /v3/notes/{id}/impressions/{impressionId}` refuses it (400: the documentation says "ModMed only").
             * @example modmed
             */
            ehrType?: string;
            /** @description Present only when `includeSoapNote=true` is sent with a key whose effective scopes include `read:soap_notes`. */
            soapNote?: components["schemas"]["SoapNote"];
            /** @description The appointment the note documents (not served). With it given, the patient, facility and rendering provider default to the appointment's. */
            appointmentId?: components["schemas"]["AppointmentId"];
            /** @description Served as the nested `patient`. */
            patientId?: components["schemas"]["PatientId"];
            /** @description Served as the nested `facility`. */
            facilityId?: components["schemas"]["FacilityId"];
            /** @description The rendering provider, first of `assignedProviders`. */
            providerId?: components["schemas"]["ProviderId"];
            /** @description The cosigner, or null for none. */
            cosignerId?: components["schemas"]["ProviderId"] | null;
        };
        /** @description The fields of a task to pin or change. `ehrType` is always its note's (a copied field, not written here). Left out at creation, `noteId` is a note of the clinic drawn from the seed, `assigneeIds` one provider drawn likewise (none in a clinic without providers). */
        SandboxTaskFields: {
            id?: components["schemas"]["TaskId"];
            /**
             * @description Where the task stands. Documented: `not_started`, `in_progress` (the v4 list example filters on both). Added by the sandbox: `completed` (done), `cancelled` (no longer needed). A task made with `POST /v3/tasks` starts `not_started`.
             * @example not_started
             * @enum {string}
             */
            status?: "not_started" | "in_progress" | "completed" | "cancelled";
            /**
             * @description Whether the task reached the clinic's EHR. No value is documented; the sandbox's: `synced` (written to the EHR: every task made with `POST /v3/tasks`, which writes it at once through the `providerId` given, and most generated ones), `pending` (queued, not written yet), `failed` (the EHR refused it; the task stays in Max AI).
             * @example synced
             * @enum {string}
             */
            syncStatus?: "synced" | "pending" | "failed";
            notes?: string;
            /** @description The note the task belongs to. */
            noteId?: components["schemas"]["NoteId"];
            /** @description Served as `assignedProviders`, in this order; `[]` for none. */
            assigneeIds?: components["schemas"]["ProviderId"][];
            /**
             * Format: date-time
             * @description ISO 8601. Given without `updatedAt`, `updatedAt` becomes the same instant.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601.
             */
            updatedAt?: string;
        };
        /** @description The write shape of the record type the path names, checked against it: `SandboxPatientFields`, `SandboxProviderFields`, `SandboxFacilityFields`, `SandboxAppointmentFields`, `SandboxBillFields`, `SandboxClaimFields`, `SandboxNoteFields`, `SandboxTaskFields`, `SandboxProductFields` or `SandboxInventoryChangeFields` (stock levels are derived from changes, not records: there is no `stockLevels` resource). Every field is optional; a field it does not list is 400 `invalid_body`. Every string has a `maxLength` and every list a `maxItems` (names 100 characters, emails 254, free text of a SOAP note 8,000 a section, timestamps 64): a record is bounded by its shape, and what other records copy of it (a patient's or provider's names in appointments, bills, claims and notes) is bounded with it. */
        SandboxRecordFields: {
            [key: string]: unknown;
        };
        /** @description A record as `/v3` serves it (notes with their `soapNote`; inventory changes with their `items`). */
        SandboxRecord: components["schemas"]["Patient"] | components["schemas"]["Provider"] | components["schemas"]["Facility"] | components["schemas"]["Appointment"] | components["schemas"]["Bill"] | components["schemas"]["Claim"] | components["schemas"]["Note"] | components["schemas"]["Task"] | components["schemas"]["Product"] | components["schemas"]["SandboxInventoryChange"];
        SandboxRecordList: {
            /** @constant */
            code: "success";
            /** @description The records under the resource's name (`patients`, ...) and `pagination`, as in `/v3` lists. */
            data: Record<string, never>;
        };
        SandboxRecordResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["SandboxRecord"];
        };
        /**
         * @description Inventory change ID: `chg_` and 32 lowercase hex digits.
         * @example chg_00000000000000000000000000000001
         */
        InventoryChangeId: string;
        /**
         * @description Inventory change item ID: `cit_` and 32 lowercase hex digits.
         * @example cit_00000000000000000000000000000001
         */
        InventoryItemId: string;
        /**
         * @description Product ID: `prd_` and 32 lowercase hex digits.
         * @example prd_00000000000000000000000000000001
         */
        ProductId: string;
        /**
         * @description A GTIN-14: 14 digits whose last is the GS1 check digit of the first 13 (weights 3,1,3,... from the left). A drug's or vaccine's GTIN embeds its NDC as US pharmaceutical GTINs do: `003` + the 10-digit NDC without dashes + the check digit.
         * @example 00312345678906
         */
        Gtin: string;
        /** @description A product of the organization's catalog (products are per organization; stock is per facility). Names are fictional except the documented example `Botox 100 Units`, kept so that an app written against the documentation finds it; every GTIN, NDC, lot and serial number is synthetic. */
        Product: {
            id: components["schemas"]["ProductId"];
            gtin: components["schemas"]["Gtin"];
            /** @description Other GTINs of the same product, such as its carton's (the unit GTIN with another indicator digit and check digit). */
            additionalGtins: components["schemas"]["Gtin"][];
            /** @description A barcode the clinic printed itself, or null. */
            customBarcode: string | null;
            /** @description National Drug Code, dashed 10-digit form (4-4-2, 5-3-2 or 5-4-1; the sandbox generates 5-3-2). Its 10 digits are digits 4 to 13 of the product's `gtin`. Null for products without one (devices, supplies). */
            ndc: string | null;
            /** @example Botox 100 Units */
            name: string;
            manufacturer: string | null;
            /**
             * @description Documented: `drug` (a prescription or office-administered drug, botulinum toxins included). Added by the sandbox: `vaccine`, `device` (dermal fillers, viscosupplements: no NDC), `supply` (syringes, needles, gauze).
             * @example drug
             * @enum {string}
             */
            type: "drug" | "vaccine" | "device" | "supply";
            description: string | null;
            /** @description What one unit of stock is: `vial`, `syringe`, `box`, ... */
            unitOfMeasure: string;
            /** @description How much one unit holds (100 for `Botox 100 Units`, 100 for a box of 100 needles). */
            quantityPerUnit: number;
            /** @description Free-form facts about the product (the sandbox sets `storage`, such as `Refrigerate 2-8 °C`), or null. */
            metadata: {
                [key: string]: string;
            } | null;
            /**
             * Format: date-time
             * @description When the product was taken out of the catalog, or null. Archived products are still listed and still count in stock levels.
             */
            archivedAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt: string;
        };
        /** @description The fields of a product to pin or change; every field left out is filled from the seed. A `gtin` or `additionalGtins` entry whose check digit is wrong is 400. */
        SandboxProductFields: {
            id?: components["schemas"]["ProductId"];
            gtin?: components["schemas"]["Gtin"];
            /** @description Other GTINs of the same product, such as its carton's (the unit GTIN with another indicator digit and check digit). */
            additionalGtins?: components["schemas"]["Gtin"][];
            /** @description A barcode the clinic printed itself, or null. */
            customBarcode?: string | null;
            /** @description National Drug Code, dashed 10-digit form (4-4-2, 5-3-2 or 5-4-1; the sandbox generates 5-3-2). Its 10 digits are digits 4 to 13 of the product's `gtin`. Null for products without one (devices, supplies). */
            ndc?: string | null;
            /** @example Botox 100 Units */
            name?: string;
            manufacturer?: string | null;
            /**
             * @description Documented: `drug` (a prescription or office-administered drug, botulinum toxins included). Added by the sandbox: `vaccine`, `device` (dermal fillers, viscosupplements: no NDC), `supply` (syringes, needles, gauze).
             * @example drug
             * @enum {string}
             */
            type?: "drug" | "vaccine" | "device" | "supply";
            description?: string | null;
            /** @description What one unit of stock is: `vial`, `syringe`, `box`, ... */
            unitOfMeasure?: string;
            /** @description How much one unit holds (100 for `Botox 100 Units`, 100 for a box of 100 needles). */
            quantityPerUnit?: number;
            /** @description Free-form facts about the product (the sandbox sets `storage`, such as `Refrigerate 2-8 °C`), or null. */
            metadata?: {
                [key: string]: string;
            } | null;
            /**
             * Format: date-time
             * @description When the product was taken out of the catalog, or null. Archived products are still listed and still count in stock levels.
             */
            archivedAt?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt?: string;
        };
        /** @description One inventory change of a facility: a delivery received, stock used or thrown away, a count corrected. Closed changes make the stock levels. */
        InventoryChange: {
            id: components["schemas"]["InventoryChangeId"];
            facilityId: components["schemas"]["FacilityId"];
            /** @example Weekly Receiving - Jan 20 */
            name: string;
            /**
             * @description Documented: `receiving` (stock delivered: adds its items' quantities). Added by the sandbox: `usage` (used on patients), `waste` (expired or damaged stock thrown away), `adjustment` (a count found less on the shelf than on the books): each removes its items' quantities.
             * @example receiving
             * @enum {string}
             */
            type: "receiving" | "usage" | "waste" | "adjustment";
            /**
             * @description Documented: `closed` (done: counts in stock levels, `closedAt` set). Added by the sandbox: `open` (still being scanned: not counted yet, `closedAt` null), `cancelled` (abandoned: never counted, `closedAt` null).
             * @example closed
             * @enum {string}
             */
            status: "closed" | "open" | "cancelled";
            notes: string | null;
            /**
             * Format: date-time
             * @description When the change was closed; null unless `status` is `closed`.
             */
            closedAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt: string;
            /** @description How many scanned items the change holds (`GET /v3/inventory/changes/{id}/products`). */
            itemCount: number;
        };
        /** @description One scanned item of an inventory change, with the catalog product it scanned as. */
        InventoryChangeItem: {
            id: components["schemas"]["InventoryItemId"];
            changeId: components["schemas"]["InventoryChangeId"];
            /**
             * @description What was scanned. Documented: `product_packaging`, the only value the sandbox emits.
             * @enum {string}
             */
            scanSourceType: "product_packaging";
            /** @description The GS1 element string as scanned, in its human-readable form with the Application Identifiers in parentheses, in the order `(01)` GTIN, `(17)` expiry `YYMMDD`, `(10)` lot, then `(21)` serial when there is one, e.g. `(01)00312345678906(17)270131(10)LA4821C`. (The sandbox's choice: the FNC1-separated form a scanner may send carries the same fields.) */
            rawBarcode: string;
            gtin: components["schemas"]["Gtin"];
            /** @description The lot (batch) number: fictional, letters and digits. */
            lotNumber: string;
            /**
             * Format: date
             * @description `YYYY-MM-DD`
             */
            expirationDate: string;
            /** @description The package's serial number (prescription drugs carry one), or null. */
            serialNumber: string | null;
            /**
             * @description Units of the product (its `unitOfMeasure`) this scan counts for.
             * @example 2
             */
            quantity: number;
            /** @description The GS1 element string of `rawBarcode` parsed, by Application Identifier: `01` the GTIN, `17` the expiry as `YYMMDD`, `10` the lot, `21` the serial number (only when there is one). Always agrees with `gtin`, `expirationDate`, `lotNumber` and `serialNumber`. Written as a map from Application Identifier to value (`propertyNames`), not as named properties: @hey-api/openapi-ts's zod plugin turns a property named `01` into `1`, and its schema then rejects every item. */
            parsedFields: {
                [key: string]: string;
            };
            notes: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            product: components["schemas"]["Product"];
        };
        /** @description An inventory change as the admin routes serve it: the change and its scanned items (which `/v3` serves apart, at `GET /v3/inventory/changes/{id}/products`). */
        SandboxInventoryChange: {
            id: components["schemas"]["InventoryChangeId"];
            facilityId: components["schemas"]["FacilityId"];
            /** @example Weekly Receiving - Jan 20 */
            name: string;
            /**
             * @description Documented: `receiving` (stock delivered: adds its items' quantities). Added by the sandbox: `usage` (used on patients), `waste` (expired or damaged stock thrown away), `adjustment` (a count found less on the shelf than on the books): each removes its items' quantities.
             * @example receiving
             * @enum {string}
             */
            type: "receiving" | "usage" | "waste" | "adjustment";
            /**
             * @description Documented: `closed` (done: counts in stock levels, `closedAt` set). Added by the sandbox: `open` (still being scanned: not counted yet, `closedAt` null), `cancelled` (abandoned: never counted, `closedAt` null).
             * @example closed
             * @enum {string}
             */
            status: "closed" | "open" | "cancelled";
            notes: string | null;
            /**
             * Format: date-time
             * @description When the change was closed; null unless `status` is `closed`.
             */
            closedAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt: string;
            /** @description How many scanned items the change holds (`GET /v3/inventory/changes/{id}/products`). */
            itemCount: number;
            items: components["schemas"]["InventoryChangeItem"][];
        };
        /** @description One scanned item of a change to write. `gtin`, `rawBarcode`, `parsedFields` and `product` are copied from the product and the lot, expiry and serial given, so they always agree. Left out: `id` is derived from the change's id and the item's place, `scanSourceType` is `product_packaging`, `lotNumber` is drawn, `expirationDate` is two years after `createdAt`, which is the change's `createdAt`. */
        SandboxInventoryItemFields: {
            id?: components["schemas"]["InventoryItemId"];
            productId: components["schemas"]["ProductId"];
            /**
             * @description What was scanned. Documented: `product_packaging`, the only value the sandbox emits.
             * @enum {string}
             */
            scanSourceType?: "product_packaging";
            lotNumber?: string;
            /**
             * Format: date
             * @description `YYYY-MM-DD`, between 2000 and 2099 (its barcode holds two digits of the year).
             */
            expirationDate?: string;
            serialNumber?: string | null;
            /**
             * @description Units of the product (its `unitOfMeasure`) this scan counts for.
             * @example 2
             */
            quantity: number;
            notes?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt?: string;
        };
        /** @description The fields of an inventory change to pin or change; every field left out is filled from the seed. `itemCount` is copied from `items`. A `status` given without `closedAt` sets `closedAt` (kept or `updatedAt` when `closed`, else null). */
        SandboxInventoryChangeFields: {
            id?: components["schemas"]["InventoryChangeId"];
            facilityId?: components["schemas"]["FacilityId"];
            /** @example Weekly Receiving - Jan 20 */
            name?: string;
            /**
             * @description Documented: `receiving` (stock delivered: adds its items' quantities). Added by the sandbox: `usage` (used on patients), `waste` (expired or damaged stock thrown away), `adjustment` (a count found less on the shelf than on the books): each removes its items' quantities.
             * @example receiving
             * @enum {string}
             */
            type?: "receiving" | "usage" | "waste" | "adjustment";
            /**
             * @description Documented: `closed` (done: counts in stock levels, `closedAt` set). Added by the sandbox: `open` (still being scanned: not counted yet, `closedAt` null), `cancelled` (abandoned: never counted, `closedAt` null).
             * @example closed
             * @enum {string}
             */
            status?: "closed" | "open" | "cancelled";
            notes?: string | null;
            /**
             * Format: date-time
             * @description When the change was closed; null unless `status` is `closed`.
             */
            closedAt?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp.
             */
            updatedAt?: string;
            /** @description The change's scanned items, replacing those it had. A change created without `items` has none. */
            items?: components["schemas"]["SandboxInventoryItemFields"][];
        };
        /** @description How much of one product a facility has: derived from the facility's closed changes (receiving adds, usage, waste and adjustment remove, in `closedAt` order), never below zero (a removal beyond what is on hand stops at zero). Open and cancelled changes do not count. Not a record of its own: it cannot be written through `/_sandbox`; write changes instead. */
        StockLevel: {
            productId: components["schemas"]["ProductId"];
            productName: string;
            productGtin: components["schemas"]["Gtin"];
            /**
             * @description Documented: `drug` (a prescription or office-administered drug, botulinum toxins included). Added by the sandbox: `vaccine`, `device` (dermal fillers, viscosupplements: no NDC), `supply` (syringes, needles, gauze).
             * @example drug
             * @enum {string}
             */
            productType: "drug" | "vaccine" | "device" | "supply";
            quantity: number;
            /**
             * Format: date-time
             * @description `closedAt` of the last closed change that moved this product.
             */
            updatedAt: string;
        };
        InventoryChangeListResponse: {
            /** @constant */
            code: "success";
            /** @description `pagination` is there by default, as on every `/v3` list. The documentation's example was cut off before it showed any; a sandbox started with `--inventory-pagination all` answers every match with no `pagination` (and ignores `page` and `pageSize`), the other plausible reading. */
            data: {
                changes: components["schemas"]["InventoryChange"][];
                pagination?: components["schemas"]["Pagination"];
            };
        };
        InventoryChangeResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["InventoryChange"];
        };
        InventoryChangeItemListResponse: {
            /** @constant */
            code: "success";
            /** @description `pagination` is there by default, as on every `/v3` list. The documentation's example was cut off before it showed any; a sandbox started with `--inventory-pagination all` answers every match with no `pagination` (and ignores `page` and `pageSize`), the other plausible reading. */
            data: {
                items: components["schemas"]["InventoryChangeItem"][];
                pagination?: components["schemas"]["Pagination"];
            };
        };
        StockLevelListResponse: {
            /** @constant */
            code: "success";
            /** @description `pagination` is there by default, as on every `/v3` list. The documentation's example was cut off before it showed any; a sandbox started with `--inventory-pagination all` answers every match with no `pagination` (and ignores `page` and `pageSize`), the other plausible reading. */
            data: {
                stockLevels: components["schemas"]["StockLevel"][];
                pagination?: components["schemas"]["Pagination"];
            };
        };
        ProductListResponse: {
            /** @constant */
            code: "success";
            /** @description `pagination` is there by default, as on every `/v3` list. The documentation's example was cut off before it showed any; a sandbox started with `--inventory-pagination all` answers every match with no `pagination` (and ignores `page` and `pageSize`), the other plausible reading. */
            data: {
                products: components["schemas"]["Product"][];
                pagination?: components["schemas"]["Pagination"];
            };
        };
        ProductResponse: {
            /** @constant */
            code: "success";
            data: components["schemas"]["Product"];
        };
        /**
         * @description How complex the problem is to manage (the medical decision making of the diagnosis). No value is documented (the edit-impression page names the field `complexity` only); the sandbox's: `low` (a minor or self-limited problem, most preventive visits), `moderate` (a chronic problem, or an acute one with systemic symptoms), `high` (a severe exacerbation or a threat to life or bodily function).
         * @enum {string}
         */
        NoteImpressionComplexity: "low" | "moderate" | "high";
        /**
         * @description Where the problem stands at this visit. No value is documented (the edit-impression page names the field `status` only); the sandbox's: `new` (first seen at this visit), `established_stable` (known, at goal or unchanged), `established_worsening` (known, not at goal or getting worse), `resolved`.
         * @enum {string}
         */
        NoteImpressionStatus: "new" | "established_stable" | "established_worsening" | "resolved";
        /** @description One impression of the SOAP note: a diagnosis with its plan's complexity and status. Documented: `impressionId`, a number, the ID `PATCH /v3/notes/{id}/impressions/{impressionId}` takes. The diagnoses are the visit's: where the visit has a bill they are its coding group's diagnoses, in the same order. */
        NoteImpression: {
            /**
             * @description The impression's ID, unique within the note (documented: a number).
             * @example 8965500
             */
            impressionId: number;
            diagnosis: {
                /**
                 * @description ICD-10-CM code.
                 * @example L70.0
                 */
                code: string;
                /** @example Acne vulgaris */
                description: string;
            };
            complexity: components["schemas"]["NoteImpressionComplexity"];
            status: components["schemas"]["NoteImpressionStatus"];
        };
        /**
         * @description The SOAP note fields to change (documented body of "Edit SOAP note fields"). At least one; fields left out keep their value. Unknown fields are refused (400 naming the field), so a misspelt field is not silently ignored.
         * @example {
         *       "additionalHpiComments": "Symptoms improved since starting topical tretinoin.",
         *       "stickyNoteDescription": "Prefers morning appointments"
         *     }
         */
        EditNoteRequest: {
            /** @description Free text added to the history of present illness. Documented as an editable field of `PATCH /v3/notes/{id}`. null clears it. */
            additionalHpiComments?: string | null;
            /** @description Free text under the impressions and plans. Documented as an editable field of `PATCH /v3/notes/{id}`. null clears it. */
            impressionsPlansComments?: string | null;
            /** @description Free text added to the physical exam. Documented as an editable field of `PATCH /v3/notes/{id}`. null clears it. */
            otherExamComments?: string | null;
            /** @description The chart's sticky note: a short reminder shown with the note. Documented as an editable field of `PATCH /v3/notes/{id}`. null clears it. */
            stickyNoteDescription?: string | null;
        };
        /**
         * @description What to change on the impression: `complexity` and/or `status` (documented: "Updates diagnosis complexity and/or status"); at least one.
         * @example {
         *       "complexity": "moderate",
         *       "status": "established_stable"
         *     }
         */
        EditImpressionRequest: {
            complexity?: components["schemas"]["NoteImpressionComplexity"];
            status?: components["schemas"]["NoteImpressionStatus"];
        };
        /** @description JSON only (as documented): a form-encoded body is 400 `invalid_request`. Unknown fields are ignored. */
        OAuthTokenRequest: {
            /** @description Only `authorization_code`; another value is 400 `unsupported_grant_type`. */
            grant_type: string;
            /** @description The code the authorize redirect carried. */
            code: string;
            /** @description Must equal the authorize request's `redirect_uri`. */
            redirect_uri: string;
        };
        OAuthFacility: {
            id: components["schemas"]["FacilityId"];
            name: string;
            /** @description One line, `123 Main St, Austin, TX 78701`; synthetic, derived from the facility id. */
            address: string;
        };
        /** @description No success envelope (api-model A7). */
        OAuthTokenResponse: {
            /** @description An OIDC id token, a JWT signed ES256; see the OAuth tag for its claims. */
            id_token: string;
            user: {
                id: components["schemas"]["StaffUserId"];
                email: string;
                firstName: string;
                lastName: string;
                /** @description The sandbox's users have no picture: always null. */
                imageUrl: string | null;
            };
            authorizedOrganizations: {
                /** @description The clinic's UUID without dashes, prefixed `org_`. */
                id: string;
                name: string;
                facilities: components["schemas"]["OAuthFacility"][];
                /** @enum {string} */
                role: "admin" | "member";
            }[];
        };
        /** @description RFC 6749 5.2. */
        OAuthErrorDto: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_grant" | "unsupported_grant_type";
            error_description: string;
        };
        /** @description RFC 6749 5.2 `OAuthErrorDto` for a bad body or grant; the API's `Error` for an `X-Organization-Id` that is no clinic id. */
        OAuthTokenError: components["schemas"]["OAuthErrorDto"] | components["schemas"]["Error"];
        OAuthConsentRequest: {
            /** @description The app's slug. */
            clientId: string;
            /** @description One of the app's registered redirect URIs. */
            redirectUri: string;
            state?: string;
            userId: components["schemas"]["StaffUserId"];
            /** @description Clinic UUIDs: the user's clinic, which must have installed the app. */
            organizationIds: string[];
            /** @description Fault: a code that expires sooner (or later) than the 60 s default. */
            codeLifetimeSeconds?: number;
            /** @description Faults of the id token this code is exchanged for. */
            idTokenFaults?: {
                /** @description `exp` already past. */
                expired?: boolean;
                /** @description An `aud` other than the app's slug. */
                audience?: string;
                /** @description Signed by a key the JWKS does not publish. */
                unpublishedKey?: boolean;
            };
        };
        OAuthConsentResult: {
            code: string;
            /** @description `redirectUri` with `code` and `state` added: where the browser would go. */
            redirectUrl: string;
        };
        RotateSigningKeyRequest: {
            /**
             * @description How long the old key stays in the JWKS.
             * @default 3600
             */
            graceSeconds: number;
        };
        RotateSigningKeyResult: {
            kid: string;
            previousKid: string;
        };
        SignInList: {
            signIns: {
                /** Format: date-time */
                at: string;
                clientId: string;
                userId: string | null;
                /** @enum {string} */
                outcome: "code_issued" | "denied" | "token_issued" | "token_refused";
                reason: string | null;
            }[];
        };
        CoverageMark: {
            id: string;
            /** Format: date-time */
            time: string;
        };
        /** @description One documented outcome of one operation, and how often a request produced it. */
        CoverageOutcome: {
            /** @description `<status>` or `<status>:<reason>`: `200`, `200:empty_list`, `200:page_past_end`, `401:revoked_key`, `429:rate_limited`, `500:injected_fault`, `0:injected_fault` (a dropped connection). */
            outcome: string;
            /** @description 0 for a dropped connection. */
            status: number;
            /** @description The `X-Sandbox-Reason`, or `empty_list`/`page_past_end`; null for a 200 with items. */
            reason: string | null;
            hits: number;
        };
        CoverageOperation: {
            operationId: string;
            method: string;
            path: string;
            scope: string | null;
            /** @description How many outcomes the operation can produce. */
            applicable: number;
            /** @description How many of them a request produced. */
            hit: number;
            percent: number;
            outcomes: components["schemas"]["CoverageOutcome"][];
            /** @description Answers that are none of its documented outcomes. */
            otherHits: number;
        };
        CoverageKeyScopes: {
            keyId: string;
            /** @enum {string} */
            status: "active" | "revoked" | "expired" | "not_yet_valid";
            scopes: string[];
            unusedScopes: string[];
        };
        /** @description Least privilege for one app. */
        CoverageAppScopes: {
            appId: string;
            name: string;
            /** @description Its requests counted (not those of no app). */
            requests: number;
            /** @description What its live keys hold, canonical (`read:encounters` is `read:bills`). */
            heldScopes: string[];
            /** @description The scopes of the operations its successful requests reached. */
            usedScopes: string[];
            /** @description Held, and needed by no successful request: candidates to drop. */
            unusedScopes: string[];
            keys: components["schemas"]["CoverageKeyScopes"][];
            /** @description The difference in words: ``key `key_x` holds `read:bills`, which no request of app_x used``. */
            findings: string[];
        };
        CoverageReport: {
            appId: string | null;
            organizationId: string | null;
            /** @description Counting since this mark, or since the last reset (`mark` null), at this time of the sandbox clock. */
            since: {
                mark: string | null;
                /** Format: date-time */
                time: string;
            };
            /** @description False when a clinic's requests may be missing from a report of one clinic (more app x clinic pairs than the 128 rows). */
            complete: boolean;
            applicable: number;
            hit: number;
            /** @description `hit` of `applicable`, in percent, one decimal. */
            percent: number;
            /** @description Every `/v3` operation of the document, in its order. */
            operations: components["schemas"]["CoverageOperation"][];
            /** @description Every app of the fixture, or the one `appId` names. */
            apps: components["schemas"]["CoverageAppScopes"][];
        };
    };
    responses: {
        /** @description Invalid request: `X-Organization-Id` missing or not a clinic id (a UUID or `org_` and 32 hex), a bad parameter, or a bad body. The message names the header, parameter or field. */
        BadRequest: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "bad_request",
                 *       "message": "'pageSize' must be at most 100",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is missing, malformed, of a foreign or other-environment prefix, unknown, revoked, expired or not yet valid. No app is identified, so no rate-limit headers. */
        Unauthorized: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthorized",
                 *       "message": "Invalid or missing API key",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The clinic has not installed the key's app (or does not exist): `App is not installed for this organization`; an Account API key on a data endpoint; or the key's effective scopes lack the operation's scope: `Insufficient scope. Required: <scope>`. */
        Forbidden: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "forbidden",
                 *       "message": "Insufficient scope. Required: read:patients",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such record in this clinic (a record of another clinic is answered the same way): `<Resource> not found`. With the sandbox switch `--not-installed-status 404`, also a clinic that is unknown or has not installed the app: `Organization not found`. Unknown `/v3` paths and methods are answered with this response too (`Route not found`), before the key is checked. */
        NotFound: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit.whenAppKnown"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining.whenAppKnown"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset.whenAppKnown"];
                "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "Patient not found",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description More than the limit (1000 by default) of requests per 60 s sliding window for this app, on any `/v3` path; or an injected 429 fault. */
        RateLimited: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit.whenAppKnown"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining.whenAppKnown"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset.whenAppKnown"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "rate_limit_exceeded",
                 *       "message": "Rate limit exceeded. Maximum 1000 requests per 60 seconds.",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error (in the sandbox: only when injected as a fault). */
        InternalError: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit.whenAppKnown"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining.whenAppKnown"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset.whenAppKnown"];
                "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "internal_error",
                 *       "message": "An internal error occurred. Retry the request or contact support with the trace_id.",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Temporarily unavailable (in the sandbox: only when injected as a fault). */
        ServiceUnavailable: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit.whenAppKnown"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining.whenAppKnown"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset.whenAppKnown"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "service_unavailable",
                 *       "message": "The service is temporarily unavailable. Retry the request later.",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An invalid body or query (the message names the field), or a request the sandbox refuses (the message says why, e.g. deleting a fixture clinic). */
        AdminBadRequest: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "bad_request",
                 *       "message": "'scopes' is required",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The sandbox has an admin token (`--admin-token`) and the request did not send it in `X-Sandbox-Admin-Token`. */
        AdminUnauthorized: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthorized",
                 *       "message": "A valid 'X-Sandbox-Admin-Token' header is required",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A request from a browser page of another origin (`X-Sandbox-Reason: cross_site_request`): its `Origin` is not the sandbox's own (another localhost port is another origin) or its `Sec-Fetch-Site` is `cross-site` or `same-site`, and `--cors` does not name that origin (`*` names none). Or a `Host` the sandbox does not answer (`host_not_allowed`, see `--allowed-hosts`). Nothing changed. */
        AdminForbidden: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "forbidden",
                 *       "message": "/_sandbox refuses requests from another origin: list the origin with '--cors' to allow it",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A body (on any `/_sandbox` operation but a `GET`) without a JSON `Content-Type` (`application/json` or `application/*+json`; `X-Sandbox-Reason: unsupported_media_type`): a browser page of another origin can send only form and text bodies without asking first. A request with no body needs none. Nothing changed. */
        AdminUnsupportedMediaType: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "bad_request",
                 *       "message": "A /_sandbox request body must be JSON, sent with 'Content-Type: application/json'",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unknown id (key, app, organization, installation or fault). */
        AdminNotFound: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "Key 'key_x' not found",
                 *       "trace_id": "550e8400-e29b-41d4-a716-446655440000"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
        Page: number;
        /** @description Records per page. */
        PageSize: number;
        /** @description Inclusive lower bound on the record's date (`YYYY-MM-DD`). */
        DateFrom: string;
        /** @description Inclusive upper bound on the record's date (`YYYY-MM-DD`); not before `dateFrom`. */
        DateTo: string;
        /** @description Inclusive lower bound on the record's start instant (appointments: `scheduledStartDate`; notes: `visitDate`): a date (`YYYY-MM-DD`: the whole UTC day) or a full ISO 8601 timestamp with `Z` or an offset, fraction optional (`2025-01-01T09:30:00Z`, `2025-01-01T09:30:00.250-05:00`), as the documentation's "ISO 8601" allows. A timestamp bounds the instant: records from that instant on. A timestamp without `Z` or an offset, or a date or time that does not exist, is 400 naming the parameter. */
        DateOrTimestampFrom: string;
        /** @description Inclusive upper bound on the record's start instant (appointments: `scheduledStartDate`; notes: `visitDate`), not before `dateFrom`: a date (`YYYY-MM-DD`: the whole UTC day) or a full ISO 8601 timestamp with `Z` or an offset, fraction optional (`2025-01-01T09:30:00Z`, `2025-01-01T09:30:00.250-05:00`), as the documentation's "ISO 8601" allows. A timestamp bounds the instant: records up to and including that instant; a date covers its whole UTC day. A timestamp without `Z` or an offset, or a date or time that does not exist, is 400 naming the parameter. */
        DateOrTimestampTo: string;
        PatientIdFilter: components["schemas"]["PatientId"];
        /** @description Only records of this facility. A well-formed ID of no facility of this clinic matches nothing: 200 with an empty list. */
        FacilityIdFilter: components["schemas"]["FacilityId"];
        /** @description Case-insensitive substring match on the name. */
        Search: string;
        /** @description `true` adds the SOAP note body (`soapNote`); needs `read:soap_notes` as well, else 403 `Insufficient scope. Required: read:soap_notes`. */
        IncludeSoapNote: boolean;
        /**
         * @description Key id: `key_` and up to 64 letters, digits or underscores. Another shape is 400 naming `id`; a well-formed id of no key is 404.
         * @example key_prd_patients_only
         */
        SandboxKeyId: string;
        /**
         * @description Fault id, as `POST /_sandbox/faults` answered it: `flt_` and a number. Another shape is 400 naming `id`; a well-formed id of no fault (removed, or cleared by a reset) is 404.
         * @example flt_1
         */
        SandboxFaultId: string;
        /**
         * @description Organization id (fixture or throwaway clinic), in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; a well-formed id of no clinic is 404.
         * @example 7e2c8cfe-b7a9-4deb-986d-e7012589e72b
         */
        SandboxOrganizationId: string;
        /**
         * @description The record type. Another is 400 naming `resource` and listing these.
         * @example patients
         */
        SandboxRecordResource: "patients" | "providers" | "facilities" | "appointments" | "bills" | "claims" | "notes" | "tasks" | "products" | "inventoryChanges";
        /**
         * @description Record id: the type's prefix (`pat_`, `apt_`, ...) and 32 lowercase hex digits. Another shape is 400 `'recordId' must be a valid ID`; a well-formed id of no record of this type in this clinic is 404.
         * @example pat_44b3a7f7f23e4bdcaa777a7d113c2ddd
         */
        SandboxRecordId: string;
        /**
         * @description The facility whose inventory to read (documented as required). Missing: 400 `'facilityId' is required`; malformed: 400 `'facilityId' must be a valid ID`; a well-formed ID of no facility of this clinic (another clinic's included): 404 `Facility not found` (the sandbox's choice: the facility is what the request is about, as a path parameter would be).
         * @example fac_ee6e54c5159c45c2a51a342b6d18ec8a
         */
        InventoryFacilityId: components["schemas"]["FacilityId"];
        /** @description Only changes of this status. Another value is 400 naming `status`. */
        InventoryChangeStatus: "closed" | "open" | "cancelled";
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed per window for the calling app. Always present here: the request passed the key check. */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current sliding window. Always present here: the request passed the key check. */
        "X-RateLimit-Remaining": number;
        /** @description Unix time (seconds) at which the window next frees a request. Always present here: the request passed the key check. */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description max-sandbox only, never sent by the real API: the precise reason of the error; its values are listed once, under *Reasons* at the top. */
        "X-Sandbox-Reason": "missing_authorization" | "malformed_authorization" | "unknown_key_prefix" | "wrong_environment" | "unknown_key" | "revoked_key" | "expired_key" | "key_not_yet_valid" | "rate_limited" | "missing_organization_id" | "invalid_organization_id" | "account_key_on_data_endpoint" | "unknown_organization" | "app_not_installed" | "insufficient_scope" | "invalid_parameter" | "invalid_body" | "invalid_json" | "body_too_large" | "record_not_found" | "route_not_found" | "method_not_allowed" | "malformed_request" | "injected_fault" | "oauth_invalid_request" | "oauth_unsupported_grant_type" | "oauth_code_unknown" | "oauth_code_expired" | "oauth_code_reused" | "oauth_code_other_client" | "oauth_redirect_uri_mismatch" | "oauth_unknown_client" | "oauth_redirect_uri_not_registered" | "oauth_invalid_authorize_request" | "oauth_form_token_invalid" | "oauth_consent_invalid" | "admin_token_required" | "host_not_allowed" | "cross_site_request" | "unsupported_media_type" | "admin_resource_not_found" | "organization_not_throwaway" | "record_referenced" | "unexpected_error";
        /** @description max-sandbox only, never sent by the real API: the query parameters the operation does not define (ignored), e.g. `unknown query parameter 'pagesize'`; its format is under *Rules* at the top. */
        "X-Sandbox-Warning": string;
        /** @description Requests allowed per window for the calling app. Only when the request named a live key of this sandbox (see the rate limit under *Rules* at the top). */
        "X-RateLimit-Limit.whenAppKnown": number;
        /** @description Requests left in the current sliding window. Only when the request named a live key of this sandbox (see the rate limit under *Rules* at the top). */
        "X-RateLimit-Remaining.whenAppKnown": number;
        /** @description Unix time (seconds) at which the window next frees a request. Only when the request named a live key of this sandbox (see the rate limit under *Rules* at the top). */
        "X-RateLimit-Reset.whenAppKnown": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPatients: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Case-insensitive substring match on the name. */
                search?: components["parameters"]["Search"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of patients. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatientListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPatient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example pat_44b3a7f7f23e4bdcaa777a7d113c2ddd */
                id: components["schemas"]["PatientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The patient. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatientResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Inclusive lower bound on the record's start instant (appointments: `scheduledStartDate`; notes: `visitDate`): a date (`YYYY-MM-DD`: the whole UTC day) or a full ISO 8601 timestamp with `Z` or an offset, fraction optional (`2025-01-01T09:30:00Z`, `2025-01-01T09:30:00.250-05:00`), as the documentation's "ISO 8601" allows. A timestamp bounds the instant: records from that instant on. A timestamp without `Z` or an offset, or a date or time that does not exist, is 400 naming the parameter. */
                dateFrom?: components["parameters"]["DateOrTimestampFrom"];
                /** @description Inclusive upper bound on the record's start instant (appointments: `scheduledStartDate`; notes: `visitDate`), not before `dateFrom`: a date (`YYYY-MM-DD`: the whole UTC day) or a full ISO 8601 timestamp with `Z` or an offset, fraction optional (`2025-01-01T09:30:00Z`, `2025-01-01T09:30:00.250-05:00`), as the documentation's "ISO 8601" allows. A timestamp bounds the instant: records up to and including that instant; a date covers its whole UTC day. A timestamp without `Z` or an offset, or a date or time that does not exist, is 400 naming the parameter. */
                dateTo?: components["parameters"]["DateOrTimestampTo"];
                /** @description Comma-separated appointment statuses, e.g. `scheduled,confirmed`. */
                statuses?: ("scheduled" | "confirmed" | "checked_in" | "in_progress" | "completed" | "cancelled" | "no_show")[];
                /** @description Only records of this facility. A well-formed ID of no facility of this clinic matches nothing: 200 with an empty list. */
                facilityId?: components["parameters"]["FacilityIdFilter"];
                patientId?: components["parameters"]["PatientIdFilter"];
                /** @description The order of the list. Ties keep a stable order: start time, then id. */
                sortBy?: "scheduledStartDate" | "lastSyncedAt" | "status";
                sortOrder?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of appointments. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example apt_e003eee8cadf4bb68b24cca026d37a81 */
                id: components["schemas"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProviders: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Case-insensitive substring match on the name. */
                search?: components["parameters"]["Search"];
                /** @description `true`: only hidden providers; `false`: only visible ones; absent: all. */
                hidden?: boolean;
                /** @description Only providers whose `roles` include this role. The documentation names the filter but not what a role id is; providers list their roles by name, so a role is identified by its name (`Surgeon`; `Nurse%20Practitioner` URL-encoded), one of `ProviderRole`. Any other value is 400. */
                roleId?: components["schemas"]["ProviderRole"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of providers. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example prv_5b8dec0be4f347d986aed5e04b042c18 */
                id: components["schemas"]["ProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFacilities: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Case-insensitive substring match on the name. */
                search?: components["parameters"]["Search"];
                /** @description `true`/`false` filters on `isVisible`; absent: all. */
                isVisible?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of facilities. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example fac_ee6e54c5159c45c2a51a342b6d18ec8a */
                id: components["schemas"]["FacilityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The facility. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBills: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Inclusive lower bound on the record's date (`YYYY-MM-DD`). */
                dateFrom?: components["parameters"]["DateFrom"];
                /** @description Inclusive upper bound on the record's date (`YYYY-MM-DD`); not before `dateFrom`. */
                dateTo?: components["parameters"]["DateTo"];
                patientId?: components["parameters"]["PatientIdFilter"];
                /** @description Only records of this facility. A well-formed ID of no facility of this clinic matches nothing: 200 with an empty list. */
                facilityId?: components["parameters"]["FacilityIdFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bills. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example bil_8922bb100fa24c5a90fb3820d8aa19bf */
                id: components["schemas"]["BillId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bill. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Inclusive lower bound on the record's date (`YYYY-MM-DD`). */
                dateFrom?: components["parameters"]["DateFrom"];
                /** @description Inclusive upper bound on the record's date (`YYYY-MM-DD`); not before `dateFrom`. */
                dateTo?: components["parameters"]["DateTo"];
                /** @description Comma-separated claim statuses. */
                statuses?: ("draft" | "submitted" | "accepted" | "rejected" | "denied" | "paid" | "partially_paid")[];
                patientId?: components["parameters"]["PatientIdFilter"];
                billId?: components["schemas"]["BillId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example clm_83f0b3a0a0c34493b30b5f17673447aa */
                id: components["schemas"]["ClaimId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listNotes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Inclusive lower bound on the record's start instant (appointments: `scheduledStartDate`; notes: `visitDate`): a date (`YYYY-MM-DD`: the whole UTC day) or a full ISO 8601 timestamp with `Z` or an offset, fraction optional (`2025-01-01T09:30:00Z`, `2025-01-01T09:30:00.250-05:00`), as the documentation's "ISO 8601" allows. A timestamp bounds the instant: records from that instant on. A timestamp without `Z` or an offset, or a date or time that does not exist, is 400 naming the parameter. */
                dateFrom?: components["parameters"]["DateOrTimestampFrom"];
                /** @description Inclusive upper bound on the record's start instant (appointments: `scheduledStartDate`; notes: `visitDate`), not before `dateFrom`: a date (`YYYY-MM-DD`: the whole UTC day) or a full ISO 8601 timestamp with `Z` or an offset, fraction optional (`2025-01-01T09:30:00Z`, `2025-01-01T09:30:00.250-05:00`), as the documentation's "ISO 8601" allows. A timestamp bounds the instant: records up to and including that instant; a date covers its whole UTC day. A timestamp without `Z` or an offset, or a date or time that does not exist, is 400 naming the parameter. */
                dateTo?: components["parameters"]["DateOrTimestampTo"];
                /** @description Comma-separated note statuses (the values of `Note.status`). */
                statuses?: ("draft" | "awaiting_sign" | "in_review" | "signed" | "amended")[];
                patientId?: components["parameters"]["PatientIdFilter"];
                /** @description Only records of this facility. A well-formed ID of no facility of this clinic matches nothing: 200 with an empty list. */
                facilityId?: components["parameters"]["FacilityIdFilter"];
                /** @description Only notes whose `assignedProviders` include this provider (the provider of the visit, or a cosigner). A well-formed ID of no provider of this clinic matches nothing: 200 with an empty list. */
                providerId?: components["schemas"]["ProviderId"];
                /** @description `true` adds the SOAP note body (`soapNote`); needs `read:soap_notes` as well, else 403 `Insufficient scope. Required: read:soap_notes`. */
                includeSoapNote?: components["parameters"]["IncludeSoapNote"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNote: {
        parameters: {
            query?: {
                /** @description `true` adds the SOAP note body (`soapNote`); needs `read:soap_notes` as well, else 403 `Insufficient scope. Required: read:soap_notes`. */
                includeSoapNote?: components["parameters"]["IncludeSoapNote"];
            };
            header?: never;
            path: {
                /** @example nte_7a9e6cde2ba148daa495fd620b90ec93 */
                id: components["schemas"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    editNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The note's root ID or the ID of any of its versions (documented: "stable root ID or any version ID"; the documentation names the parameter `noteId`).
                 * @example nte_7a9e6cde2ba148daa495fd620b90ec93
                 */
                id: components["schemas"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "additionalHpiComments": "Better since the last visit.",
                 *       "stickyNoteDescription": "Prefers morning appointments"
                 *     }
                 */
                "application/json": components["schemas"]["EditNoteRequest"];
            };
        };
        responses: {
            /** @description The note as it is now, with its new `version` and `versionId`, and its `soapNote` (whatever `read:soap_notes`: the caller may write it). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Comma-separated task statuses (the values of `Task.status`), e.g. `not_started,in_progress`. An unknown value is 400 naming `status`. */
                status?: ("not_started" | "in_progress" | "completed" | "cancelled")[];
                /** @description Only the tasks of this note. */
                noteId?: components["schemas"]["NoteId"];
                /** @description Only tasks whose `assignedProviders` include this provider. Optional here: reading tasks needs no EHR login. */
                providerId?: components["schemas"]["ProviderId"];
                patientId?: components["parameters"]["PatientIdFilter"];
                /** @description Inclusive lower bound on the record's date (`YYYY-MM-DD`). */
                dateFrom?: components["parameters"]["DateFrom"];
                /** @description Inclusive upper bound on the record's date (`YYYY-MM-DD`); not before `dateFrom`. */
                dateTo?: components["parameters"]["DateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The task made. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example tsk_bc81e3cfcdf643aeb101c2ffed033d90 */
                id: components["schemas"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateImpression: {
        parameters: {
            query: {
                /** @description The provider the change is made as (documented: required; with ModMed it authenticates with the EHR). Any provider of the clinic; one of no provider of this clinic is 404 `Provider not found`. */
                providerId: components["schemas"]["ProviderId"];
            };
            header?: never;
            path: {
                /**
                 * @description The note's root ID or the ID of any of its versions (documented: "stable root ID or any version ID"; the documentation names the parameter `noteId`).
                 * @example nte_7a9e6cde2ba148daa495fd620b90ec93
                 */
                id: components["schemas"]["NoteId"];
                /**
                 * @description An impression of the note: `soapNote.impressionsPlans[].impressionId` (documented: a number).
                 * @example 8965500
                 */
                impressionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "complexity": "moderate",
                 *       "status": "established_stable"
                 *     }
                 */
                "application/json": components["schemas"]["EditImpressionRequest"];
            };
        };
        responses: {
            /** @description The note as it is now, with its new `version` and `versionId`, and its `soapNote` (whatever `read:soap_notes`: the caller may write it). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMarketplaceMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's context. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketplaceMeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendEmails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            /** @description What was sent or scheduled, and per-recipient errors. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSendResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEmails: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Only emails of this type. */
                emailType?: components["schemas"]["EmailType"];
                /** @description Only emails in this status now (by the sandbox clock). */
                status?: components["schemas"]["EmailStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of emails. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Email ID, as `sent[].id` of `POST /v3/emails/send` gave it. The example is the id of the first email a fresh sandbox with the default seed sends (email ids follow a sequence from the seed): send one first, then try this.
                 * @example eml_a1f05e538dc9db2624d838b4cbf1f926
                 */
                id: components["schemas"]["EmailId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInventoryChanges: {
        parameters: {
            query: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The facility whose inventory to read (documented as required). Missing: 400 `'facilityId' is required`; malformed: 400 `'facilityId' must be a valid ID`; a well-formed ID of no facility of this clinic (another clinic's included): 404 `Facility not found` (the sandbox's choice: the facility is what the request is about, as a path parameter would be).
                 * @example fac_ee6e54c5159c45c2a51a342b6d18ec8a
                 */
                facilityId: components["parameters"]["InventoryFacilityId"];
                /** @description Only changes of this status. Another value is 400 naming `status`. */
                status?: components["parameters"]["InventoryChangeStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of inventory changes. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryChangeListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInventoryChange: {
        parameters: {
            query: {
                /**
                 * @description The facility whose inventory to read (documented as required). Missing: 400 `'facilityId' is required`; malformed: 400 `'facilityId' must be a valid ID`; a well-formed ID of no facility of this clinic (another clinic's included): 404 `Facility not found` (the sandbox's choice: the facility is what the request is about, as a path parameter would be).
                 * @example fac_ee6e54c5159c45c2a51a342b6d18ec8a
                 */
                facilityId: components["parameters"]["InventoryFacilityId"];
            };
            header?: never;
            path: {
                /** @example chg_b4dff6e4c53d40948354c79324018773 */
                id: components["schemas"]["InventoryChangeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inventory change. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryChangeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInventoryChangeItems: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @example chg_b4dff6e4c53d40948354c79324018773 */
                id: components["schemas"]["InventoryChangeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the change's items. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryChangeItemListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listStockLevels: {
        parameters: {
            query: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /**
                 * @description The facility whose inventory to read (documented as required). Missing: 400 `'facilityId' is required`; malformed: 400 `'facilityId' must be a valid ID`; a well-formed ID of no facility of this clinic (another clinic's included): 404 `Facility not found` (the sandbox's choice: the facility is what the request is about, as a path parameter would be).
                 * @example fac_ee6e54c5159c45c2a51a342b6d18ec8a
                 */
                facilityId: components["parameters"]["InventoryFacilityId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of stock levels. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevelListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Case-insensitive substring of the name, manufacturer, a GTIN, the NDC or the custom barcode. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example prd_490f26a25d83404ba16c77c1f14a3101 */
                id: components["schemas"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sandboxHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            403: components["responses"]["AdminForbidden"];
        };
    };
    sandboxFixtures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The world. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fixtures"];
                };
            };
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
        };
    };
    sandboxCreateKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKeyRequest"];
            };
        };
        responses: {
            /** @description The key with its secret. */
            201: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxKey"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxGetKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Key id: `key_` and up to 64 letters, digits or underscores. Another shape is 400 naming `id`; a well-formed id of no key is 404.
                 * @example key_prd_patients_only
                 */
                id: components["parameters"]["SandboxKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxKey"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
        };
    };
    sandboxRevokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Key id: `key_` and up to 64 letters, digits or underscores. Another shape is 400 naming `id`; a well-formed id of no key is 404.
                 * @example key_prd_patients_only
                 */
                id: components["parameters"]["SandboxKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxKey"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxExpireKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Key id: `key_` and up to 64 letters, digits or underscores. Another shape is 400 naming `id`; a well-formed id of no key is 404.
                 * @example key_prd_patients_only
                 */
                id: components["parameters"]["SandboxKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The expired key. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxKey"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxRotateKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Key id: `key_` and up to 64 letters, digits or underscores. Another shape is 400 naming `id`; a well-formed id of no key is 404.
                 * @example key_prd_patients_only
                 */
                id: components["parameters"]["SandboxKeyId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateKeyRequest"];
            };
        };
        responses: {
            /** @description The key with its new secret. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxKey"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxPutInstallation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstallationRequest"];
            };
        };
        responses: {
            /** @description Grants changed (201: installed). */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Installation"];
                };
            };
            /** @description Installed. */
            201: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Installation"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxDeleteInstallation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description App id: `app_` and 26 Crockford base-32 characters (`app_01J5K8N2XRQV3M7YGWT4HB6E9C`). Another shape is 400 naming `appId`.
                 * @example app_01J5K8N2XRQV3M7YGWT4HB6E9C
                 */
                appId: string;
                /**
                 * @description Organization id, in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'organizationId' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; an app not installed in that clinic is 404.
                 * @example 3f1d6a52-8c4e-4b7a-9e21-5d0c8f6b2a94
                 */
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Uninstalled. */
            204: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxCreateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The clinic, its installations and keys. */
            201: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThrowawayOrganization"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxDeleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization id (fixture or throwaway clinic), in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; a well-formed id of no clinic is 404.
                 * @example 7e2c8cfe-b7a9-4deb-986d-e7012589e72b
                 */
                id: components["parameters"]["SandboxOrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxListFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Faults in the order they apply. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultList"];
                };
            };
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
        };
    };
    sandboxInjectFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InjectFaultRequest"];
            };
        };
        responses: {
            /** @description The fault. */
            201: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxClearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxRemoveFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Fault id, as `POST /_sandbox/faults` answered it: `flt_` and a number. Another shape is 400 naming `id`; a well-formed id of no fault (removed, or cleared by a reset) is 404.
                 * @example flt_1
                 */
                id: components["parameters"]["SandboxFaultId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxGetClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Now. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
        };
    };
    sandboxSetClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockRequest"];
            };
        };
        responses: {
            /** @description Now. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxRequests: {
        parameters: {
            query?: {
                /** @description Only requests made with this key (its id, never its secret). Another shape than a key id is 400; an id of no key matches nothing. */
                keyId?: string;
                /** @description Only requests that reached this clinic: either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'organizationId' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; a well-formed id of no clinic matches nothing. */
                organizationId?: string;
                /** @description Only requests answered with this status (0: a connection an injected fault dropped). */
                status?: number;
                /** @description Exact path, or a prefix ending in `*` (`/v3/patients*`); the query string is not part of it. */
                path?: string;
                /** @description At most this many entries, the newest. Up to the largest `--journal-size`; above the journal's own size it lists the whole journal. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalList"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
        };
    };
    sandboxClearRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Emptied. */
            204: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxEmails: {
        parameters: {
            query?: {
                /** @description Only emails sent as this clinic: either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'organizationId' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; a well-formed id of no clinic matches nothing. */
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Emails. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxList"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
        };
    };
    sandboxArrangeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArrangeEmailRequest"];
            };
        };
        responses: {
            /** @description The email, as the outbox shows it. */
            201: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxEmail"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetResult"];
                };
            };
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxListRecords: {
        parameters: {
            query?: {
                /** @description Page number, from 1. A page past the end is 200 with an empty array and the true totals. */
                page?: components["parameters"]["Page"];
                /** @description Records per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description Organization id (fixture or throwaway clinic), in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; a well-formed id of no clinic is 404.
                 * @example 7e2c8cfe-b7a9-4deb-986d-e7012589e72b
                 */
                id: components["parameters"]["SandboxOrganizationId"];
                /**
                 * @description The record type. Another is 400 naming `resource` and listing these.
                 * @example patients
                 */
                resource: components["parameters"]["SandboxRecordResource"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of records. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxRecordList"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
        };
    };
    sandboxCreateRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization id (fixture or throwaway clinic), in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; a well-formed id of no clinic is 404.
                 * @example 7e2c8cfe-b7a9-4deb-986d-e7012589e72b
                 */
                id: components["parameters"]["SandboxOrganizationId"];
                /**
                 * @description The record type. Another is 400 naming `resource` and listing these.
                 * @example patients
                 */
                resource: components["parameters"]["SandboxRecordResource"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxRecordFields"];
            };
        };
        responses: {
            /** @description The record as served. */
            201: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxRecordResponse"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxGetRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization id (fixture or throwaway clinic), in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; a well-formed id of no clinic is 404.
                 * @example 7e2c8cfe-b7a9-4deb-986d-e7012589e72b
                 */
                id: components["parameters"]["SandboxOrganizationId"];
                /**
                 * @description The record type. Another is 400 naming `resource` and listing these.
                 * @example patients
                 */
                resource: components["parameters"]["SandboxRecordResource"];
                /**
                 * @description Record id: the type's prefix (`pat_`, `apt_`, ...) and 32 lowercase hex digits. Another shape is 400 `'recordId' must be a valid ID`; a well-formed id of no record of this type in this clinic is 404.
                 * @example pat_44b3a7f7f23e4bdcaa777a7d113c2ddd
                 */
                recordId: components["parameters"]["SandboxRecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record as served. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxRecordResponse"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
        };
    };
    sandboxDeleteRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization id (fixture or throwaway clinic), in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; a well-formed id of no clinic is 404.
                 * @example 7e2c8cfe-b7a9-4deb-986d-e7012589e72b
                 */
                id: components["parameters"]["SandboxOrganizationId"];
                /**
                 * @description The record type. Another is 400 naming `resource` and listing these.
                 * @example patients
                 */
                resource: components["parameters"]["SandboxRecordResource"];
                /**
                 * @description Record id: the type's prefix (`pat_`, `apt_`, ...) and 32 lowercase hex digits. Another shape is 400 `'recordId' must be a valid ID`; a well-formed id of no record of this type in this clinic is 404.
                 * @example pat_44b3a7f7f23e4bdcaa777a7d113c2ddd
                 */
                recordId: components["parameters"]["SandboxRecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxUpdateRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization id (fixture or throwaway clinic), in either documented spelling: the dashed UUID in any case, or `org_` and its 32 hex digits (`org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`). Another shape is 400 `'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)`; a well-formed id of no clinic is 404.
                 * @example 7e2c8cfe-b7a9-4deb-986d-e7012589e72b
                 */
                id: components["parameters"]["SandboxOrganizationId"];
                /**
                 * @description The record type. Another is 400 naming `resource` and listing these.
                 * @example patients
                 */
                resource: components["parameters"]["SandboxRecordResource"];
                /**
                 * @description Record id: the type's prefix (`pat_`, `apt_`, ...) and 32 lowercase hex digits. Another shape is 400 `'recordId' must be a valid ID`; a well-formed id of no record of this type in this clinic is 404.
                 * @example pat_44b3a7f7f23e4bdcaa777a7d113c2ddd
                 */
                recordId: components["parameters"]["SandboxRecordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxRecordFields"];
            };
        };
        responses: {
            /** @description The record as served now. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxRecordResponse"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    oauthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthTokenRequest"];
            };
        };
        responses: {
            /** @description The user and the organizations they authorized. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthTokenResponse"];
                };
            };
            /** @description Invalid request or grant (RFC 6749 5.2), or an `X-Organization-Id` that names no clinic id. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_grant",
                     *       "error_description": "The authorization code has already been used"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthTokenError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sandboxOAuthConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthConsentRequest"];
            };
        };
        responses: {
            /** @description The code, single use. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthConsentResult"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxRotateSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateSigningKeyRequest"];
            };
        };
        responses: {
            /** @description The new and the previous key id. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotateSigningKeyResult"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
    sandboxSignIns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInList"];
                };
            };
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
        };
    };
    sandboxCoverage: {
        parameters: {
            query?: {
                /** @description Only requests of this app (and those that name no app). An id of no app of the fixture matches only those. */
                appId?: string;
                /** @description Only requests that named this clinic (and those that named none of the sandbox's): the dashed UUID in any case, or `org_` and its 32 hex digits. Another shape is 400. */
                organizationId?: string;
                /** @description Only requests after this mark (`POST /_sandbox/coverage/marks`): `mrk_` and a number. The last 8 marks are kept; an older one, or one from before a reset, is 404. */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageReport"];
                };
            };
            400: components["responses"]["AdminBadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["AdminNotFound"];
        };
    };
    sandboxMarkCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark. */
            201: {
                headers: {
                    "X-Sandbox-Warning": components["headers"]["X-Sandbox-Warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageMark"];
                };
            };
            401: components["responses"]["AdminUnauthorized"];
            403: components["responses"]["AdminForbidden"];
            415: components["responses"]["AdminUnsupportedMediaType"];
        };
    };
}
