package org.unionflow.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Which vouchers an audit samples: every payment above the threshold, and a reproducible draw of the others. */
final class AuditSampling {

  private AuditSampling() {
  }

  /** Voucher to why it is sampled ({@link AuditSample#ABOVE_THRESHOLD} first, then {@link AuditSample#RANDOM}). */
  static Map<String, String> sample(Map<String, BigDecimal> paymentByVoucher, BigDecimal above, int size,
      long seed) {
    Map<String, String> sampled = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    paymentByVoucher.forEach((voucher, amount) -> {
      if (amount.compareTo(above) > 0) {
        sampled.put(voucher, AuditSample.ABOVE_THRESHOLD);
      } else {
        rest.add(voucher);
      }
    });
    draw(rest, size, seed).forEach(voucher -> sampled.put(voucher, AuditSample.RANDOM));
    return sampled;
  }

  /** The same vouchers, size and seed always draw the same vouchers, whatever their order: anyone can repeat it. */
  static List<String> draw(Collection<String> vouchers, int size, long seed) {
    List<String> shuffled = new ArrayList<>(vouchers);
    Collections.sort(shuffled);
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled.subList(0, Math.min(size, shuffled.size()));
  }
}
