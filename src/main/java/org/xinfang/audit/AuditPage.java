package org.xinfang.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One page of the audit log, newest first. */
@Schema(description = "审计日志的一页，按时间由新到旧")
public record AuditPage(List<Entry> content, int page, int size, long totalElements, int totalPages) {

  @Schema(description = "一条审计记录")
  public record Entry(
      Instant occurredAt,
      @Schema(description = "用户；定时任务等无人操作时为system") String user,
      @Schema(description = "客户端地址；流程引擎自动执行时为engine") String clientAddress,
      @Schema(description = "操作：办理过程的记录类型，或PERSONAL_DATA_VIEWED（查看完整身份证号和电话）") String action,
      String caseNumber,
      String detail) {}

  static AuditPage of(List<AuditEntry> entries, AuditQuery query, long total) {
    return new AuditPage(
        entries.stream().map(e -> new Entry(e.getOccurredAt(), e.getUserId(), e.getClientAddress(), e.getAction(),
            e.getCaseNumber(), e.getDetail())).toList(),
        query.page(), query.size(), total, (int) ((total + query.size() - 1) / query.size()));
  }
}
