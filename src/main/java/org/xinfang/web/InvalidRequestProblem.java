package org.xinfang.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A 400 problem detail that names each bad field of the request and what is wrong with it. */
@Schema(description = "请求内容有误")
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public class InvalidRequestProblem extends ProblemDetail {

  /** One bad field, by its JSON name (e.g. {@code petitioners[0].phone}); none when the whole request is at fault. */
  public record FieldProblem(
      @Schema(description = "字段，如petitioners[0].phone；整个请求有误时为空", example = "petitioners[0].phone") String field,
      @Schema(description = "原因", example = "应为11位手机号码，或带区号的固定电话（如0746-1234567）") String reason) {}

  private final List<FieldProblem> errors;

  public InvalidRequestProblem(List<FieldProblem> errors) {
    super(HttpStatus.BAD_REQUEST.value());
    setTitle("请求内容有误");
    setDetail("有" + errors.size() + "处不符合要求，请逐项更正");
    this.errors = List.copyOf(errors);
  }

  public List<FieldProblem> getErrors() {
    return errors;
  }
}
