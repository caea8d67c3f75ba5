package org.unionflow.platform.security;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Every password check (REST, domain API, webapp login) goes through {@link LoginThrottle}. */
@Configuration
@RequiredArgsConstructor
class LoginThrottlePlugin extends AbstractProcessEnginePlugin {

  private final LoginThrottle throttle;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ThrottledIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new ThrottledIdentityProvider(throttle);
      }
    });
  }

  @Bean
  FilterRegistrationBean<ClientAddress> clientAddress() {
    FilterRegistrationBean<ClientAddress> registration = new FilterRegistrationBean<>(new ClientAddress());
    registration.setName("client-address");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
