package org.xinfang.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.xinfang.web.Coded;

/** A request for review or re-review as the API shows it, with every date and the opinion. */
@Schema(description = "复查或复核申请及其办理")
public record ReviewEntry(
    @Schema(description = "复查或复核") Coded stage,
    @Schema(description = "信访人提出请求之日") LocalDate requestedOn,
    @Schema(description = "信访人收到处理意见书（复核：复查意见书）之日") LocalDate receivedOn,
    Instant recordedAt,
    String recordedBy,
    @Schema(description = "申请期限的最后一日，遇休息日已顺延") LocalDate windowLastDay,
    @Schema(description = "是否受理") boolean accepted,
    @Schema(description = "不予受理的原因") String refusalReason,
    @Schema(description = "复查（复核）期限，未经听证延长时的届满时间") Instant originalAnswerDueAt,
    @Schema(description = "复查（复核）期限届满时间，听证日数不计入") Instant answerDueAt,
    @Schema(description = "出具意见书的时间") Instant answeredAt,
    @Schema(description = "是否按期出具意见书；尚未出具且期限未届满时为空") Boolean answerMet,
    @Schema(description = "结论") Coded conclusion,
    @Schema(description = "复查（复核）意见") String opinion,
    @Schema(description = "听证，未决定听证时为空") Hearing hearing) {

  @Schema(description = "复核中的听证（《信访工作条例》第三十六条），听证日数不计入复核期限")
  public record Hearing(Instant decidedAt, String reason, LocalDate from, LocalDate to,
      @Schema(description = "听证日数，首尾两日均计入") int days, String record) {}

  static ReviewEntry of(ReviewRequest r) {
    return new ReviewEntry(
        new Coded(r.getStage().name(), r.getStage().label()),
        r.getRequestedOn(), r.getReceivedOn(), r.getRecordedAt(), r.getRecordedBy(),
        r.getWindowLastDay(), Boolean.TRUE.equals(r.getAccepted()), r.getRefusalReason(),
        r.getOriginalAnswerDueAt(), r.getAnswerDueAt(), r.getAnsweredAt(), r.getAnswerMet(),
        r.getConclusion() == null ? null : new Coded(r.getConclusion().name(), r.getConclusion().label()),
        r.getOpinion(),
        r.getHearingDecidedAt() == null ? null : new Hearing(r.getHearingDecidedAt(), r.getHearingReason(),
            r.getHearingFrom(), r.getHearingTo(), r.hearingDays(), r.getHearingRecord()));
  }
}
