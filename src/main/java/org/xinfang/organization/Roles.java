package org.xinfang.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Camunda groups that stand for the bureau's roles, and the naming of each unit's groups.
 * Tasks reach people through these groups as candidate groups.
 */
public final class Roles {

  /** 信访室: registers petitions and decides how each is routed. */
  public static final String PETITION_ROOM = "petition-room";
  /** 调纠室: investigates disputes and supervises overdue items. */
  public static final String MEDIATION_ROOM = "mediation-room";
  /** 办公室: statistics and the annual report. */
  public static final String OFFICE = "office";
  /** 局领导. */
  public static final String BUREAU_LEADERS = "bureau-leaders";
  /** 区领导: top of the escalation ladder. */
  public static final String DISTRICT_LEADERS = "district-leaders";
  /** 督查: watches overdue timers in Cockpit. */
  public static final String SUPERVISORS = "supervisors";
  /** 复查机关: stands for the organ above the one that replied, which reviews its reply (Art. 35). */
  public static final String REVIEW_ORGAN = "review-organ";
  /** 复核机关: stands for the organ above the reviewing one, which re-reviews its opinion (Art. 36). */
  public static final String RE_REVIEW_ORGAN = "re-review-organ";
  /**
   * 纪检监察对接: the bureau's channel to the discipline inspection and supervision organs. With the
   * registrar, the only ones who see an accuser's identity and material (Art. 30 ¶3).
   */
  public static final String DISCIPLINE = "discipline";
  /**
   * 运行监控: the account a monitoring system (Prometheus) scrapes the operations figures with. It
   * is no bureau role and sees no case; only the figures of {@code /actuator/prometheus}.
   */
  public static final String MONITORING = "monitoring";
  /** Camunda's administrators group. */
  public static final String ADMINISTRATORS = "camunda-admin";

  public record Role(String groupId, String name) {}

  public static final List<Role> BUREAU_ROLES = List.of(
      new Role(PETITION_ROOM, "信访室"),
      new Role(MEDIATION_ROOM, "调纠室"),
      new Role(OFFICE, "办公室"),
      new Role(BUREAU_LEADERS, "局领导"),
      new Role(DISTRICT_LEADERS, "区领导"),
      new Role(SUPERVISORS, "督查"),
      new Role(REVIEW_ORGAN, "复查机关"),
      new Role(RE_REVIEW_ORGAN, "复核机关"),
      new Role(DISCIPLINE, "纪检监察对接"));

  /**
   * The roles that see the figures of the whole district: the office compiles them, the leaders and
   * the supervisors steer by them. A unit's handlers and leaders see their own unit's figures.
   */
  public static final Set<String> WHOLE_DISTRICT_FIGURES = Set.of(OFFICE, BUREAU_LEADERS, DISTRICT_LEADERS,
      SUPERVISORS);

  private static final Pattern UNIT_GROUP = Pattern.compile("unit-(.+)-(?:handlers|leaders)");

  private Roles() {}

  public static String unitHandlers(String unitCode) {
    return "unit-" + unitCode + "-handlers";
  }

  public static String unitLeaders(String unitCode) {
    return "unit-" + unitCode + "-leaders";
  }

  /** The code of the unit whose handlers' or leaders' group this is, if it is one. */
  public static Optional<String> unitOf(String groupId) {
    Matcher unitGroup = UNIT_GROUP.matcher(groupId);
    return unitGroup.matches() ? Optional.of(unitGroup.group(1)) : Optional.empty();
  }
}
