package org.xinfang.desk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.casefile.RegistrationRequest;
import org.xinfang.desk.CaseDetails.PetitionerView;
import org.xinfang.web.Exports;
import org.xinfang.web.Exports.Format;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.workflow.CaseRegistration;

/** Intake and lookup of petition cases. The registrar is the authenticated user. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "信访事项", description = "登记信访事项，查询事项及其办理过程")
class CaseController {

  private final CaseRegistration registration;
  private final CaseLookup lookup;

  CaseController(CaseRegistration registration, CaseLookup lookup) {
    this.registration = registration;
    this.lookup = lookup;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "登记信访事项", description = "登记事项并启动办理流程，事项编号即流程的业务标识。返回的查询码只显示这一次。")
  @ApiResponse(responseCode = "201", description = "已登记")
  @ApiResponse(responseCode = "400", description = "登记内容不符合要求，errors逐项列出有误的字段及原因；不保存任何内容",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  ResponseEntity<RegistrationReceipt> register(@Valid @RequestBody RegistrationRequest request) {
    RegistrationReceipt receipt = RegistrationReceipt.of(registration.register(request.toIntake()));
    return ResponseEntity
        .created(UriComponentsBuilder.fromPath("/api/cases/{caseNumber}").build(receipt.caseNumber()))
        .body(receipt);
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "查看信访事项", description = "事项登记内容、各法定期限及是否按期、处理结果、办理过程和通知的发送情况")
  @ApiResponse(responseCode = "200", description = "事项")
  @ApiResponse(responseCode = "404", description = "没有这个编号的事项",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  CaseDetails details(@PathVariable String caseNumber) {
    return lookup.details(caseNumber);
  }

  @GetMapping("/{caseNumber}/petitioners")
  @Operation(summary = "查看信访人的完整身份证号和联系电话",
      description = "仅信访室可查看，每次查看都记入审计日志。事项详情中这些号码部分隐去")
  @ApiResponse(responseCode = "200", description = "信访人")
  @ApiResponse(responseCode = "403", description = "不是信访室工作人员",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "没有这个编号的事项",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  List<PetitionerView> petitioners(@PathVariable String caseNumber) {
    return lookup.petitioners(caseNumber);
  }

  @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, Exports.XLSX_VALUE})
  @Operation(summary = "查询信访事项列表", description = "按条件筛选，按登记时间由新到旧分页返回，或导出为Excel工作簿")
  @ApiResponse(responseCode = "200", description = "一页事项，或全部事项的Excel工作簿", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CasePage.class)),
      @Content(mediaType = Exports.XLSX_VALUE, schema = @Schema(type = "string", format = "binary"))})
  @ApiResponse(responseCode = "400", description = "查询条件有误，或导出的事项超过上限",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  ResponseEntity<?> search(@Valid @ParameterObject CaseSearch search,
      @Parameter(description = "导出格式：xlsx为Excel工作簿，含全部页（最多" + Exports.MAX_ROWS
          + "件）及信访人姓名（号码部分隐去），导出记入审计日志；也可用Accept请求头指定")
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    if (Exports.requested(format, accept, Format.JSON, Format.XLSX) == Format.XLSX) {
      return Exports.attachment(lookup.export(search), Format.XLSX, "信访事项");
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(lookup.search(search));
  }
}
