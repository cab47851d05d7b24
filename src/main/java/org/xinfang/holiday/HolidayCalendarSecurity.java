package org.xinfang.holiday;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize}, with which {@link HolidayCalendarController} lets only administrators
 * change the schedule. The rule stays beside the endpoint it guards instead of in the URL rules.
 */
@Configuration
@EnableMethodSecurity
class HolidayCalendarSecurity {}
