package io.bitewing.practice.procedurecode;

import io.bitewing.shared.auth.Tenant;
import java.util.List;

/**
 * Published inside the transaction that creates procedure codes (one create, or the new codes of an import), so
 * modules that build on codes (the default code groups) can take them in atomically. Codes are upper-case; codes an
 * import only updated are not listed.
 */
public record ProcedureCodesAdded(Tenant tenant, List<String> codes) {}
