package org.xinfang.notification;

/** Where a notification stands in the outbox. */
public enum NotificationStatus {
  PENDING("待发送"),
  SENT("已发送"),
  /** Every attempt failed: it stays in the outbox, with the last error, for an administrator. */
  FAILED("发送失败");

  private final String label;

  NotificationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
