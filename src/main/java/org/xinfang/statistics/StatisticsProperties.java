package org.xinfang.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xinfang.statistics.*}: the points on which provinces count differently. The README's
 * Statistics section gives each default and the reason for it.
 *
 * @param resolutionWindowDays calendar days after an item closes within which a review request or a
 *     repeat petition means it was not resolved at the first handling (一次性化解)
 * @param notAcceptedCounted whether items the petition room did not accept (不予受理, 不再受理) count
 *     in the cohorts of 一次性化解率 and 重复信访率 and among the items registered
 * @param groupVisitPersons the number of people from which a visit is a group visit (集访)
 */
@ConfigurationProperties("xinfang.statistics")
record StatisticsProperties(
    @DefaultValue("90") int resolutionWindowDays,
    @DefaultValue("false") boolean notAcceptedCounted,
    @DefaultValue("5") int groupVisitPersons) {

  StatisticsProperties {
    if (resolutionWindowDays < 1) {
      throw new IllegalArgumentException("xinfang.statistics.resolution-window-days must be at least 1, got "
          + resolutionWindowDays);
    }
    if (groupVisitPersons < 2) {
      throw new IllegalArgumentException("xinfang.statistics.group-visit-persons must be at least 2, got "
          + groupVisitPersons);
    }
  }
}
