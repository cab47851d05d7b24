package org.xinfang.statistics;

import java.util.Set;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.SubjectCategory;

/**
 * Which cases a figure may count: those the viewer may see ({@code units} null for the whole
 * district), narrowed by the filters the request gives.
 */
public record Scope(Set<String> units, String unit, Channel channel, CaseClass caseClass, SubjectCategory subject) {

  /** Every case of the district, unfiltered. */
  public static Scope wholeDistrict() {
    return new Scope(null, null, null, null, null);
  }

  Scope narrowedTo(Grouping grouping, String key) {
    return switch (grouping) {
      case UNIT -> new Scope(units, key, channel, caseClass, subject);
      case CHANNEL -> new Scope(units, unit, Channel.valueOf(key), caseClass, subject);
      case SUBJECT -> new Scope(units, unit, channel, caseClass, SubjectCategory.valueOf(key));
      case CASE_CLASS -> new Scope(units, unit, channel, CaseClass.valueOf(key), subject);
      case MONTH -> this;
    };
  }
}
