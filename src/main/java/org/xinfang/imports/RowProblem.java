package org.xinfang.imports;

import io.swagger.v3.oas.annotations.media.Schema;

/** What is wrong in the file: the line (the header is line 1), the column by its header, and why. */
@Schema(description = "导入文件中的一处错误")
public record RowProblem(
    @Schema(description = "行号，表头为第1行", example = "7") int line,
    @Schema(description = "列名；整行或整个文件有误时为空", example = "登记日期") String column,
    @Schema(description = "原因", example = "日期应写作yyyy-MM-dd，如2024-03-05") String reason) {}
