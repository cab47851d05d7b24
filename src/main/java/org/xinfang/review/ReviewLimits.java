package org.xinfang.review;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.notification.Notifications;
import org.xinfang.organization.Roles;
import org.xinfang.supervision.Supervisions;
import org.xinfang.supervision.Supervisions.Supervised;
import org.xinfang.workflow.LegalLimits;

/**
 * The limits of review and re-review, named with their length by the models like the petition's
 * ({@code ${reviewLimits.days(execution, 'REVIEW', 30)}}) and counted by the {@link DueDateCalculator}.
 * Both count from a day the petition room recorded, not from the moment the process got there: the
 * request window from the day the petitioner received the answer, the answer limit from the day
 * the request arrived.
 */
@Component("reviewLimits")
public class ReviewLimits {

  private final DueDateCalculator calculator;
  private final ReviewFiles files;
  private final CaseTimeline timeline;
  private final Supervisions supervision;
  private final Notifications notifications;

  ReviewLimits(DueDateCalculator calculator, ReviewFiles files, CaseTimeline timeline, Supervisions supervision,
      Notifications notifications) {
    this.notifications = notifications;
    this.calculator = calculator;
    this.files = files;
    this.timeline = timeline;
    this.supervision = supervision;
  }

  /**
   * Whether the request came within {@code days} of the day the petitioner received the answer
   * (Art. 35, 36); a window whose last day is a rest day ends on the next working day (民法典 Art. 203).
   */
  public boolean window(DelegateExecution execution, String limit, int days) {
    ReviewRequest request = files.requestOf(execution);
    requireStage(request, LegalLimit.valueOf(limit), request.getStage().requestWindow());
    DueDate window = calculator.countDays(request.getReceivedOn(), days);
    return request.windowCounted(window.lastDay());
  }

  /**
   * The answer limit: {@code days} from the day the request arrived, the days of a hearing not
   * counted (Art. 36). Evaluated when the answer task is entered, again after a hearing, so the
   * timer resumes with the time that was left.
   */
  public Date days(DelegateExecution execution, String limit, int days) {
    LegalLimit legalLimit = LegalLimit.valueOf(limit);
    ReviewRequest request = files.requestOf(execution);
    requireStage(request, legalLimit, request.getStage().answerLimit());
    int hearingDays = request.hearingDays();
    DueDate counted = calculator.countDays(request.getRequestedOn(), days + hearingDays);
    Instant dueAt = counted.dueAt();
    if (!dueAt.equals(request.getAnswerDueAt())) {
      boolean starts = request.getAnswerDueAt() == null;
      request.answerLimitSet(dueAt);
      PetitionCase petitionCase = files.caseOf(execution);
      if (starts) {
        // the acceptance notice names the due date, known only now
        notifications.toPetitioners(petitionCase, TaskRef.NONE, ReviewNotices.accepted(petitionCase, request));
      }
      timeline.record(petitionCase, EventType.LIMIT_SET, legalLimit.label() + days + "日"
          + (hearingDays == 0 ? "" : "，听证" + hearingDays + "日不计入") + "，" + ChinaTime.DAY.format(dueAt)
          + "届满（" + legalLimit.article() + "）" + counted.provisionalNote());
    }
    Date due = Date.from(dueAt);
    execution.setVariable(LegalLimits.dueDateVariable(legalLimit), due);
    return due;
  }

  /** The answer limit passed without an opinion: the case is overdue and supervised. */
  public void expired(DelegateExecution execution, String limit) {
    LegalLimit legalLimit = LegalLimit.valueOf(limit);
    ReviewRequest request = files.requestOf(execution);
    requireStage(request, legalLimit, request.getStage().answerLimit());
    if (!request.answerLimitExpired()) {
      return;
    }
    PetitionCase petitionCase = files.caseOf(execution);
    petitionCase.limitExpired(legalLimit);
    timeline.record(petitionCase, EventType.LIMIT_EXPIRED,
        legalLimit.label() + "已届满，事项超期（" + legalLimit.article() + "）");
    ReviewStage stage = request.getStage();
    supervision.start(petitionCase, new Supervised(legalLimit.name(), legalLimit.label(), stage.organName(),
        stage.organGroup(), Roles.BUREAU_LEADERS));
  }

  /** A model names the limits of its own stage: a review model cannot start a re-review limit. */
  private static void requireStage(ReviewRequest request, LegalLimit named, LegalLimit expected) {
    if (named != expected) {
      throw new IllegalStateException("a " + request.getStage() + " request runs under " + expected + ", not " + named);
    }
  }
}
