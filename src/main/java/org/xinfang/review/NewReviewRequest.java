package org.xinfang.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A request for review or re-review as the petition room records it. */
@Schema(description = "复查或复核申请")
public record NewReviewRequest(
    @Schema(description = "信访人提出请求之日（中国标准时间）；不填为今天", example = "2026-09-10")
    LocalDate requestedOn,
    @Schema(description = "信访人收到处理意见书（申请复核时为复查意见书）之日，以送达回证为准；"
        + "不填为意见书作出之日", example = "2026-09-01")
    LocalDate receivedOn) {}
