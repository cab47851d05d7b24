package org.xinfang.desk;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The case search, {@code static/desk/index.html}, under the address /desk/ that Tasklist's header
 * links to: only the site's root has its index page served by itself.
 */
@Configuration
class CaseSearchPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/desk", "/desk/");
    registry.addViewController("/desk/").setViewName("forward:/desk/index.html");
  }
}
