package org.unionflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics of a sample: medians for rounds, percentiles for request latencies. */
final class Stats {

  private Stats() {
  }

  static double percentile(List<Double> sample, double percent) {
    if (sample.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(sample);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static double median(List<Double> sample) {
    if (sample.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(sample);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  static double min(List<Double> sample) {
    return sample.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  static double max(List<Double> sample) {
    return sample.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  static double millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000.0;
  }
}
