package org.xinfang.rating;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xinfang.rating.*}: the rating window, a setting of the bureau (the regulation names none).
 *
 * @param windowDays calendar days after the day the reply went out, counted like a legal period
 *     (民法典 Art. 201, 203), within which the petitioner may rate the handling
 */
@ConfigurationProperties("xinfang.rating")
record RatingProperties(@DefaultValue("30") int windowDays) {

  RatingProperties {
    if (windowDays < 1) {
      throw new IllegalArgumentException("xinfang.rating.window-days must be at least 1, got " + windowDays);
    }
  }
}
