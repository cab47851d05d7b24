package org.xinfang.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit log. Written once, never changed: the entity has no setters. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  static final int DETAIL_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant occurredAt;
  private String userId;
  private String clientAddress;
  private String action;
  private String caseNumber;
  private String detail;

  protected AuditEntry() {}

  AuditEntry(Instant occurredAt, String userId, String clientAddress, String action, String caseNumber,
      String detail) {
    this.occurredAt = occurredAt;
    this.userId = userId;
    this.clientAddress = clientAddress;
    this.action = action;
    this.caseNumber = caseNumber;
    this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUserId() {
    return userId;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getAction() {
    return action;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getDetail() {
    return detail;
  }
}
