package org.xinfang.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A case's 满意度评价: created when the reply goes out, with the end of the rating window fixed then,
 * so that a later change of the window's length does not move windows already running. Rated once:
 * a rating is final, like the reply it rates.
 */
@Entity
@Table(name = "satisfaction_rating")
public class SatisfactionRating {

  @Id
  private Long caseId;

  private String unitCode;
  private Instant repliedAt;
  private Instant windowEndsAt;

  @Enumerated(EnumType.STRING)
  private Satisfaction departmentRating;

  @Enumerated(EnumType.STRING)
  private Satisfaction unitRating;

  private Instant ratedAt;

  @Enumerated(EnumType.STRING)
  private RatingChannel channel;

  private String recordedBy;

  @Version
  private long version;

  protected SatisfactionRating() {}

  SatisfactionRating(Long caseId) {
    this.caseId = caseId;
  }

  /** The reply went out: the window starts. */
  void windowOpened(String unitCode, Instant repliedAt, Instant windowEndsAt) {
    this.unitCode = unitCode;
    this.repliedAt = repliedAt;
    this.windowEndsAt = windowEndsAt;
  }

  void rated(Satisfaction department, Satisfaction unit, RatingChannel channel, String recordedBy, Instant at) {
    this.departmentRating = department;
    this.unitRating = unit;
    this.channel = channel;
    this.recordedBy = recordedBy;
    this.ratedAt = at;
  }

  public RatingState state(Instant now) {
    if (ratedAt != null) {
      return RatingState.RATED;
    }
    return now.isAfter(windowEndsAt) ? RatingState.EXPIRED_UNRATED : RatingState.OPEN;
  }

  public Long getCaseId() { return caseId; }
  public String getUnitCode() { return unitCode; }
  public Instant getRepliedAt() { return repliedAt; }
  public Instant getWindowEndsAt() { return windowEndsAt; }
  public Satisfaction getDepartmentRating() { return departmentRating; }
  public Satisfaction getUnitRating() { return unitRating; }
  public Instant getRatedAt() { return ratedAt; }
  public RatingChannel getChannel() { return channel; }
  public String getRecordedBy() { return recordedBy; }
}
