package org.xinfang.rating;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A rating the petitioner gave by phone or in person, as the petition room's handler records it. */
@Schema(description = "信访人以电话或当面方式作出的满意度评价")
record RatingRecord(
    @Schema(description = "对信访部门的评价") @NotNull(message = "必须填写") Satisfaction department,
    @Schema(description = "对责任单位的评价") @NotNull(message = "必须填写") Satisfaction unit,
    @Schema(description = "评价方式") @NotNull(message = "必须填写") Channel channel) {

  /** The ways a handler hears a rating; the lookup page's ratings are the petitioner's own. */
  enum Channel {
    PHONE(RatingChannel.PHONE),
    VISIT(RatingChannel.VISIT);

    private final RatingChannel channel;

    Channel(RatingChannel channel) {
      this.channel = channel;
    }
  }

  RatingChannel ratingChannel() {
    return channel.channel;
  }
}
