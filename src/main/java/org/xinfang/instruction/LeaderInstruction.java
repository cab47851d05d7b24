package org.xinfang.instruction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A leader's instruction (领导批示) on a case, tracked until the leader confirms it carried out. It is
 * met when the report that was finally confirmed came in by its due date; a deadline that passes while
 * the addressee still has it makes it overdue for good.
 */
@Entity
@Table(name = "leader_instruction")
public class LeaderInstruction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  private String text;
  private String instructedBy;

  @Enumerated(EnumType.STRING)
  private LeaderRole leaderRole;

  private String addresseeGroup;
  private String addresseeName;
  private int days;
  private Instant instructedAt;
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  private InstructionStatus status;

  private boolean overdue;
  private Boolean met;
  private String completionReport;
  private Instant reportedAt;
  private Instant completedAt;

  protected LeaderInstruction() {}

  LeaderInstruction(Long caseId, String text, String instructedBy, LeaderRole leaderRole, Addressee addressee,
      int days, Instant instructedAt) {
    this.caseId = caseId;
    this.text = text;
    this.instructedBy = instructedBy;
    this.leaderRole = leaderRole;
    this.addresseeGroup = addressee.group();
    this.addresseeName = addressee.name();
    this.days = days;
    this.instructedAt = instructedAt;
    this.status = InstructionStatus.OPEN;
  }

  void deadlineStarted(Instant dueAt) {
    this.dueAt = dueAt;
  }

  void reported(String report, Instant at) {
    requireStatus(InstructionStatus.OPEN);
    this.status = InstructionStatus.REPORTED;
    this.completionReport = report;
    this.reportedAt = at;
  }

  /** Sent back for more work; true when that makes it overdue, its deadline having passed meanwhile. */
  boolean returned(Instant at) {
    requireStatus(InstructionStatus.REPORTED);
    this.status = InstructionStatus.OPEN;
    return !overdue && at.isAfter(dueAt) && markOverdue();
  }

  void completed(Instant at) {
    requireStatus(InstructionStatus.REPORTED);
    this.status = InstructionStatus.COMPLETED;
    this.completedAt = at;
    this.met = !overdue && !reportedAt.isAfter(dueAt);
  }

  /**
   * Its deadline passed: overdue if the addressee still has it. A report awaiting the leader's
   * confirmation was in time, unless it is sent back.
   */
  boolean deadlinePassed() {
    return status == InstructionStatus.OPEN && !overdue && markOverdue();
  }

  /** The deadline passed while the addressee had not reported, who still has not. */
  boolean deadlineMissedWhileOpen() {
    return status == InstructionStatus.OPEN && overdue;
  }

  /** The missed deadline is not due after all: it runs again until {@code dueAt}. */
  void deadlineReopened(Instant dueAt) {
    if (!deadlineMissedWhileOpen()) {
      throw new IllegalStateException("instruction " + id + " has not missed its deadline while open");
    }
    overdue = false;
    met = null;
    this.dueAt = dueAt;
  }

  private boolean markOverdue() {
    this.overdue = true;
    this.met = false;
    return true;
  }

  private void requireStatus(InstructionStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("instruction " + id + " is " + status + ", not " + expected);
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getText() {
    return text;
  }

  public String getInstructedBy() {
    return instructedBy;
  }

  public LeaderRole getLeaderRole() {
    return leaderRole;
  }

  public String getAddresseeGroup() {
    return addresseeGroup;
  }

  public String getAddresseeName() {
    return addresseeName;
  }

  public int getDays() {
    return days;
  }

  public Instant getInstructedAt() {
    return instructedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public InstructionStatus getStatus() {
    return status;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public Boolean getMet() {
    return met;
  }

  public String getCompletionReport() {
    return completionReport;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
