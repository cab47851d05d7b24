package org.xinfang.rating;

import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casefile.Actors;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.workflow.ReplySent;
import org.xinfang.workflow.ReplyWithdrawn;

/**
 * 满意度评价: the petitioner rates the petition department and the responsible unit once the reply
 * has gone out, within a window counted from the day of the reply like a legal period. Given on
 * the lookup page or recorded by the petition room from a phone call or a visit; either way once,
 * and final.
 */
@Service
@EnableConfigurationProperties(RatingProperties.class)
public class SatisfactionRatings {

  private final SatisfactionRatingRepository ratings;
  private final DueDateCalculator calculator;
  private final CaseTimeline timeline;
  private final RatingProperties properties;

  SatisfactionRatings(SatisfactionRatingRepository ratings, DueDateCalculator calculator, CaseTimeline timeline,
      RatingProperties properties) {
    this.ratings = ratings;
    this.calculator = calculator;
    this.timeline = timeline;
    this.properties = properties;
  }

  /**
   * The reply went out: the rating window opens now, and its end is fixed now, in the transaction
   * of the step that approves the reply.
   */
  @EventListener
  void replySent(ReplySent sent) {
    PetitionCase petitionCase = sent.petitionCase();
    SatisfactionRating rating = ratings.findById(petitionCase.getId())
        .orElseGet(() -> new SatisfactionRating(petitionCase.getId()));
    if (rating.getRatedAt() == null) {
      Instant repliedAt = petitionCase.getRepliedAt();
      rating.windowOpened(petitionCase.getResponsibleUnitCode(), repliedAt, windowEndsAt(repliedAt));
      ratings.save(rating);
    }
  }

  /**
   * An assigned item's completion report was returned, and with it the reply: an unrated window
   * closes until the next reply opens a new one. A rating already given stays.
   */
  @EventListener
  void replyWithdrawn(ReplyWithdrawn withdrawn) {
    ratings.findById(withdrawn.petitionCase().getId()).filter(rating -> rating.getRatedAt() == null).ifPresent(ratings::delete);
  }

  /** The end of the rating window a reply at {@code repliedAt} opens. */
  public Instant windowEndsAt(Instant repliedAt) {
    return calculator.afterDays(repliedAt, properties.windowDays());
  }

  /**
   * The rating of an imported case, as the earlier records hold it: its window opened with the
   * reply, and the ratings given on {@code ratedAt}, or none (unrated: expired once the window has ended).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void imported(PetitionCase petitionCase, Satisfaction department, Satisfaction unit, Instant ratedAt) {
    SatisfactionRating rating = new SatisfactionRating(petitionCase.getId());
    Instant repliedAt = petitionCase.getRepliedAt();
    rating.windowOpened(petitionCase.getResponsibleUnitCode(), repliedAt, windowEndsAt(repliedAt));
    if (ratedAt != null) {
      rating.rated(department, unit, RatingChannel.IMPORTED, null, ratedAt);
    }
    ratings.save(rating);
  }

  /** The case's rating, if its reply has gone out. */
  @Transactional(readOnly = true)
  public Optional<SatisfactionRating> of(PetitionCase petitionCase) {
    return ratings.findById(petitionCase.getId());
  }

  /** Where a case with this rating, or none yet, stands now. */
  public static RatingState state(Optional<SatisfactionRating> rating, Instant now) {
    return rating.map(found -> found.state(now)).orElse(RatingState.NOT_YET_OPEN);
  }

  /** The petitioner rates on the lookup page. */
  @Transactional
  public SatisfactionRating ratedByPetitioner(PetitionCase petitionCase, Satisfaction department, Satisfaction unit) {
    return rate(petitionCase, department, unit, RatingChannel.LOOKUP_PAGE, null, Actors.PETITIONER);
  }

  /** A handler of the petition room records the rating the petitioner gave by phone or in person. */
  @Transactional
  public SatisfactionRating recordedByHandler(PetitionCase petitionCase, Satisfaction department, Satisfaction unit,
      RatingChannel channel, String handler) {
    return rate(petitionCase, department, unit, channel, handler, handler);
  }

  private SatisfactionRating rate(PetitionCase petitionCase, Satisfaction department, Satisfaction unit,
      RatingChannel channel, String recordedBy, String actor) {
    Instant now = EngineClock.now();
    Optional<SatisfactionRating> found = ratings.findById(petitionCase.getId());
    switch (state(found, now)) {
      case NOT_YET_OPEN -> throw new RatingRefused("该事项尚未作出答复，答复后方可评价");
      case RATED -> throw new RatingRefused("该事项已评价，评价提交后不能更改");
      case EXPIRED_UNRATED -> throw new RatingRefused("评价期限已于"
          + ChinaTime.DAY.format(found.get().getWindowEndsAt()) + "届满，不能再评价");
      case OPEN -> { }
    }
    SatisfactionRating rating = found.get();
    rating.rated(department, unit, channel, recordedBy, now);
    try {
      ratings.saveAndFlush(rating);
    } catch (OptimisticLockingFailureException ratedMeanwhile) {
      throw new RatingRefused("该事项已评价，评价提交后不能更改");
    }
    timeline.recordAs(actor, petitionCase, EventType.RATED, "满意度评价（" + channel.label() + "）：对信访部门"
        + department.label() + "，对责任单位" + unit.label());
    return rating;
  }
}
