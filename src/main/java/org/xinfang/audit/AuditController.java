package org.xinfang.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators (security.SecurityConfiguration refuses everyone else). */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "审计日志", description = "事项数据的每次变更和个人信息的每次查看，仅系统管理员可查询")
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  @Operation(summary = "查询审计日志", description = "按用户、事项编号、操作和日期筛选，按时间由新到旧分页返回")
  @ApiResponse(responseCode = "200", description = "一页审计记录")
  @ApiResponse(responseCode = "403", description = "不是系统管理员")
  AuditPage search(@Valid @ParameterObject AuditQuery query) {
    return audit.search(query);
  }
}
