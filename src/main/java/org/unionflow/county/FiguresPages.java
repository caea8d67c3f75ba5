package org.unionflow.county;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the figures page at /county/ (a static page under static/county, styled and framed as the registers). */
@Configuration
class FiguresPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/county", "/county/");
    registry.addViewController("/county/").setViewName("forward:/county/index.html");
  }
}
