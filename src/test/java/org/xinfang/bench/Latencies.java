package org.xinfang.bench;

import java.util.Arrays;

/** Runs a call repeatedly after a warm-up and reports its median and 95th percentile in milliseconds. */
record Latencies(double p50, double p95, int runs) {

  interface Call {
    void run() throws Exception;
  }

  static Latencies of(int warmUp, int runs, Call call) throws Exception {
    for (int i = 0; i < warmUp; i++) {
      call.run();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Latencies(percentile(millis, 0.50), percentile(millis, 0.95), runs);
  }

  /** The nearest-rank percentile. */
  private static double percentile(double[] sorted, double fraction) {
    return sorted[Math.max(0, (int) Math.ceil(fraction * sorted.length) - 1)];
  }
}
