package org.xinfang.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A request for review or re-review as the petition room recorded it, and what became of it: every
 * date of its window and of the answer, the hearing and the opinion. Changed only by the steps of
 * its process, in the engine's transaction.
 */
@Entity
@Table(name = "review_request")
public class ReviewRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  @Enumerated(EnumType.STRING)
  private ReviewStage stage;

  private LocalDate requestedOn;
  private LocalDate receivedOn;
  private Instant recordedAt;
  private String recordedBy;

  private LocalDate windowLastDay;
  private Boolean accepted;
  private String refusalReason;

  private Instant originalAnswerDueAt;
  private Instant answerDueAt;
  private Instant answeredAt;
  private Boolean answerMet;

  @Enumerated(EnumType.STRING)
  private ReviewConclusion conclusion;

  private String opinion;

  private Instant hearingDecidedAt;
  private String hearingReason;
  private LocalDate hearingFrom;
  private LocalDate hearingTo;
  private String hearingRecord;

  protected ReviewRequest() {}

  ReviewRequest(Long caseId, ReviewStage stage, LocalDate requestedOn, LocalDate receivedOn,
      Instant recordedAt, String recordedBy) {
    this.caseId = caseId;
    this.stage = stage;
    this.requestedOn = requestedOn;
    this.receivedOn = receivedOn;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  /** The window was counted: a request on its last day is in time. */
  boolean windowCounted(LocalDate lastDay) {
    windowLastDay = lastDay;
    accepted = !requestedOn.isAfter(lastDay);
    return accepted;
  }

  void refused(String reason) {
    accepted = false;
    refusalReason = reason;
  }

  /** The answer limit starts, or resumes after a hearing with a later due date. */
  void answerLimitSet(Instant dueAt) {
    if (originalAnswerDueAt == null) {
      originalAnswerDueAt = dueAt;
    }
    answerDueAt = dueAt;
  }

  /** The limit passed: missed unless the opinion went out before. */
  boolean answerLimitExpired() {
    if (answeredAt != null || Boolean.FALSE.equals(answerMet)) {
      return false;
    }
    answerMet = false;
    return true;
  }

  /** The limit passed without an opinion, and the organ's task still waits for one. */
  boolean answerMissedWhileWaiting() {
    return answeredAt == null && Boolean.FALSE.equals(answerMet);
  }

  /** The missed limit is not due after all: it runs again until {@code dueAt}. */
  void answerLimitReopened(Instant dueAt) {
    if (!answerMissedWhileWaiting()) {
      throw new IllegalStateException("review request " + id + " has not missed its limit while waiting");
    }
    answerMet = null;
    answerDueAt = dueAt;
  }

  void hearingDecided(String reason, Instant at) {
    if (hearingDecidedAt != null) {
      throw new IllegalStateException("a hearing was held already");
    }
    hearingReason = reason;
    hearingDecidedAt = at;
  }

  void hearingHeld(LocalDate from, LocalDate to, String record) {
    hearingFrom = from;
    hearingTo = to;
    hearingRecord = record;
  }

  /** A hearing was decided and has not been held yet: the answer limit does not run (Art. 36). */
  public boolean awaitsHearing() {
    return hearingDecidedAt != null && hearingTo == null;
  }

  /** The days of the hearing, first and last included: they are not counted in the answer limit (Art. 36). */
  public int hearingDays() {
    return hearingFrom == null ? 0 : (int) ChronoUnit.DAYS.between(hearingFrom, hearingTo) + 1;
  }

  void answered(ReviewConclusion conclusion, String opinion, Instant at) {
    this.conclusion = conclusion;
    this.opinion = opinion;
    answeredAt = at;
    if (answerMet == null) {
      answerMet = !at.isAfter(answerDueAt);
    }
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public ReviewStage getStage() { return stage; }
  public LocalDate getRequestedOn() { return requestedOn; }
  public LocalDate getReceivedOn() { return receivedOn; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDate getWindowLastDay() { return windowLastDay; }
  public Boolean getAccepted() { return accepted; }
  public String getRefusalReason() { return refusalReason; }
  public Instant getOriginalAnswerDueAt() { return originalAnswerDueAt; }
  public Instant getAnswerDueAt() { return answerDueAt; }
  public Instant getAnsweredAt() { return answeredAt; }
  public Boolean getAnswerMet() { return answerMet; }
  public ReviewConclusion getConclusion() { return conclusion; }
  public String getOpinion() { return opinion; }
  public Instant getHearingDecidedAt() { return hearingDecidedAt; }
  public String getHearingReason() { return hearingReason; }
  public LocalDate getHearingFrom() { return hearingFrom; }
  public LocalDate getHearingTo() { return hearingTo; }
  public String getHearingRecord() { return hearingRecord; }
}
