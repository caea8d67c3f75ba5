package org.unionflow.registers;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the registers' start page at /registers/ (the pages themselves are static files under static/registers). */
@Configuration
class RegisterPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/registers", "/registers/");
    registry.addViewController("/registers/").setViewName("forward:/registers/index.html");
  }
}
