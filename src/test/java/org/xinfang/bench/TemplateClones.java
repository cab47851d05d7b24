package org.xinfang.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies the rows a real case left in a table to many new cases in one INSERT … SELECT, so the
 * copies are what the engine and the application would have written: every column filled as they
 * fill it. A mapping table names, for each copy, the model's key (a process instance or a case id),
 * the new case and how far its times move. In each row of a copy:
 *
 * <ul>
 *   <li>an engine id (a UUID, possibly behind an activity id) keeps its length and its time part and
 *       takes the new case's twelve hex digits as its last part, so ids stay unique and every
 *       reference between the copied rows still meets its row;
 *   <li>every time moves by the copy's shift, and so does a date variable; a day (a limit's last day,
 *       the day its count began) becomes the day its last moment falls on after the shift;
 *   <li>text naming the model's case number, unit code or unit name names the new ones (business
 *       keys, candidate groups, task variables, timeline entries);
 *   <li>an engine id an application row names (a task in the timeline, a process in a limit's key)
 *       names the copied one;
 *   <li>the case id is the new case's; an application table's own generated id is left to the
 *       database.
 * </ul>
 */
final class TemplateClones {

  /** Columns that hold the id of an instance-specific engine row. */
  private static final Set<String> ENGINE_IDS = Set.of("id_", "root_proc_inst_id_", "proc_inst_id_",
      "process_instance_id_", "execution_id_", "parent_id_", "act_inst_id_", "task_id_", "parent_task_id_",
      "bytearray_id_", "exception_stack_id_", "parent_act_inst_id_", "call_proc_inst_id_",
      "super_process_instance_id_", "super_exec_", "resource_id_", "last_failure_log_id_", "var_scope_");

  private final JdbcTemplate jdbc;

  TemplateClones(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Copies an engine table's rows of the model process instances in {@code mapping} (columns
   * tpl_pi, node, shift, and the text pairs of {@link #replaced}).
   *
   * @param owner the SQL expression over the table's row {@code t} that names its process instance
   */
  long engineRows(String table, String owner, String mapping) {
    String models = "bench_models_" + table;
    jdbc.execute("drop table if exists " + models);
    jdbc.execute("create temp table " + models + " as select t.*, " + owner + " as bench_owner from " + table
        + " t where " + owner + " in (select tpl_pi from " + mapping + ")");
    List<Column> columns = columns(table);
    String values = columns.stream().map(column -> engineValue(column, columns)).collect(Collectors.joining(", "));
    return insert(table, columns, values, models, mapping, "m.tpl_pi = t.bench_owner");
  }

  /** Copies an application table's rows of the model cases in {@code mapping} (column tpl_case_id). */
  long caseRows(String table, String mapping) {
    List<Column> columns = columns(table).stream()
        .filter(column -> !(column.name().equals("id") && column.generated()))
        .toList();
    String values = columns.stream().map(TemplateClones::caseValue).collect(Collectors.joining(", "));
    return insert(table, columns, values, table, mapping, "m.tpl_case_id = t.case_id");
  }

  private long insert(String table, List<Column> columns, String values, String source, String mapping,
      String join) {
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    return jdbc.update("insert into " + table + " (" + names + ") select " + values + " from " + source + " t join "
        + mapping + " m on " + join);
  }

  private static String engineValue(Column column, List<Column> all) {
    String name = "t." + column.name();
    if (ENGINE_IDS.contains(column.name())) {
      return "left(" + name + ", length(" + name + ") - 12) || m.node";
    }
    if (column.name().equals("long_") && all.stream().anyMatch(other -> other.name().equals("type_"))) {
      return "case when t.type_ = 'date' then t.long_ + (extract(epoch from m.shift) * 1000)::bigint else t.long_ end";
    }
    return common(column, name);
  }

  private static String caseValue(Column column) {
    String name = "t." + column.name();
    if (column.name().equals("case_id")) {
      return "m.case_id";
    }
    if (column.type().equals("character varying")) {
      return "regexp_replace(" + common(column, name) + ", '" + ENGINE_ID + "', '\\1' || m.node, 'g')";
    }
    return common(column, name);
  }

  /** An engine id (a UUID) with its last twelve hex digits apart, as {@link #engineValue} rewrites it. */
  private static final String ENGINE_ID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{12}";

  private static String common(Column column, String name) {
    if (column.type().startsWith("timestamp")) {
      return name + " + m.shift";
    }
    if (column.type().equals("date")) {
      return "(" + name + " + time '23:59:59' + m.shift)::date";
    }
    if (column.type().equals("character varying") || column.type().equals("text")) {
      return replaced(name);
    }
    return name;
  }

  /** The model's case number, unit code and unit name become the copy's. */
  private static String replaced(String name) {
    return "replace(replace(replace(" + name + ", m.tpl_case_number, m.case_number), "
        + "coalesce(m.tpl_unit, chr(1)), coalesce(m.unit, chr(1))), "
        + "coalesce(m.tpl_unit_name, chr(1)), coalesce(m.unit_name, chr(1)))";
  }

  private record Column(String name, String type, boolean generated) {}

  private List<Column> columns(String table) {
    return jdbc.query("""
        select column_name, data_type, is_identity = 'YES'
        from information_schema.columns
        where table_schema = current_schema() and table_name = ?
        order by ordinal_position""",
        (row, i) -> new Column(row.getString(1), row.getString(2), row.getBoolean(3)), table);
  }
}
