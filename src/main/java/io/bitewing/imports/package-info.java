/**
 * Bulk onboarding: carriers and plans with their benefits imported from JSON or CSV, matched by natural key so an
 * import can be sent again, written through the carrier, plan and benefit services; large imports run in the
 * background with a progress figure.
 */
package io.bitewing.imports;
