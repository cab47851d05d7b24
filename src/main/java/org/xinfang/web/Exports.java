package org.xinfang.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

/**
 * How the API hands out a table or a report as a file: the formats an address offers, chosen by
 * {@code ?format=} or else by the Accept header; the most rows one export holds; the attachment.
 */
public final class Exports {

  public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

  /**
   * The most rows one export holds: a year of a district's items, far more than anyone reads in a
   * spreadsheet, and a workbook the server builds in memory in a moment.
   */
  public static final int MAX_ROWS = 5000;

  /** The formats an address may offer. */
  public enum Format {
    JSON(MediaType.APPLICATION_JSON, "json"),
    XLSX(Exports.XLSX, "xlsx"),
    PDF(MediaType.APPLICATION_PDF, "pdf");

    private final MediaType mediaType;
    private final String extension;

    Format(MediaType mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public MediaType mediaType() {
      return mediaType;
    }
  }

  private Exports() {}

  /**
   * The format asked for: {@code format} if given (one not offered is a 400 naming the field), else
   * the first offered that the Accept header names exactly, else the first offered.
   */
  public static Format requested(String format, String accept, Format... offered) {
    List<Format> formats = Arrays.asList(offered);
    if (format != null && !format.isBlank()) {
      return formats.stream()
          .filter(candidate -> candidate.extension.equalsIgnoreCase(format.strip()))
          .findFirst()
          .orElseThrow(() -> new ErrorResponseException(HttpStatus.BAD_REQUEST, new InvalidRequestProblem(List.of(
              new FieldProblem("format", "应为" + formats.stream().map(f -> f.extension)
                  .collect(Collectors.joining("、"))))), null));
    }
    List<MediaType> accepted = accepted(accept);
    return formats.stream()
        .filter(candidate -> accepted.stream().anyMatch(type -> !type.isWildcardType() && !type.isWildcardSubtype()
            && type.equalsTypeAndSubtype(candidate.mediaType)))
        .findFirst()
        .orElse(formats.get(0));
  }

  /** The file as a download named {@code baseName} with the format's extension. */
  public static ResponseEntity<byte[]> attachment(byte[] content, Format format, String baseName) {
    return ResponseEntity.ok()
        .contentType(format.mediaType)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(baseName + "." + format.extension, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }

  /** Refuses an export of {@code rows} rows when they are more than {@link #MAX_ROWS}. */
  public static void checkRows(long rows) {
    if (rows > MAX_ROWS) {
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST, new InvalidRequestProblem(List.of(new FieldProblem(null,
          "共" + rows + "条，超过每次导出的上限" + MAX_ROWS + "条，请缩小查询范围后分次导出"))), null);
    }
  }

  private static List<MediaType> accepted(String accept) {
    if (accept == null || accept.isBlank()) {
      return List.of();
    }
    try {
      return MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException unreadable) {
      return List.of();
    }
  }
}
