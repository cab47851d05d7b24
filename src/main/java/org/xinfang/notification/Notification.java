package org.xinfang.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One notification in the outbox: written with the step that causes it, then delivered by the
 * {@link OutboxDispatcher}, which records every attempt here.
 */
@Entity
@Table(name = "notification")
public class Notification {

  /** The longest error message kept: the column's size. */
  static final int LONGEST_ERROR = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  private String notice;

  @Enumerated(EnumType.STRING)
  private RecipientKind recipientKind;

  private String recipient;

  @Enumerated(EnumType.STRING)
  private NotificationChannel channel;

  private String address;
  private String subject;
  private String body;
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  private NotificationStatus status;

  private int attempts;
  private Instant nextAttemptAt;
  private String lastError;
  private Instant sentAt;

  protected Notification() {}

  Notification(Long caseId, String notice, RecipientKind recipientKind, String recipient,
      NotificationChannel channel, String address, String subject, String body, Instant createdAt) {
    this.caseId = caseId;
    this.notice = notice;
    this.recipientKind = recipientKind;
    this.recipient = recipient;
    this.channel = channel;
    this.address = address;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
    this.status = NotificationStatus.PENDING;
  }

  void sent(Instant at) {
    attempts++;
    status = NotificationStatus.SENT;
    sentAt = at;
    nextAttemptAt = null;
    lastError = null;
  }

  /** An attempt failed: try again after {@code retryDelay}, unless this was the last attempt. */
  void failed(String error, Instant at, int maxAttempts, Duration retryDelay) {
    attempts++;
    lastError = error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error;
    if (attempts >= maxAttempts) {
      status = NotificationStatus.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = at.plus(retryDelay);
    }
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public String getNotice() { return notice; }
  public RecipientKind getRecipientKind() { return recipientKind; }
  public String getRecipient() { return recipient; }
  public NotificationChannel getChannel() { return channel; }
  public String getAddress() { return address; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public Instant getCreatedAt() { return createdAt; }
  public NotificationStatus getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public Instant getNextAttemptAt() { return nextAttemptAt; }
  public String getLastError() { return lastError; }
  public Instant getSentAt() { return sentAt; }
}
