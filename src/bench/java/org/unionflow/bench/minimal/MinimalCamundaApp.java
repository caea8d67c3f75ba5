package org.unionflow.bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;

/**
 * The yardstick for start-up and memory: the same stack (Boot, Camunda webapps and REST, JPA, security, H2)
 * without one UnionFlow class, model or migration. Started by the benchmark with its own settings.
 */
@SpringBootApplication
@Profile(MinimalCamundaApp.PROFILE)
public class MinimalCamundaApp {

  /** Only with this profile, so UnionFlow's component scan of the test class path passes it by. */
  public static final String PROFILE = "minimal-benchmark";

  public static void main(String[] args) {
    SpringApplication.run(MinimalCamundaApp.class, args);
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    System.out.println(StartupMarker.READY);
  }
}
