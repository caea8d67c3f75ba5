package org.unionflow.bench.minimal;

/** The line the minimal app prints once it is ready, which the benchmark waits for. */
public final class StartupMarker {

  public static final String READY = "Minimal Camunda app is ready";

  private StartupMarker() {
  }
}
