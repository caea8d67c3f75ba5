package org.unionflow.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local rules of hardship aid ({@code unionflow.aid.*}).
 *
 * @param incomeThreshold   the local monthly income per head (yuan) the eligibility table measures against
 * @param noticeWorkingDays how long the public notice (公示) runs, in working days
 * @param followUpDays      days after the payment that the follow-up visit is due
 * @param holidays          public holidays the notice does not count (weekends never count)
 */
@ConfigurationProperties("unionflow.aid")
record AidSettings(
    @DefaultValue("1500.00") BigDecimal incomeThreshold,
    @DefaultValue("5") int noticeWorkingDays,
    @DefaultValue("30") int followUpDays,
    @DefaultValue Set<LocalDate> holidays) {
}
