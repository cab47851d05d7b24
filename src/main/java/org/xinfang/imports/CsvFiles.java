package org.xinfang.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of CSV as RFC 4180 writes it, in UTF-8 with or without a byte-order mark: fields
 * separated by commas, records by CRLF or LF, a field that holds a comma, a quote or a line break
 * enclosed in double quotes, a quote inside doubled. Anything else (a stray quote, a quoted field
 * left open, bytes that are not UTF-8) refuses the file with the line where it happens.
 */
final class CsvFiles {

  private CsvFiles() {}

  static List<SourceLines.Line> read(byte[] bytes) {
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<SourceLines.Line> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      switch (c) {
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          afterQuote = false;
        }
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            throw new ImportFileRefused(line, "换行符有误：应为CRLF或LF");
          }
        }
        case '\n' -> {
          fields.add(field.toString());
          records.add(new SourceLines.Line(recordLine, List.copyOf(fields)));
          fields.clear();
          field.setLength(0);
          afterQuote = false;
          line++;
          recordLine = line;
        }
        case '"' -> {
          if (field.length() > 0 || afterQuote) {
            throw new ImportFileRefused(line, "引号位置有误：含引号的字段应整体用双引号括起，字段内的引号写作两个双引号");
          }
          quoted = true;
        }
        default -> {
          if (afterQuote) {
            throw new ImportFileRefused(line, "引号位置有误：右引号后应紧接逗号或换行");
          }
          field.append(c);
        }
      }
    }
    if (quoted) {
      throw new ImportFileRefused(recordLine, "引号未闭合：从这一行开始的字段缺少右引号");
    }
    if (field.length() > 0 || !fields.isEmpty() || afterQuote) {
      fields.add(field.toString());
      records.add(new SourceLines.Line(recordLine, List.copyOf(fields)));
    }
    return records;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new ImportFileRefused(1, "文件不是UTF-8编码：请在保存CSV时选择“CSV UTF-8”");
    }
  }
}
