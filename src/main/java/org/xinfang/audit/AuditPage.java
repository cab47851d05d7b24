package org.xinfang.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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
      @Schema(description = "详情；查看检举控告事项信访人的记录，对无权知悉检举人的用户不显示姓名") String detail) {}

  /** {@code accusersWithheld}: the cases whose views of personal data name nobody to this reader. */
  static AuditPage of(List<AuditEntry> entries, AuditQuery query, long total, Set<String> accusersWithheld) {
    return new AuditPage(
        entries.stream().map(e -> new Entry(e.getOccurredAt(), e.getUserId(), e.getClientAddress(), e.getAction(),
            e.getCaseNumber(), detail(e, accusersWithheld))).toList(),
        query.page(), query.size(), total, (int) ((total + query.size() - 1) / query.size()));
  }

  private static String detail(AuditEntry entry, Set<String> accusersWithheld) {
    boolean withheld = AuditLog.PERSONAL_DATA_VIEWED.equals(entry.getAction())
        && accusersWithheld.contains(entry.getCaseNumber());
    return withheld ? AuditLog.ACCUSER_WITHHELD : entry.getDetail();
  }
}
