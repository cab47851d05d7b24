package org.xinfang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;
import org.xinfang.web.Exports.Format;

class ExportsTest {

  @Test
  void theFormatParameterComesBeforeTheAcceptHeader() {
    assertThat(Exports.requested("xlsx", "application/json", Format.JSON, Format.XLSX)).isEqualTo(Format.XLSX);
    assertThat(Exports.requested(" XLSX ", null, Format.JSON, Format.XLSX)).isEqualTo(Format.XLSX);
    assertThat(Exports.requested("json", Exports.XLSX_VALUE, Format.JSON, Format.XLSX)).isEqualTo(Format.JSON);
  }

  @Test
  void withoutAParameterTheAcceptHeaderChoosesAndWildcardsTakeTheFirstOffered() {
    assertThat(Exports.requested(null, Exports.XLSX_VALUE, Format.JSON, Format.XLSX)).isEqualTo(Format.XLSX);
    assertThat(Exports.requested(null, "application/json, " + Exports.XLSX_VALUE + ";q=0.5", Format.PDF, Format.XLSX))
        .isEqualTo(Format.XLSX);
    assertThat(Exports.requested(null, "*/*", Format.PDF, Format.XLSX)).isEqualTo(Format.PDF);
    assertThat(Exports.requested(null, "application/*", Format.JSON, Format.XLSX)).isEqualTo(Format.JSON);
    assertThat(Exports.requested(null, "not a media type", Format.JSON, Format.XLSX)).isEqualTo(Format.JSON);
    assertThat(Exports.requested(null, null, Format.PDF, Format.XLSX)).isEqualTo(Format.PDF);
  }

  @Test
  void aFormatNotOfferedIsABadRequestNamingTheField() {
    assertThatThrownBy(() -> Exports.requested("pdf", null, Format.JSON, Format.XLSX))
        .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
          assertThat(refused.getStatusCode().value()).isEqualTo(400);
          InvalidRequestProblem problem = (InvalidRequestProblem) refused.getBody();
          assertThat(problem.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("format");
            assertThat(error.reason()).isEqualTo("应为json、xlsx");
          });
        });
  }

  @Test
  void anExportOfMoreRowsThanTheCapIsRefusedWithTheCount() {
    Exports.checkRows(Exports.MAX_ROWS);

    assertThatThrownBy(() -> Exports.checkRows(Exports.MAX_ROWS + 1))
        .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
          assertThat(refused.getStatusCode().value()).isEqualTo(400);
          assertThat(((InvalidRequestProblem) refused.getBody()).getErrors()).singleElement()
              .satisfies(error -> assertThat(error.reason()).startsWith("共5001条，超过每次导出的上限5000条"));
        });
  }

  @Test
  void theAttachmentCarriesItsChineseNameAndType() {
    var attachment = Exports.attachment(new byte[] {1}, Format.XLSX, "信访统计2025年");

    assertThat(attachment.getHeaders().getContentType()).isEqualTo(Exports.XLSX);
    assertThat(attachment.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''%E4%BF%A1%E8%AE%BF%E7%BB%9F%E8%AE%A12025%E5%B9%B4.xlsx");
  }
}
