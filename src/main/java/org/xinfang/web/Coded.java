package org.xinfang.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.function.Function;

/** A value as the API shows it: the code programs use and the Chinese label people read. */
@Schema(description = "代码及中文名称")
public record Coded(@Schema(example = "AWAITING_ROUTING") String code, @Schema(example = "待信访室处理") String label) {

  public static <E extends Enum<E>> Coded of(E value, Function<E, String> label) {
    return value == null ? null : new Coded(value.name(), label.apply(value));
  }
}
