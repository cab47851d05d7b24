package org.xinfang.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.web.InvalidRequestProblem;

/** Before saving a registration, the registrar sees the earlier cases it may repeat. */
@RestController
@RequestMapping(path = "/api/cases/matches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "信访事项")
class MatchController {

  private final RepeatMatching matching;

  MatchController(RepeatMatching matching) {
    this.matching = matching;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "登记前比对重复信访",
      description = "以拟登记的内容比对已登记的事项：同一信访人（身份证号码、联系电话、姓名及地址）的事项，"
          + "按匹配程度和登记时间排列，逐项说明匹配理由。登记人据此在登记时填写repeatOf关联原事项，或确认为初信初访。不保存任何内容。")
  @ApiResponse(responseCode = "200", description = "可能重复的原事项，没有时为空")
  @ApiResponse(responseCode = "400", description = "比对内容不符合要求，errors逐项列出有误的字段及原因",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  List<MatchCandidate> matches(@Valid @RequestBody MatchRequest request) {
    return matching.candidates(request.petition());
  }
}
