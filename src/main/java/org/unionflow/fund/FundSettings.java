package org.unionflow.fund;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local rules of the fund audit ({@code unionflow.fund.audit.*}); expense routing is in expense-routing.dmn.
 *
 * @param firstHalfCron  when the audit of January–June starts by itself (Quartz-style cron of the engine)
 * @param secondHalfCron when the audit of July–December starts by itself (in January, for the year before)
 * @param sampleAbove    every payment above this amount is sampled
 * @param sampleSize     how many of the other payments are drawn at random
 */
@ConfigurationProperties("unionflow.fund.audit")
record FundSettings(
    @DefaultValue("0 0 8 25 6 ?") String firstHalfCron,
    @DefaultValue("0 0 8 15 1 ?") String secondHalfCron,
    @DefaultValue("1000.00") BigDecimal sampleAbove,
    @DefaultValue("5") int sampleSize) {
}
