package org.xinfang.statistics;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The statistics dashboard, {@code static/statistics/index.html}, under the short address
 * /statistics/. The page holds no data: it logs in to {@code /api/statistics}, which decides what
 * the user may see.
 */
@Configuration
class StatisticsPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/statistics", "/statistics/");
    registry.addViewController("/statistics/").setViewName("forward:/statistics/index.html");
  }
}
