package org.xinfang.instruction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.web.InvalidRequestProblem;

/** Leaders' instructions on a case. Who may instruct is stated in the API security rules. */
@RestController
@RequestMapping(path = "/api/cases/{caseNumber}/instructions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "领导批示", description = "局领导、区领导对信访事项作出批示，跟踪落实至办结")
class InstructionController {

  private final LeaderInstructions instructions;

  InstructionController(LeaderInstructions instructions) {
    this.instructions = instructions;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "作出领导批示（仅局领导、区领导）",
      description = "记录批示并启动落实流程：落实单位在期限内落实并报告，批示领导（或调纠室代为）确认；逾期未落实的转入督办")
  @ApiResponse(responseCode = "201", description = "已记录")
  @ApiResponse(responseCode = "400", description = "批示内容不符合要求，errors逐项列出有误的字段及原因；不保存任何内容",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  @ApiResponse(responseCode = "403", description = "不是局领导或区领导",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "没有这个编号的事项",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<InstructionView> instruct(@PathVariable String caseNumber,
      @Valid @RequestBody InstructionRequest request, Authentication leader) {
    List<String> groups = leader.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    InstructionView view = InstructionView.of(instructions.record(caseNumber, request, leader.getName(), groups));
    return ResponseEntity
        .created(UriComponentsBuilder.fromPath("/api/cases/{caseNumber}/instructions").build(caseNumber))
        .body(view);
  }

  @GetMapping
  @Operation(summary = "查看事项的领导批示及落实情况", description = "按批示先后")
  @ApiResponse(responseCode = "200", description = "批示")
  @ApiResponse(responseCode = "404", description = "没有这个编号的事项",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  List<InstructionView> list(@PathVariable String caseNumber) {
    return instructions.of(caseNumber).stream().map(InstructionView::of).toList();
  }
}
