package io.bitewing.admin;

import io.bitewing.shared.auth.Tenant;

/**
 * Published inside the transaction that creates an organisation, so modules that own per-organisation defaults
 * (settings, coverage categories) seed them atomically with it.
 */
public record OrganisationCreated(Tenant tenant, String name) {}
