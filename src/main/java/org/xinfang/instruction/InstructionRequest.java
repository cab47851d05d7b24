package org.xinfang.instruction;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfang.web.PlainText;

/** A leader's instruction as the API takes it. Whether the addressee fits the case is checked when it is recorded. */
@Schema(description = "领导批示")
public record InstructionRequest(
    @Schema(description = "批示内容", example = "请城北街道主要负责人亲自过问，依法妥善处理。")
    @NotBlank(message = "必须填写") @Size(max = 2000, message = "不能超过2000个字") @PlainText(multiline = true)
    String text,
    @Schema(description = "落实单位：本事项责任单位的单位代码，或局内科室petition-room（信访室）、mediation-room（调纠室）、office（办公室）",
        example = "dongcheng")
    @NotBlank(message = "必须填写") @Size(max = 40, message = "不能超过40个字符") @PlainText String addressee,
    @Schema(description = "落实期限（日），自批示次日起算", example = "10")
    @NotNull(message = "必须填写") @Min(value = 1, message = "必须在1到60天之间") @Max(value = 60, message = "必须在1到60天之间")
    Integer days) {

  /** Blank text counts as missing, whatever the blank (a full-width space too); the rest is trimmed. */
  public InstructionRequest {
    text = trimmed(text);
    addressee = trimmed(addressee);
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
