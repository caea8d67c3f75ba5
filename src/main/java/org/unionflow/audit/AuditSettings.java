package org.unionflow.audit;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local rules of the fund audit ({@code unionflow.fund.audit.*}, the prefix kept from when the audit lived in
 * {@code fund}); expense routing is in expense-routing.dmn.
 *
 * @param cycle       when the semester audits start by themselves (the engine's cron: second minute hour day
 *                    month weekday); each covers the last half-year ending before a month from then
 * @param sampleAbove every payment above this amount is sampled
 * @param sampleSize  how many of the other payments are drawn at random
 */
@ConfigurationProperties("unionflow.fund.audit")
record AuditSettings(
    @DefaultValue("0 0 8 25 1,6 ?") String cycle,
    @DefaultValue("1000.00") BigDecimal sampleAbove,
    @DefaultValue("5") int sampleSize) {
}
