package org.unionflow.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every date the domain computes, in the union's time zone ({@code unionflow.zone}) whatever the
 * server's: "today", the future, deadlines and periods are the union's calendar. Tests run on it as it is.
 */
@Configuration
class ClockConfig {

  @Bean
  Clock clock(@Value("${unionflow.zone:Asia/Shanghai}") ZoneId zone) {
    return Clock.system(zone);
  }
}
