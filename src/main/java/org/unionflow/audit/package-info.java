/**
 * The {@code fundAudit} process (经费审查): the semester audit of the ledger by the audit committee — the
 * treasurer's package, a reproducible sample of vouchers, findings, rectification and recheck, the report vote,
 * and the report's CSV/PDF export.
 */
package org.unionflow.audit;
