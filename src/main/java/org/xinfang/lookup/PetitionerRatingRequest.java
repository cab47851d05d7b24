package org.xinfang.lookup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.xinfang.rating.Satisfaction;

/** The petitioner's rating on the lookup page, opened with the case number and query code. */
@Schema(description = "信访人满意度评价")
record PetitionerRatingRequest(
    @Valid @NotNull(message = "必须填写") LookupRequest lookup,
    @Schema(description = "对信访部门的评价") @NotNull(message = "必须填写") Satisfaction department,
    @Schema(description = "对责任单位的评价") @NotNull(message = "必须填写") Satisfaction unit) {}
