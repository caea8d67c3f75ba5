/** Human-readable, gap-free numbers per year: business keys (VIS-2026-001) and voucher numbers. */
package org.unionflow.platform.keys;
