package org.xinfang.statistics;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseAccess;
import org.xinfang.organization.Roles;

/**
 * Whose figures a user sees: the whole district for the roles of {@link Roles#WHOLE_DISTRICT_FIGURES},
 * their own unit's for a unit's handlers and leaders, the same cases the case list shows them
 * ({@link CaseAccess}). Anyone else sees none.
 */
@Component
class StatisticsAccess {

  private final CaseAccess access;

  StatisticsAccess(CaseAccess access) {
    this.access = access;
  }

  /** The scope of the current user, narrowed to the requested filters; refused beyond what they may see. */
  Scope scopeOf(PeriodRequest request) {
    Set<String> groups = access.viewer().groups();
    Set<String> units = null;
    if (groups.stream().noneMatch(Roles.WHOLE_DISTRICT_FIGURES::contains)) {
      units = groups.stream().flatMap(group -> Roles.unitOf(group).stream()).collect(Collectors.toSet());
      if (units.isEmpty()) {
        throw new Refused("只有办公室、局领导、区领导、督查和责任单位可以查看统计");
      }
      if (request.unit() != null && !units.contains(request.unit())) {
        throw new Refused("只能查看本单位的统计");
      }
    }
    return new Scope(units, request.unit(), request.channel(), request.caseClass(), request.subject());
  }

  /** Refuses a report of the whole district to anyone who does not see the whole district's figures. */
  void requireWholeDistrict() {
    if (access.viewer().groups().stream().noneMatch(Roles.WHOLE_DISTRICT_FIGURES::contains)) {
      throw new Refused("年度绩效自评是全区的报告，只有办公室、局领导、区领导、督查可以查看");
    }
  }

  /** Figures beyond what the user may see were asked for. */
  static class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }
}
