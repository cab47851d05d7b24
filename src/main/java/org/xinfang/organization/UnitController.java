package org.xinfang.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The responsible units, for the pickers of a registration or search form. */
@RestController
@Tag(name = "责任单位")
class UnitController {

  @Schema(description = "责任单位")
  record UnitView(
      @Schema(example = "dongcheng") String code,
      @Schema(example = "东城街道") String name,
      @Schema(description = "单位类型", example = "STREET") UnitKind kind,
      @Schema(example = "街道") String kindLabel,
      @Schema(description = "是否可作为问题发生地（乡镇、街道、农林场）") boolean place) {

    static UnitView of(Unit unit) {
      return new UnitView(unit.getCode(), unit.getName(), unit.getKind(), unit.getKind().label(),
          unit.getKind().isPlace());
    }
  }

  private final UnitDirectory directory;

  UnitController(UnitDirectory directory) {
    this.directory = directory;
  }

  @GetMapping(path = "/api/units", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "在用的责任单位", description = "按单位类型和代码排序")
  List<UnitView> activeUnits() {
    return directory.activeUnits().stream().map(UnitView::of).toList();
  }
}
