package org.xinfang.imports;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457: the file was refused, with every bad line, column and reason; nothing of it was imported. */
@Schema(description = "导入文件有误")
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public class ImportProblem extends ProblemDetail {

  private final List<RowProblem> errors;

  ImportProblem(List<RowProblem> errors) {
    super(HttpStatus.BAD_REQUEST.value());
    setTitle("导入文件有误");
    setDetail("有" + errors.size() + "处不符合要求，整个文件未导入；请逐项更正后重新上传");
    this.errors = List.copyOf(errors);
  }

  public List<RowProblem> getErrors() {
    return errors;
  }
}
