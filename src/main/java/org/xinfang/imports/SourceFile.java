package org.xinfang.imports;

import java.util.List;
import java.util.Map;

/**
 * A file as read, before any check of its values: the header row and each data row's cells by
 * header, with the line it starts on (the header is line 1). Empty cells are absent.
 */
record SourceFile(List<String> headers, List<Row> rows) {

  record Row(int line, Map<String, String> cells) {}
}
