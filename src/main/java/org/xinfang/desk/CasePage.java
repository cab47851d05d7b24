package org.xinfang.desk;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a case list, newest first. */
@Schema(description = "事项列表的一页，按登记时间由新到旧")
record CasePage(
    List<CaseSummary> content,
    @Schema(description = "页码，从0开始") int page,
    int size,
    long totalElements,
    int totalPages) {

  static CasePage of(Page<CaseSummary> page) {
    return new CasePage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
        page.getTotalPages());
  }
}
