package org.xinfang.review;

import org.xinfang.casefile.CaseStatus;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.organization.Roles;

/**
 * The two steps a petitioner may take against a written answer: review (复查, Art. 35) of the
 * reply, and re-review (复核, Art. 36) of the review opinion. Each has its process, its request
 * window, its answer limit, the organ that answers and the document it issues.
 */
public enum ReviewStage {
  REVIEW("复查", ReviewProcess.REVIEW_KEY, CaseStatus.CLOSED, CaseStatus.UNDER_REVIEW,
      LegalLimit.REVIEW_REQUEST, LegalLimit.REVIEW, Roles.REVIEW_ORGAN, "复查机关", "处理意见书", "复查意见书"),
  RE_REVIEW("复核", ReviewProcess.RE_REVIEW_KEY, CaseStatus.REVIEWED, CaseStatus.UNDER_RE_REVIEW,
      LegalLimit.RE_REVIEW_REQUEST, LegalLimit.RE_REVIEW, Roles.RE_REVIEW_ORGAN, "复核机关", "复查意见书", "复核意见书");

  private final String label;
  private final String processKey;
  private final CaseStatus contestable;
  private final CaseStatus underWay;
  private final LegalLimit requestWindow;
  private final LegalLimit answerLimit;
  private final String organGroup;
  private final String organName;
  private final String contestedDocument;
  private final String opinionDocument;

  ReviewStage(String label, String processKey, CaseStatus contestable, CaseStatus underWay,
      LegalLimit requestWindow, LegalLimit answerLimit, String organGroup, String organName,
      String contestedDocument, String opinionDocument) {
    this.label = label;
    this.processKey = processKey;
    this.contestable = contestable;
    this.underWay = underWay;
    this.requestWindow = requestWindow;
    this.answerLimit = answerLimit;
    this.organGroup = organGroup;
    this.organName = organName;
    this.contestedDocument = contestedDocument;
    this.opinionDocument = opinionDocument;
  }

  /** The stage a request for a case of this status asks for, or null when there is none. */
  static ReviewStage contesting(CaseStatus status) {
    for (ReviewStage stage : values()) {
      if (stage.contestable == status) {
        return stage;
      }
    }
    return null;
  }

  public String label() { return label; }
  String processKey() { return processKey; }
  CaseStatus underWay() { return underWay; }
  LegalLimit requestWindow() { return requestWindow; }
  LegalLimit answerLimit() { return answerLimit; }
  String organGroup() { return organGroup; }
  String organName() { return organName; }
  String contestedDocument() { return contestedDocument; }
  String opinionDocument() { return opinionDocument; }
}
