package org.xinfang.notification;

/** How a notification reaches its recipient. */
public enum NotificationChannel {
  /** A text message to a mobile number, through an SMS gateway outside the system. */
  SMS("短信"),
  /** An e-mail to the staff of a group, at the addresses of their Camunda users. */
  EMAIL("电子邮件"),
  /** A letter to print and post, or to hand over in person when there is no address. */
  LETTER("书面送达");

  private final String label;

  NotificationChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
