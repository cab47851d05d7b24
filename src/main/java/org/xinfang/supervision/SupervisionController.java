package org.xinfang.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.supervision.DeadlineWatch.Watch;

@RestController
@Tag(name = "督查督办")
class SupervisionController {

  /** How far ahead "due soon" looks. */
  record Horizon(
      @Schema(description = "即将到期的范围：今天起若干日内届满，1至30", defaultValue = "3")
      @Min(value = 1, message = "不能小于1") @Max(value = 30, message = "不能大于30") Integer withinDays) {

    Horizon {
      withinDays = withinDays == null ? 3 : withinDays;
    }
  }

  private final DeadlineWatch watch;

  SupervisionController(DeadlineWatch watch) {
    this.watch = watch;
  }

  @GetMapping(path = "/api/supervision/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "已超期和即将到期的信访事项，按单位计数",
      description = "正在计算法定期限的事项中，期限已届满的和今天起若干日内届满的，按须办理的单位计数")
  Watch deadlines(@Valid @ParameterObject Horizon horizon) {
    return watch.watch(horizon.withinDays());
  }
}
