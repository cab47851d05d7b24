package org.xinfang.lookup;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The petitioner's lookup page, {@code static/lookup/index.html}, under the short address /lookup/. */
@Configuration
class LookupPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/lookup", "/lookup/");
    registry.addViewController("/lookup/").setViewName("forward:/lookup/index.html");
  }
}
