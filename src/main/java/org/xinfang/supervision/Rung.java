package org.xinfang.supervision;

import java.util.List;
import org.xinfang.organization.Roles;

/**
 * The rungs of the escalation ladder, climbed one after another while the unit gives no feedback.
 * When each is reached is the model's business (its timers); what each does is written here.
 */
enum Rung {
  URGE("催办"),
  SUPERVISE("督办"),
  LIST("挂牌督办、约谈、通报"),
  BUREAU_LEADERS("报局领导督办"),
  DISTRICT_LEADERS("报区领导督办");

  private final String label;

  Rung(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The groups told of this rung: the higher the rung, the higher up the notice goes. */
  List<String> recipients(String responsibleGroup, String responsibleLeaders) {
    return switch (this) {
      case URGE -> List.of(responsibleGroup);
      case SUPERVISE -> List.of(responsibleGroup, responsibleLeaders);
      case LIST -> List.of(responsibleLeaders, Roles.SUPERVISORS);
      case BUREAU_LEADERS -> List.of(responsibleLeaders, Roles.BUREAU_LEADERS);
      case DISTRICT_LEADERS -> List.of(responsibleLeaders, Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS);
    };
  }
}
