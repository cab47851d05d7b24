package org.xinfang.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What an import did, or, in a dry run, would do. */
@Schema(description = "历史数据导入结果")
public record ImportResult(
    @Schema(description = "仅校验，未导入") boolean dryRun,
    @Schema(description = "导入（试运行时为将导入）的事项数") int imported,
    @Schema(description = "已按相同内容导入过、本次未变动的事项数") int unchanged,
    @Schema(description = "导入（试运行时为将导入）的事项编号") List<String> caseNumbers) {

  /** The audit log's line; an entry holds 4,000 characters, so a long list names its first and last numbers. */
  static String auditDetail(String fileName, List<String> numbers, int unchanged) {
    String counts = "历史数据导入：文件" + fileName + "，导入" + numbers.size() + "件，未变动" + unchanged + "件";
    String listed = "；事项编号：" + String.join("、", numbers);
    if (counts.length() + listed.length() <= 4000) {
      return counts + (numbers.isEmpty() ? "" : listed);
    }
    return counts + "；事项编号" + numbers.get(0) + "至" + numbers.get(numbers.size() - 1)
        + "（逐件见各事项的“历史数据导入”审计记录）";
  }
}
