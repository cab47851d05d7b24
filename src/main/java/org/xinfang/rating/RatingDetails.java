package org.xinfang.rating;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.web.Coded;

/** A case's rating as the bureau's staff see it, with who recorded it. */
@Schema(description = "满意度评价")
record RatingDetails(
    String caseNumber,
    @Schema(description = "评价状态：NOT_YET_OPEN 尚未答复、OPEN 可以评价、RATED 已评价、EXPIRED_UNRATED 逾期未评价") Coded state,
    @Schema(description = "答复送达时间，未答复时为空") Instant repliedAt,
    @Schema(description = "评价期限最后一日，未答复时为空") LocalDate windowEndsOn,
    @Schema(description = "对信访部门的评价") Coded department,
    @Schema(description = "对责任单位的评价") Coded unit,
    Instant ratedAt,
    @Schema(description = "评价方式") Coded channel,
    @Schema(description = "记录评价的工作人员；信访人在查询页面自行评价时为空") String recordedBy) {

  static RatingDetails of(PetitionCase petitionCase, Optional<SatisfactionRating> found, Instant now) {
    RatingState state = SatisfactionRatings.state(found, now);
    if (state == RatingState.NOT_YET_OPEN) {
      return new RatingDetails(petitionCase.getCaseNumber(), state.coded(), null, null, null, null, null, null, null);
    }
    SatisfactionRating rating = found.orElseThrow();
    LocalDate windowEndsOn = ChinaTime.dayOf(rating.getWindowEndsAt());
    if (state != RatingState.RATED) {
      return new RatingDetails(petitionCase.getCaseNumber(), state.coded(), rating.getRepliedAt(), windowEndsOn,
          null, null, null, null, null);
    }
    return new RatingDetails(petitionCase.getCaseNumber(), state.coded(), rating.getRepliedAt(), windowEndsOn,
        rating.getDepartmentRating().coded(), rating.getUnitRating().coded(), rating.getRatedAt(),
        rating.getChannel().coded(), rating.getRecordedBy());
  }
}
