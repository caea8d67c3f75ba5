package org.unionflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sample is reproducible from its seed and takes every payment above the threshold. */
class AuditSamplingTests {

  private static final List<String> VOUCHERS = IntStream.rangeClosed(1, 20)
      .mapToObj(i -> String.format("PZ-2026-%04d", i)).toList();

  @Test
  void theSameSeedDrawsTheSameVouchersWhateverTheOrderOfTheLedger() {
    List<String> reversed = new ArrayList<>(VOUCHERS);
    Collections.reverse(reversed);

    assertThat(AuditSampling.draw(VOUCHERS, 5, 42L)).hasSize(5).isEqualTo(AuditSampling.draw(reversed, 5, 42L));
    assertThat(AuditSampling.draw(VOUCHERS, 5, 42L)).isNotEqualTo(AuditSampling.draw(VOUCHERS, 5, 43L));
    assertThat(AuditSampling.draw(VOUCHERS.subList(0, 3), 5, 42L)).hasSize(3);
  }

  @Test
  void everyPaymentAboveTheThresholdIsSampledAndTheOthersAreDrawn() {
    Map<String, BigDecimal> payments = new LinkedHashMap<>();
    VOUCHERS.forEach(voucher -> payments.put(voucher, new BigDecimal("10.00")));
    payments.put("PZ-2026-0007", new BigDecimal("1000.01"));
    payments.put("PZ-2026-0008", new BigDecimal("1000.00"));

    Map<String, String> sample = AuditSampling.sample(payments, new BigDecimal("1000.00"), 3, 42L);

    assertThat(sample).hasSize(4).containsEntry("PZ-2026-0007", AuditSample.ABOVE_THRESHOLD);
    assertThat(sample.entrySet()).filteredOn(drawn -> drawn.getValue().equals(AuditSample.RANDOM)).hasSize(3)
        .extracting(Map.Entry::getKey).doesNotContain("PZ-2026-0007");
    assertThat(AuditSampling.sample(payments, new BigDecimal("1000.00"), 3, 42L)).isEqualTo(sample);
  }
}
