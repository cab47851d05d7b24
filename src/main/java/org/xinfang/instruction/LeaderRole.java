package org.xinfang.instruction;

import java.util.Collection;
import java.util.Optional;
import org.xinfang.organization.Roles;

/** Who may instruct: the bureau's and the district's leaders. */
public enum LeaderRole {
  DISTRICT("区领导", Roles.DISTRICT_LEADERS),
  BUREAU("局领导", Roles.BUREAU_LEADERS);

  private final String label;
  private final String group;

  LeaderRole(String label, String group) {
    this.label = label;
    this.group = group;
  }

  public String label() {
    return label;
  }

  /** The highest leader role among a user's groups: a district leader who also sits in the bureau instructs as such. */
  static Optional<LeaderRole> of(Collection<String> groups) {
    for (LeaderRole role : values()) {
      if (groups.contains(role.group)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
