package org.xinfang.notification;

/** Who a notification is for. */
public enum RecipientKind {
  /** A petitioner of the case, or one representative of a group visit. */
  PETITIONER("信访人"),
  /** A Camunda group, such as a unit's leaders or the bureau leaders: each member with an e-mail address. */
  GROUP("用户组");

  private final String label;

  RecipientKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
