package org.xinfang.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.web.PlainText;

/** Administrators and the office import closed cases of earlier years (see docs/import.md). */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "历史数据导入")
class ImportController {

  private final CaseImport caseImport;

  ImportController(CaseImport caseImport) {
    this.caseImport = caseImport;
  }

  @Operation(summary = "导入已办结的历史信访事项（.xlsx或UTF-8编码的.csv）；有错误时整个文件不导入")
  @PostMapping(path = "/cases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportResult importCases(@RequestPart("file") MultipartFile file,
      @Parameter(description = "仅校验，不导入") @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
    String name = file.getOriginalFilename();
    if (name == null || name.isBlank() || name.length() > 200 || !PlainText.Check.isPlain(name, false)) {
      throw new ImportFileRefused(1, "文件名应为不超过200个字的普通文字，以.xlsx或.csv结尾");
    }
    return caseImport.importFile(name.strip(), file.getBytes(), dryRun);
  }

  @ExceptionHandler(ImportFileRefused.class)
  ResponseEntity<ImportProblem> refused(ImportFileRefused refused) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(new ImportProblem(refused.problems()));
  }
}
