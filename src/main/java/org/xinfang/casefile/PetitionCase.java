package org.xinfang.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.deadline.LegalLimit;

/**
 * 信访事项: the case record. Every milestone, due date and decision is kept here, so that the
 * bureau's indicators can be computed from data. Changes happen through the methods below, called
 * by the process steps in the engine's transaction.
 */
@Entity
@Table(name = "petition_case")
public class PetitionCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String caseNumber;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String higherLevelName;
  private String higherLevelReference;
  private Instant registeredAt;
  private String registeredBy;
  private int personCount;

  @Enumerated(EnumType.STRING)
  private CaseClass caseClass;

  @Enumerated(EnumType.STRING)
  private SubjectCategory subjectCategory;

  private String title;
  private String content;
  private String placeUnitCode;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  @Enumerated(EnumType.STRING)
  private RoutingDecision routingDecision;

  private String routingOpinion;
  private String responsibleUnitCode;
  private Integer assignmentDays;
  private boolean firstTime = true;

  /** The earlier case this one repeats (重复信访); none for a first-time item. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "repeat_of")
  private PetitionCase repeatOf;

  private boolean repeatWhileOpen;

  private Instant decidedAt;
  private Instant transferredAt;
  private Instant unitAcceptedAt;
  private Instant objectedAt;
  private String objectionReason;
  private Instant extensionRequestedAt;
  private Integer extensionRequestedDays;
  private String extensionReason;
  private Instant extensionGrantedAt;
  private Integer extensionDays;
  private Instant repliedAt;
  private Instant closedAt;

  private Instant routingDueAt;
  private Boolean routingMet;
  private Instant acceptanceDueAt;
  private Boolean acceptanceMet;
  private Instant objectionDueAt;
  private Instant originalReplyDueAt;
  private Instant replyDueAt;
  private Boolean replyMet;
  private boolean overdue;

  @Enumerated(EnumType.STRING)
  private ReplyOutcome outcome;

  private String replyText;
  private String completionReport;
  private String queryCode;

  /** Brought from the bureau's earlier records (历史数据导入): closed, and no process ever ran for it. */
  private boolean imported;
  private String importFingerprint;

  @Version
  private long version;

  @OneToMany(mappedBy = "petitionCase", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Petitioner> petitioners = new ArrayList<>();

  protected PetitionCase() {}

  PetitionCase(String caseNumber, CaseIntake intake, Instant registeredAt, String registeredBy,
      String queryCode) {
    this.caseNumber = caseNumber;
    this.channel = intake.channel();
    this.higherLevelName = intake.higherLevelName();
    this.higherLevelReference = intake.higherLevelReference();
    this.personCount = intake.personCount();
    this.caseClass = intake.caseClass();
    this.subjectCategory = intake.subjectCategory();
    this.title = intake.title();
    this.content = intake.content();
    this.placeUnitCode = intake.placeUnitCode();
    this.registeredAt = registeredAt;
    this.registeredBy = registeredBy;
    this.queryCode = queryCode;
    this.status = CaseStatus.AWAITING_ROUTING;
    int position = 0;
    for (Petitioner petitioner : intake.petitioners()) {
      petitioner.attachTo(this, position++);
      petitioners.add(petitioner);
    }
  }

  // ---- historical import

  /**
   * A closed case from the bureau's earlier records, replayed through the same transitions a live
   * case takes, so its limits are met or missed by the same comparison. No process instance exists
   * for it; its status is finished, which is what the record/process agreement expects of it.
   */
  static PetitionCase imported(HistoricalCase history, PetitionCase earlier, String registeredBy, String queryCode) {
    PetitionCase c = new PetitionCase(history.caseNumber(), history.intake(), history.registeredAt(), registeredBy,
        queryCode);
    c.imported = true;
    c.importFingerprint = history.fingerprint();
    if (earlier != null) {
      // repeated while the earlier item was still being handled, as it stood on the day of registration
      c.repeatOf = earlier;
      c.firstTime = false;
      c.repeatWhileOpen = earlier.closedAt == null || earlier.closedAt.isAfter(history.registeredAt());
    }
    c.limitStarted(LegalLimit.ROUTING, history.routingDueAt());
    c.routed(history.routingDecision(), null, history.unitCode(), history.assignmentDays(), history.decidedAt());
    c.limitStarted(LegalLimit.ACCEPTANCE, history.acceptanceDueAt());
    c.limitStarted(LegalLimit.OBJECTION, history.objectionDueAt());
    c.acceptedByUnit(history.acceptedAt());
    c.limitStarted(LegalLimit.REPLY, history.replyDueAt());
    if (history.extension() != null) {
      c.extensionRequested(history.extension().days(), HistoricalCase.EXTENSION_REASON, history.extension().grantedAt());
      c.extensionGranted(history.extension().replyDueAt(), history.extension().grantedAt());
    }
    c.replyDrafted(history.outcome(), null, null);
    c.replyApproved(history.repliedAt());
    c.closed(history.closedAt());
    c.overdue = Boolean.FALSE.equals(c.routingMet) || Boolean.FALSE.equals(c.acceptanceMet)
        || Boolean.FALSE.equals(c.replyMet);
    return c;
  }

  // ---- repeat petitions

  /**
   * 重复信访: the registrar recognised the same matter as an earlier case, so this item is no
   * first-time item. Raised again while the earlier case is still being handled, it is flagged: an
   * item under way is not taken up a second time (Art. 19 ¶3), so the petition room coordinates it
   * with the case under way rather than route it twice.
   */
  void repeats(PetitionCase earlier) {
    repeatOf = earlier;
    firstTime = false;
    repeatWhileOpen = !earlier.getStatus().isFinished();
  }

  // ---- legal limits

  /**
   * A limit starts (again). An item returned by a unit's objection is routed anew, but a first
   * routing decision that was already late stays late: the indicator counts the first decision.
   */
  public void limitStarted(LegalLimit limit, Instant dueAt) {
    switch (limit) {
      case ROUTING -> { routingDueAt = dueAt; routingMet = Boolean.FALSE.equals(routingMet) ? false : null; }
      case ACCEPTANCE -> { acceptanceDueAt = dueAt; acceptanceMet = null; }
      case OBJECTION -> objectionDueAt = dueAt;
      case REPLY -> { originalReplyDueAt = dueAt; replyDueAt = dueAt; replyMet = null; }
    }
  }

  /**
   * A limit passed: unless its step was taken in time, the limit is missed and the case overdue.
   * The reply limit of an assigned item outlives its approved reply while the petition room reviews
   * the completion report. The objection window only closes: it is never overdue.
   *
   * @return whether the limit was missed
   */
  public boolean limitExpired(LegalLimit limit) {
    switch (limit) {
      case ROUTING -> routingMet = false;
      case ACCEPTANCE -> acceptanceMet = false;
      case REPLY -> {
        if (Boolean.TRUE.equals(replyMet)) {
          return false;
        }
        replyMet = false;
      }
      case OBJECTION, REVIEW_REQUEST, RE_REVIEW_REQUEST -> { return false; }
      case REVIEW, RE_REVIEW -> { } // met or missed is kept on the review record
    }
    overdue = true;
    return true;
  }

  /**
   * A holiday schedule loaded or corrected later counts the limit to another day. A limit already
   * missed stays missed here; {@link #limitReopened} withdraws the mark when it is not due after all.
   * The reply limit's first due date moves with it until an extension is granted; after one, only
   * the extended date is the limit.
   */
  public void limitMoved(LegalLimit limit, Instant dueAt) {
    switch (limit) {
      case ROUTING -> routingDueAt = dueAt;
      case ACCEPTANCE -> acceptanceDueAt = dueAt;
      case OBJECTION -> objectionDueAt = dueAt;
      case REPLY -> {
        replyDueAt = dueAt;
        if (!hasHadExtension()) {
          originalReplyDueAt = dueAt;
        }
      }
      case REVIEW_REQUEST, REVIEW, RE_REVIEW_REQUEST, RE_REVIEW ->
          throw new IllegalArgumentException(limit + " is kept on the review record");
    }
  }

  /**
   * Whether the limit passed while its step is still to be taken: the limit a recount may reopen.
   * A reply already signed, even late, has been answered.
   */
  public boolean limitMissedWhileWaiting(LegalLimit limit) {
    return switch (limit) {
      case ROUTING -> status == CaseStatus.AWAITING_ROUTING && Boolean.FALSE.equals(routingMet);
      case ACCEPTANCE -> status == CaseStatus.AWAITING_ACCEPTANCE && Boolean.FALSE.equals(acceptanceMet);
      case REPLY -> repliedAt == null && Boolean.FALSE.equals(replyMet)
          && (status == CaseStatus.IN_HANDLING || status == CaseStatus.EXTENSION_PENDING
              || status == CaseStatus.REPLY_PENDING_APPROVAL);
      case OBJECTION, REVIEW_REQUEST, REVIEW, RE_REVIEW_REQUEST, RE_REVIEW -> false;
    };
  }

  /**
   * The missed limit is not due after all: it runs again until {@code dueAt}, and the case is overdue
   * only for a limit still missed.
   */
  public void limitReopened(LegalLimit limit, Instant dueAt) {
    if (!limitMissedWhileWaiting(limit)) {
      throw new IllegalStateException("case " + caseNumber + " has not missed " + limit + " while waiting");
    }
    limitMoved(limit, dueAt);
    switch (limit) {
      case ROUTING -> routingMet = null;
      case ACCEPTANCE -> acceptanceMet = null;
      default -> replyMet = null;
    }
    overdue = ownLimitMissed();
  }

  /**
   * A review's or re-review's answer limit that passed is not due after all. Whether it is met is
   * kept on the review request; the case stays overdue only for a limit of its own it missed.
   */
  public void answerLimitReopened() {
    overdue = ownLimitMissed();
  }

  private boolean ownLimitMissed() {
    return Boolean.FALSE.equals(routingMet) || Boolean.FALSE.equals(acceptanceMet) || Boolean.FALSE.equals(replyMet);
  }

  public Instant dueAt(LegalLimit limit) {
    return switch (limit) {
      case ROUTING -> routingDueAt;
      case ACCEPTANCE -> acceptanceDueAt;
      case OBJECTION -> objectionDueAt;
      case REPLY -> replyDueAt;
      case REVIEW_REQUEST, REVIEW, RE_REVIEW_REQUEST, RE_REVIEW -> null; // on the review record
    };
  }

  public boolean objectionWindowOpen(Instant now) {
    return objectionDueAt == null || !now.isAfter(objectionDueAt);
  }

  // ---- the petition room

  public void routed(RoutingDecision decision, String opinion, String unitCode, Integer days, Instant at) {
    requireStatus(CaseStatus.AWAITING_ROUTING);
    routingDecision = decision;
    routingOpinion = opinion;
    decidedAt = at;
    if (routingMet == null) {
      routingMet = onTime(at, routingDueAt);
    }
    status = decision.resultingStatus();
    if (decision.sendsToUnit()) {
      responsibleUnitCode = unitCode;
      assignmentDays = days;
      transferredAt = at;
    } else {
      responsibleUnitCode = null;
      assignmentDays = null;
      closedAt = at;
    }
  }

  // ---- the responsible unit

  public void acceptedByUnit(Instant at) {
    requireStatus(CaseStatus.AWAITING_ACCEPTANCE);
    unitAcceptedAt = at;
    if (acceptanceMet == null) {
      acceptanceMet = onTime(at, acceptanceDueAt);
    }
    status = CaseStatus.IN_HANDLING;
  }

  /** The unit finds the item outside its remit: it goes back to the petition room (Art. 23 ¶3). */
  public void objectedByUnit(String reason, Instant at) {
    requireStatus(CaseStatus.AWAITING_ACCEPTANCE);
    objectedAt = at;
    objectionReason = reason;
    responsibleUnitCode = null;
    acceptanceDueAt = null;
    acceptanceMet = null;
    objectionDueAt = null;
    status = CaseStatus.AWAITING_ROUTING;
  }

  public void extensionRequested(int days, String reason, Instant at) {
    requireStatus(CaseStatus.IN_HANDLING);
    extensionRequestedAt = at;
    extensionRequestedDays = days;
    extensionReason = reason;
    status = CaseStatus.EXTENSION_PENDING;
  }

  public void extensionGranted(Instant newReplyDueAt, Instant at) {
    requireStatus(CaseStatus.EXTENSION_PENDING);
    extensionGrantedAt = at;
    extensionDays = extensionRequestedDays;
    replyDueAt = newReplyDueAt;
    status = CaseStatus.IN_HANDLING;
  }

  public void extensionRefused() {
    requireStatus(CaseStatus.EXTENSION_PENDING);
    status = CaseStatus.IN_HANDLING;
  }

  public boolean hasHadExtension() {
    return extensionGrantedAt != null;
  }

  public void replyDrafted(ReplyOutcome outcome, String replyText, String completionReport) {
    requireStatus(CaseStatus.IN_HANDLING);
    this.outcome = outcome;
    this.replyText = replyText;
    this.completionReport = completionReport;
    status = CaseStatus.REPLY_PENDING_APPROVAL;
  }

  public void replyReturned() {
    requireStatus(CaseStatus.REPLY_PENDING_APPROVAL);
    status = CaseStatus.IN_HANDLING;
  }

  /** The unit leader signs the reply; it is sent to the petitioner now. */
  public void replyApproved(Instant at) {
    requireStatus(CaseStatus.REPLY_PENDING_APPROVAL);
    repliedAt = at;
    if (replyMet == null) {
      replyMet = onTime(at, replyDueAt);
    }
    if (routingDecision == RoutingDecision.ASSIGN) {
      status = CaseStatus.REPORT_PENDING_REVIEW;
    }
  }

  // ---- the petition room checks an assigned item's completion report

  /**
   * The report goes back to the unit, so its reply was not final after all: a reply limit that
   * has passed meanwhile is missed now.
   *
   * @return whether this return made the reply limit missed
   */
  public boolean reportReturned(Instant at) {
    requireStatus(CaseStatus.REPORT_PENDING_REVIEW);
    repliedAt = null;
    status = CaseStatus.IN_HANDLING;
    if (!Boolean.TRUE.equals(replyMet)) {
      return false; // missed already
    }
    boolean missedNow = at.isAfter(replyDueAt);
    replyMet = missedNow ? false : null;
    overdue |= missedNow;
    return missedNow;
  }

  /** A transferred item closes with its approved reply, an assigned one with its accepted report. */
  public void closed(Instant at) {
    if (repliedAt == null) {
      throw new IllegalStateException("case " + caseNumber + " has no approved reply");
    }
    closedAt = at;
    status = CaseStatus.CLOSED;
  }

  // ---- review (复查, Art. 35) and re-review (复核, Art. 36): dates and opinions are on the review record

  /** An accepted request opens the review of the closed case, or the re-review of its review. */
  public void reviewOpened() {
    status = switch (status) {
      case CLOSED -> CaseStatus.UNDER_REVIEW;
      case REVIEWED -> CaseStatus.UNDER_RE_REVIEW;
      default -> throw new IllegalStateException("case " + caseNumber + " is " + status + ", cannot be reviewed");
    };
  }

  /** The review or re-review opinion went out; after re-review the case is final (Art. 36 ¶3). */
  public void reviewAnswered() {
    status = switch (status) {
      case UNDER_REVIEW -> CaseStatus.REVIEWED;
      case UNDER_RE_REVIEW -> CaseStatus.RE_REVIEWED;
      default -> throw new IllegalStateException("case " + caseNumber + " is " + status + ", not under review");
    };
  }

  private void requireStatus(CaseStatus expected) {
    if (status != expected) {
      throw new IllegalStateException(
          "case " + caseNumber + " is " + status + ", expected " + expected);
    }
  }

  private static Boolean onTime(Instant at, Instant dueAt) {
    return dueAt == null ? null : !at.isAfter(dueAt);
  }

  // ---- reading

  public Long getId() { return id; }
  public String getCaseNumber() { return caseNumber; }
  public Channel getChannel() { return channel; }
  public String getHigherLevelName() { return higherLevelName; }
  public String getHigherLevelReference() { return higherLevelReference; }
  public Instant getRegisteredAt() { return registeredAt; }
  public String getRegisteredBy() { return registeredBy; }
  public int getPersonCount() { return personCount; }
  public CaseClass getCaseClass() { return caseClass; }
  public SubjectCategory getSubjectCategory() { return subjectCategory; }
  public String getTitle() { return title; }
  public String getContent() { return content; }
  public String getPlaceUnitCode() { return placeUnitCode; }
  public CaseStatus getStatus() { return status; }
  public RoutingDecision getRoutingDecision() { return routingDecision; }
  public String getRoutingOpinion() { return routingOpinion; }
  public String getResponsibleUnitCode() { return responsibleUnitCode; }
  public Integer getAssignmentDays() { return assignmentDays; }
  public boolean isFirstTime() { return firstTime; }
  public PetitionCase getRepeatOf() { return repeatOf; }
  public boolean isRepeatWhileOpen() { return repeatWhileOpen; }
  public Instant getDecidedAt() { return decidedAt; }
  public Instant getTransferredAt() { return transferredAt; }
  public Instant getUnitAcceptedAt() { return unitAcceptedAt; }
  public Instant getObjectedAt() { return objectedAt; }
  public String getObjectionReason() { return objectionReason; }
  public Instant getExtensionRequestedAt() { return extensionRequestedAt; }
  public Integer getExtensionRequestedDays() { return extensionRequestedDays; }
  public String getExtensionReason() { return extensionReason; }
  public Instant getExtensionGrantedAt() { return extensionGrantedAt; }
  public Integer getExtensionDays() { return extensionDays; }
  public Instant getRepliedAt() { return repliedAt; }
  public Instant getClosedAt() { return closedAt; }
  public Instant getRoutingDueAt() { return routingDueAt; }
  public Boolean getRoutingMet() { return routingMet; }
  public Instant getAcceptanceDueAt() { return acceptanceDueAt; }
  public Boolean getAcceptanceMet() { return acceptanceMet; }
  public Instant getObjectionDueAt() { return objectionDueAt; }
  public Instant getOriginalReplyDueAt() { return originalReplyDueAt; }
  public Instant getReplyDueAt() { return replyDueAt; }
  public Boolean getReplyMet() { return replyMet; }
  public boolean isOverdue() { return overdue; }
  public ReplyOutcome getOutcome() { return outcome; }
  public String getReplyText() { return replyText; }
  public String getCompletionReport() { return completionReport; }
  public String getQueryCode() { return queryCode; }
  public boolean isImported() { return imported; }
  public String getImportFingerprint() { return importFingerprint; }
  public List<Petitioner> getPetitioners() { return List.copyOf(petitioners); }
}
