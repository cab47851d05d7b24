package org.xinfang.lookup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.QueryCodes;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.lookup.LookupView.Deadline;
import org.xinfang.lookup.LookupView.NoticeSent;
import org.xinfang.lookup.LookupView.Rating;
import org.xinfang.lookup.LookupView.Step;
import org.xinfang.notification.Notification;
import org.xinfang.notification.Notifications;
import org.xinfang.notification.RecipientKind;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;
import org.xinfang.rating.RatingState;
import org.xinfang.rating.Satisfaction;
import org.xinfang.rating.SatisfactionRating;
import org.xinfang.rating.SatisfactionRatings;
import org.xinfang.review.ReviewEntry;
import org.xinfang.review.ReviewRequests;

/**
 * The petitioner's view of a case, opened with its case number and query code, and the rating
 * the petitioner gives there. Builds {@link LookupView} field by field from the record: nothing
 * reaches the petitioner that is not named here.
 */
@Service
class PetitionerLookup {

  /** Compared against when no case has the number, so that an unknown case costs what a wrong code does. */
  private static final String NO_CASE = QueryCodes.newCode();

  private final PetitionCaseRepository cases;
  private final Notifications notifications;
  private final UnitRepository units;
  private final SatisfactionRatings ratings;
  private final ReviewRequests reviewRequests;

  PetitionerLookup(PetitionCaseRepository cases, Notifications notifications, UnitRepository units,
      SatisfactionRatings ratings, ReviewRequests reviewRequests) {
    this.cases = cases;
    this.reviewRequests = reviewRequests;
    this.notifications = notifications;
    this.units = units;
    this.ratings = ratings;
  }

  @Transactional(readOnly = true)
  public LookupView view(String caseNumber, String queryCode) {
    return view(opened(caseNumber, queryCode));
  }

  /** The petitioner rates on the lookup page; the answer is the case as it stands afterwards. */
  @Transactional
  public LookupView rate(String caseNumber, String queryCode, Satisfaction department, Satisfaction unit) {
    PetitionCase petitionCase = opened(caseNumber, queryCode);
    ratings.ratedByPetitioner(petitionCase, department, unit);
    return view(petitionCase);
  }

  private PetitionCase opened(String caseNumber, String queryCode) {
    Optional<PetitionCase> found = cases.findByCaseNumber(caseNumber);
    String expected = found.map(PetitionCase::getQueryCode).orElse(NO_CASE);
    // constant time: how long the comparison takes says nothing about how much of the code was right
    boolean codeRight = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        queryCode.getBytes(StandardCharsets.UTF_8));
    if (found.isEmpty() || !codeRight) {
      throw new UnknownCaseOrCode();
    }
    return found.get();
  }

  private LookupView view(PetitionCase c) {
    String unitName = c.getResponsibleUnitCode() == null ? null
        : units.findById(c.getResponsibleUnitCode()).map(Unit::getName).orElse(null);
    List<ReviewEntry> reviews = reviewRequests.of(c);
    return new LookupView(c.getCaseNumber(), c.getTitle(), c.getContent(), c.getChannel().label(), c.getStatus().label(),
        c.getStatus().isFinished(), unitName, steps(c, unitName, reviews), deadlines(c, reviews),
        c.getRepliedAt() == null ? null : c.getReplyText(), notices(c), rating(c));
  }

  private static List<Step> steps(PetitionCase c, String unitName, List<ReviewEntry> reviews) {
    List<Step> steps = new ArrayList<>();
    step(steps, c.getRegisteredAt(), "登记", c.getChannel().label());
    if (c.getDecidedAt() != null) {
      String detail = c.getRoutingDecision().label();
      if (c.getRoutingDecision().sendsToUnit() && unitName != null) {
        detail += "至" + unitName;
      }
      step(steps, c.getDecidedAt(), "信访部门处理", detail);
    }
    step(steps, c.getUnitAcceptedAt(), "责任单位受理", unitName);
    if (c.getExtensionGrantedAt() != null) {
      step(steps, c.getExtensionGrantedAt(), "延长办理期限", "延长" + c.getExtensionDays() + "日");
    }
    if (c.getRepliedAt() != null) {
      step(steps, c.getRepliedAt(), "出具处理意见书", "处理结果：" + c.getOutcome().label());
    }
    if (c.getClosedAt() != null) {
      step(steps, c.getClosedAt(), "办结", null);
    }
    for (ReviewEntry review : reviews) {
      String stage = review.stage().label();
      steps.add(new Step(review.requestedOn(), "申请" + stage, review.accepted() ? "已受理" : "不予受理"));
      step(steps, review.answeredAt(), "出具" + stage + "意见书",
          review.conclusion() == null ? null : "结论：" + review.conclusion().label());
    }
    return steps;
  }

  private static void step(List<Step> steps, Instant at, String name, String detail) {
    if (at != null) {
      steps.add(new Step(ChinaTime.dayOf(at), name, detail));
    }
  }

  private static List<Deadline> deadlines(PetitionCase c, List<ReviewEntry> reviews) {
    List<Deadline> deadlines = new ArrayList<>();
    deadline(deadlines, LegalLimit.ROUTING.label(), c.getRoutingDueAt(), c.getStatus() != CaseStatus.AWAITING_ROUTING);
    deadline(deadlines, LegalLimit.ACCEPTANCE.label(), c.getAcceptanceDueAt(), c.getUnitAcceptedAt() != null);
    deadline(deadlines, LegalLimit.REPLY.label(), c.getReplyDueAt(), c.getRepliedAt() != null);
    for (ReviewEntry review : reviews) {
      deadline(deadlines, review.stage().label() + "期限", review.answerDueAt(), review.answeredAt() != null);
    }
    return deadlines;
  }

  private static void deadline(List<Deadline> deadlines, String label, Instant dueAt, boolean done) {
    if (dueAt != null) {
      deadlines.add(new Deadline(label, ChinaTime.dayOf(dueAt), done));
    }
  }

  /**
   * The notices to the petitioners, each once: every petitioner of a group gets the same text by
   * letter and text message, each under their own name, which is left out here.
   */
  private List<NoticeSent> notices(PetitionCase c) {
    Map<String, NoticeSent> notices = new LinkedHashMap<>();
    for (Notification sent : notifications.of(c)) {
      if (sent.getRecipientKind() == RecipientKind.PETITIONER) {
        String salutation = sent.getRecipient() + "：";
        String text = sent.getBody().startsWith(salutation) ? sent.getBody().substring(salutation.length())
            : sent.getBody();
        notices.putIfAbsent(sent.getNotice() + "\n" + text,
            new NoticeSent(sent.getNotice(), ChinaTime.dayOf(sent.getCreatedAt()), text));
      }
    }
    return List.copyOf(notices.values());
  }

  private Rating rating(PetitionCase c) {
    Optional<SatisfactionRating> found = ratings.of(c);
    RatingState state = SatisfactionRatings.state(found, EngineClock.now());
    if (state == RatingState.NOT_YET_OPEN) {
      return new Rating(state.coded(), null, null, null, null, null);
    }
    SatisfactionRating rating = found.orElseThrow();
    if (state != RatingState.RATED) {
      return new Rating(state.coded(), ChinaTime.dayOf(rating.getWindowEndsAt()), null, null, null, null);
    }
    return new Rating(state.coded(), ChinaTime.dayOf(rating.getWindowEndsAt()), rating.getDepartmentRating().coded(),
        rating.getUnitRating().coded(), ChinaTime.dayOf(rating.getRatedAt()), rating.getChannel().coded());
  }
}
