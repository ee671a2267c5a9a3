/** Plumbing every module uses and none owns: web conventions, errors, auth and tenancy, idempotency, audit, SQL helpers, money. */
package io.bitewing.shared;
