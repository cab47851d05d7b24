package org.xinfang.deadline;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DeadlineConfiguration {

  /** Until the official holiday schedule is loaded as data, weekends are the only rest days. */
  @Bean
  @ConditionalOnMissingBean(WorkingDayCalendar.class)
  WorkingDayCalendar weekendCalendar() {
    return new WeekendCalendar();
  }
}
