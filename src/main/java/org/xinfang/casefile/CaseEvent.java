package org.xinfang.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of a case's timeline. Written once, never changed. */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  private EventType type;

  private String actor;
  private String taskId;
  private String taskName;
  private String description;

  protected CaseEvent() {}

  public CaseEvent(Long caseId, Instant occurredAt, EventType type, String actor,
      String taskId, String taskName, String description) {
    this.caseId = caseId;
    this.occurredAt = occurredAt;
    this.type = type;
    this.actor = actor;
    this.taskId = taskId;
    this.taskName = taskName;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public EventType getType() {
    return type;
  }

  public String getActor() {
    return actor;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getTaskName() {
    return taskName;
  }

  public String getDescription() {
    return description;
  }
}
