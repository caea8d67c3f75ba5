package org.unionflow.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to log in. */
@Component
class ReadyBanner {

  private static final Logger LOG = LoggerFactory.getLogger(ReadyBanner.class);

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
      String base = "http://localhost:" + web.getWebServer().getPort();
      LOG.info("UnionFlow is ready. Tasklist: {}/camunda/app/tasklist/  Cockpit: {}/camunda/app/cockpit/  "
          + "Admin: {}/camunda/app/admin/  REST: {}/engine-rest and {}/api  Health: {}/actuator/health",
          base, base, base, base, base, base);
    }
  }
}
