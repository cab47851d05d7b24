package org.xinfang.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.web.PlainText;

/**
 * The responsible units: read by everyone for the pickers of a registration or search form,
 * created and changed by administrators (the security configuration says who may write).
 */
@RestController
@RequestMapping(path = "/api/units", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "责任单位", description = "查询责任单位；系统管理员新建、更名、停用或重新启用责任单位")
class UnitController {

  @Schema(description = "责任单位")
  record UnitView(
      @Schema(example = "dongcheng") String code,
      @Schema(example = "东城街道") String name,
      @Schema(description = "单位类型", example = "STREET") UnitKind kind,
      @Schema(example = "街道") String kindLabel,
      @Schema(description = "是否可作为问题发生地（乡镇、街道、农林场）") boolean place,
      @Schema(description = "是否在用；停用的单位不再接收新的转送交办事项") boolean active) {

    static UnitView of(Unit unit) {
      return new UnitView(unit.getCode(), unit.getName(), unit.getKind(), unit.getKind().label(),
          unit.getKind().isPlace(), unit.isActive());
    }
  }

  @Schema(description = "新建责任单位")
  record NewUnit(
      @Schema(description = "单位代码，也是其经办人组、负责人组标识的一部分（unit-代码-handlers），建立后不能修改",
          example = "dongcheng")
      @NotNull(message = "必须填写")
      @Pattern(regexp = Unit.CODE_PATTERN, message = "应为2至40个字符，以小写字母开头，只含小写字母、数字和连字符")
      String code,
      @Schema(example = "东城街道办事处") @NotBlank(message = "必须填写") @Size(max = 100, message = "不能超过100个字")
      @PlainText String name,
      @Schema(description = "单位类型") @NotNull(message = "必须填写") UnitKind kind) {

    NewUnit {
      name = trimmed(name);
    }
  }

  @Schema(description = "修改责任单位：名称及是否在用")
  record UnitChange(
      @Schema(example = "东城街道办事处") @NotBlank(message = "必须填写") @Size(max = 100, message = "不能超过100个字")
      @PlainText String name,
      @Schema(description = "是否在用；停用后不再出现在单位列表中，已有事项及其记录不受影响")
      @NotNull(message = "必须填写") Boolean active) {

    UnitChange {
      name = trimmed(name);
    }
  }

  private final UnitDirectory directory;

  UnitController(UnitDirectory directory) {
    this.directory = directory;
  }

  @GetMapping
  @Operation(summary = "在用的责任单位", description = "按单位类型和代码排序")
  List<UnitView> activeUnits() {
    return directory.activeUnits().stream().map(UnitView::of).toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "查看责任单位", description = "在用或已停用的单位")
  @ApiResponse(responseCode = "200", description = "单位")
  @ApiResponse(responseCode = "404", description = "没有这个代码的单位", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  UnitView unit(@PathVariable String code) {
    return UnitView.of(directory.unit(code));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "新建责任单位（系统管理员）",
      description = "同时建立单位的经办人组unit-代码-handlers和负责人组unit-代码-leaders，组名随单位名称")
  @ApiResponse(responseCode = "201", description = "已建立")
  @ApiResponse(responseCode = "400", description = "内容不符合要求，errors逐项列出有误的字段及原因")
  @ApiResponse(responseCode = "403", description = "不是系统管理员")
  @ApiResponse(responseCode = "409", description = "代码或名称已被其他单位使用")
  ResponseEntity<UnitView> create(@Valid @RequestBody NewUnit request) {
    Unit unit = directory.create(request.code(), request.name(), request.kind());
    return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/units/{code}").build(unit.getCode()))
        .body(UnitView.of(unit));
  }

  @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "修改责任单位（系统管理员）",
      description = "更改名称（两个组的组名随之更改），停用或重新启用。停用的单位不再出现在单位列表中，不能再被选为责任单位或问题发生地，"
          + "已转送交办的事项仍由其办理完毕")
  @ApiResponse(responseCode = "200", description = "已修改")
  @ApiResponse(responseCode = "400", description = "内容不符合要求，errors逐项列出有误的字段及原因")
  @ApiResponse(responseCode = "403", description = "不是系统管理员")
  @ApiResponse(responseCode = "404", description = "没有这个代码的单位")
  @ApiResponse(responseCode = "409", description = "名称已被其他单位使用")
  UnitView change(@PathVariable String code, @Valid @RequestBody UnitChange request) {
    return UnitView.of(directory.change(code, request.name(), request.active()));
  }

  @ExceptionHandler(UnitConflictException.class)
  ResponseEntity<ProblemDetail> conflict(UnitConflictException ex) {
    return problem(HttpStatus.CONFLICT, "与其他责任单位重复", ex);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, RuntimeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle(title);
    return ResponseEntity.status(status).body(problem);
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
