package org.unionflow.platform.engine;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist and Cockpit work the engine through the webapp's own copy of the engine REST
 * ({@code /camunda/api/engine}), not through /engine-rest. It gets the same answers to refused input, lost races
 * and tasks gone. The webapp initializer registers its "Engine Api" servlet only when no servlet of that name
 * exists, so registering it first, with UnionFlow's mappers added, replaces it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappEngineApi implements ServletContextInitializer {

  /** The servlet name the Camunda webapp initializer uses for its engine REST. */
  static final String SERVLET_NAME = "Engine Api";

  private final String applicationPath;

  WebappEngineApi(CamundaBpmProperties properties) {
    this.applicationPath = properties.getWebapp().getApplicationPath();
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    ResourceConfig api = ResourceConfig.forApplication(new EngineRestApplication())
        .registerClasses(EngineRestConfig.ANSWERS);
    ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET_NAME, new ServletContainer(api));
    if (servlet == null) {
      throw new IllegalStateException("The webapp's engine API was registered before UnionFlow's answers could be added");
    }
    servlet.addMapping(applicationPath + "/api/engine/*");
  }
}
