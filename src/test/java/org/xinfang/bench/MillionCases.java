package org.xinfang.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A district's million cases, written by the database itself (generate_series, INSERT … SELECT):
 * closed cases spread over the years since 2020 with the district's units, channels, classes,
 * subjects, met and missed limits, ratings, reviews and repeats, their timeline and audit lines and
 * the engine's history of a closed case; and open cases, each a copy of one of the demo cases the
 * real process built (record, timeline, notices, rating, instruction, review, running limits, and
 * every runtime row of its process instances: executions, tasks with candidate groups,
 * authorizations and variables, timers, history), registered within the last few days.
 */
final class MillionCases {

  /** Demo cases open today (DemoCases), the model of an open case, with how often each stage occurs. */
  private static final Map<String, Double> OPEN_MODELS = new LinkedHashMap<>();

  static {
    OPEN_MODELS.put("AWAITING_ROUTING", 0.24);
    OPEN_MODELS.put("AWAITING_ROUTING overdue", 0.02);
    OPEN_MODELS.put("AWAITING_ACCEPTANCE", 0.15);
    OPEN_MODELS.put("IN_HANDLING", 0.36);
    OPEN_MODELS.put("IN_HANDLING overdue", 0.03);
    OPEN_MODELS.put("EXTENSION_PENDING", 0.04);
    OPEN_MODELS.put("REPLY_PENDING_APPROVAL", 0.08);
    OPEN_MODELS.put("REPORT_PENDING_REVIEW", 0.04);
    OPEN_MODELS.put("UNDER_REVIEW", 0.04);
  }

  /** The engine tables of a running case, each with the process instance its row belongs to. */
  private static final Map<String, String> RUNTIME_TABLES = new LinkedHashMap<>();
  /** The history real use leaves of any case, open or closed. */
  private static final Map<String, String> HISTORY_TABLES = new LinkedHashMap<>();

  static {
    RUNTIME_TABLES.put("act_ru_execution", "t.proc_inst_id_");
    RUNTIME_TABLES.put("act_ru_task", "t.proc_inst_id_");
    RUNTIME_TABLES.put("act_ge_bytearray",
        "(select v.proc_inst_id_ from act_ru_variable v where v.bytearray_id_ = t.id_ limit 1)");
    RUNTIME_TABLES.put("act_ru_variable", "t.proc_inst_id_");
    RUNTIME_TABLES.put("act_ru_job", "t.process_instance_id_");
    RUNTIME_TABLES.put("act_ru_event_subscr", "t.proc_inst_id_");
    RUNTIME_TABLES.put("act_ru_identitylink", "(select k.proc_inst_id_ from act_ru_task k where k.id_ = t.task_id_)");
    RUNTIME_TABLES.put("act_ru_authorization",
        "(select k.proc_inst_id_ from act_ru_task k where k.id_ = t.resource_id_)");
    HISTORY_TABLES.put("act_hi_procinst", "t.proc_inst_id_");
    HISTORY_TABLES.put("act_hi_taskinst", "t.proc_inst_id_");
    HISTORY_TABLES.put("act_hi_actinst", "t.proc_inst_id_");
  }

  /** The application's tables that hang on a case, copied with an open case's model. */
  private static final List<String> CASE_TABLES = List.of("case_event", "notification", "satisfaction_rating",
      "review_request", "leader_instruction", "running_limit");

  private final JdbcTemplate jdbc;
  private final TemplateClones clones;
  private final Map<String, Long> written = new LinkedHashMap<>();

  MillionCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.clones = new TemplateClones(jdbc);
  }

  long caseCount() {
    return jdbc.queryForObject("select count(*) from petition_case", Long.class);
  }

  /** Writes {@code closed} closed and {@code open} open cases; returns the rows written per step. */
  Map<String, Long> generate(int closed, int open) {
    dropStaging();
    jdbc.execute("set synchronous_commit = off");
    jdbc.execute("set maintenance_work_mem = '256MB'");
    List<String> indexes = dropSecondaryIndexes();
    step("staging: open cases and their models", () -> jdbc.update(openCases(open)));
    step("staging: closed cases", () -> jdbc.update(CLOSED_DRAWS, closed));
    step("staging: case numbers", () -> jdbc.update(NUMBERS));
    step("staging: closed cases' facts", () -> jdbc.update(CLOSED_FACTS));
    for (String mapping : MAPPINGS) {
      step("staging: copies' mapping", () -> jdbc.update(mapping));
    }
    step("petition_case (open)", () -> jdbc.update(OPEN_RECORDS));
    step("petition_case (closed)", () -> jdbc.update(CLOSED_RECORDS));
    step("petitioner", () -> jdbc.update(PETITIONERS));
    for (String table : CASE_TABLES) {
      step(table + " (open)", () -> clones.caseRows(table, "bench_case_map"));
    }
    step("case_event (closed)", () -> jdbc.update(CLOSED_TIMELINE));
    step("satisfaction_rating (closed)", () -> jdbc.update(CLOSED_RATINGS));
    step("review_request (closed)", () -> jdbc.update(CLOSED_REVIEWS));
    step("audit_entry", () -> jdbc.update(AUDIT));
    RUNTIME_TABLES.forEach((table, owner) ->
        step(table + " (open)", () -> clones.engineRows(table, owner, "bench_open_pi")));
    HISTORY_TABLES.forEach((table, owner) ->
        step(table + " (open and closed)", () -> clones.engineRows(table, owner, "bench_pi")));
    step("case_number_counter", () -> jdbc.update(COUNTERS));
    step("petition_case's identity", () -> {
      jdbc.queryForObject("select setval(pg_get_serial_sequence('petition_case', 'id'), (select max(id) from petition_case))",
          Long.class);
      return 0;
    });
    step("secondary indexes, built again", () -> {
      indexes.forEach(jdbc::execute);
      return indexes.size();
    });
    dropStaging();
    return written;
  }

  /**
   * The tables the load writes lose their indexes that back no constraint while it runs: building
   * each once at the end is many times faster than keeping it up to date row by row. Returns the
   * statements that build them again.
   */
  private List<String> dropSecondaryIndexes() {
    List<String> tables = new ArrayList<>(List.of("petition_case", "petitioner", "audit_entry"));
    tables.addAll(CASE_TABLES);
    tables.addAll(RUNTIME_TABLES.keySet());
    tables.addAll(HISTORY_TABLES.keySet());
    List<Map<String, Object>> indexes = jdbc.queryForList("""
        select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
        from pg_index i join pg_class t on t.oid = i.indrelid
        where t.relname = any(?) and t.relnamespace = current_schema()::regnamespace
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
        """, (Object) tables.toArray(String[]::new));
    indexes.forEach(index -> jdbc.execute("drop index " + index.get("name")));
    return indexes.stream().map(index -> (String) index.get("definition")).toList();
  }

  /** The staging tables, also those a broken-off run left behind. */
  private void dropStaging() {
    for (String staging : List.of("bench_open", "bench_closed", "bench_number", "bench_closed_case",
        "bench_case_map", "bench_pi", "bench_open_pi")) {
      jdbc.execute("drop table if exists " + staging);
    }
  }

  private void step(String name, LongSupplier work) {
    long start = System.nanoTime();
    long rows = work.getAsLong();
    // the next step plans on the sizes this one left
    jdbc.execute("analyze");
    written.merge(name, rows, Long::sum);
    System.out.printf("  %-40s %,12d rows %8.1f s%n", name, rows, (System.nanoTime() - start) / 1e9);
  }

  /** Each open case draws its model by the stage's share, a unit for a model routed to one, and a time. */
  private static String openCases(int open) {
    StringBuilder choice = new StringBuilder("case");
    double upTo = 0;
    for (Map.Entry<String, Double> model : OPEN_MODELS.entrySet()) {
      upTo += model.getValue();
      String[] stage = model.getKey().split(" ");
      choice.append(" when d.r_model < ").append(upTo).append(" then (select min(id) from petition_case where id <= 15")
          .append(" and status = '").append(stage[0]).append("' and overdue = ").append(stage.length > 1).append(")");
    }
    choice.append(" else (select min(id) from petition_case where id <= 15 and status = 'IN_HANDLING' and not overdue) end");
    return """
        create unlogged table bench_open as
        select d.g, m.id as tpl_case_id,
               case when m.responsible_unit_code is null then null
                    else (select array_agg(code order by code) from unit)[1 + floor(d.r_unit * 12)::int] end as unit,
               -(d.r_shift * interval '3 days') as shift,
               m.registered_at - d.r_shift * interval '3 days' as registered_at
        from (select g, random() as r_model, random() as r_unit, random() as r_shift
              from generate_series(1, %d) g) d
        join petition_case m on m.id = %s
        """.formatted(open, choice);
  }

  private static final String CLOSED_DRAWS = """
      create unlogged table bench_closed as
      select g,
             timestamptz '2020-01-01 08:00+08'
               + random() * (now() - interval '200 days' - timestamptz '2020-01-01 08:00+08') as registered_at,
             random() as r_channel, random() as r_class, random() as r_subject, random() as r_persons,
             random() as r_status, random() as r_unit, random() as r_route, random() as r_accept,
             random() as r_reply, random() as r_ext, random() as r_repeat, random() as r_rating,
             random() as r_outcome, random() as r_assign
      from generate_series(1, ?) g
      """;

  /** Ids follow registration, so an earlier id is an earlier case; numbers run per year after the counter. */
  private static final String NUMBERS = """
      create unlogged table bench_number as
      with everything as (
        select 'C' as kind, g as k, registered_at from bench_closed
        union all select 'O', g, registered_at from bench_open),
      ranked as (
        select e.*, extract(year from registered_at at time zone 'Asia/Shanghai')::int as yr,
               row_number() over (order by registered_at, kind, k) as rn
        from everything e),
      numbered as (
        select r.*, row_number() over (partition by yr order by registered_at, kind, k) as seq from ranked r)
      select kind, k, yr, (select max(id) from petition_case) + rn as id,
             'XF-' || yr || '-' || lpad((coalesce(c.last_value, 0) + seq)::text,
               greatest(5, length((coalesce(c.last_value, 0) + seq)::text)), '0') as case_number
      from numbered n left join case_number_counter c on c.counter_year = n.yr
      """;

  private static final String DUE = "(((%s) at time zone 'Asia/Shanghai')::date + %s + time '23:59:59') at time zone 'Asia/Shanghai'";

  private static String due(String from, String days) {
    return DUE.formatted(from, days);
  }

  /** Every fact of a closed case, drawn in realistic proportions: most limits met, a few missed. */
  private static final String CLOSED_FACTS = """
      create unlogged table bench_closed_case as
      with drawn as (
        select n.id, n.case_number, b.*,
               case when r_status < 0.80 then 'CLOSED' when r_status < 0.86 then 'NOT_ACCEPTED'
                    when r_status < 0.90 then 'ROUTED_POLITICAL_LEGAL' when r_status < 0.93 then 'ROUTED_DISCIPLINE'
                    when r_status < 0.975 then 'REVIEWED' when r_status < 0.995 then 'RE_REVIEWED'
                    else 'NOT_ACCEPTED_AGAIN' end as status,
               b.registered_at + case when r_route < 0.97 then 0.1 + r_route * 13 else 16 + (r_route - 0.97) * 200 end
                 * interval '1 day' as decided_at
        from bench_closed b join bench_number n on n.kind = 'C' and n.k = b.g),
      routed as (
        select d.*, status in ('CLOSED', 'REVIEWED', 'RE_REVIEWED') as to_unit,
               case when status in ('CLOSED', 'REVIEWED', 'RE_REVIEWED') and r_assign < 0.25 then 30 end as assignment_days,
               %s as routing_due_at
        from drawn d),
      accepted as (
        select r.*,
               case when to_unit then (select array_agg(code order by code) from unit)[1 + floor(power(r_unit, 1.4) * 12)::int] end as unit,
               case when to_unit then decided_at + case when r_accept < 0.98 then 0.2 + r_accept * 10 else 16 + r_accept * 5 end
                 * interval '1 day' end as unit_accepted_at,
               case when to_unit then %s end as acceptance_due_at,
               case when to_unit then %s end as objection_due_at,
               r_ext < 0.05 and to_unit as extended
        from routed r),
      replied as (
        select a.*,
               %s as original_reply_due_at,
               unit_accepted_at + case when r_reply < 0.95 then 1 + r_reply * (coalesce(assignment_days, 60) - 4)
                 else coalesce(assignment_days, 60) + 3 + r_reply * 40 end * interval '1 day'
                 + case when extended then interval '20 days' else interval '0' end as replied_at
        from accepted a)
      select p.*,
             p.original_reply_due_at + case when extended then interval '30 days' else interval '0' end as reply_due_at,
             case when to_unit then replied_at + case when assignment_days is not null then interval '2 days' else interval '0' end
                  else decided_at end as closed_at,
             r_repeat < 0.15 or status = 'NOT_ACCEPTED_AGAIN' as repeat
      from replied p
      """.formatted(due("registered_at", "15"), due("decided_at", "15"), due("decided_at", "7"),
          due("unit_accepted_at", "coalesce(assignment_days, 60)"));

  /** Which real case each copy follows, for the application's tables and for the engine's. */
  private static final List<String> MAPPINGS = List.of("""
      create unlogged table bench_case_map as
      select o.tpl_case_id, m.case_number as tpl_case_number, m.responsible_unit_code as tpl_unit,
             mu.name as tpl_unit_name, n.id as case_id, n.case_number, o.unit, u.name as unit_name, o.shift,
             lpad(to_hex(n.id), 12, '0') as node
      from bench_open o join bench_number n on n.kind = 'O' and n.k = o.g
      join petition_case m on m.id = o.tpl_case_id
      left join unit mu on mu.code = m.responsible_unit_code left join unit u on u.code = o.unit
      ""","""
      create unlogged table bench_open_pi as
      select pi.id_ as tpl_pi, c.* from bench_case_map c join act_hi_procinst pi on pi.business_key_ = c.tpl_case_number
      ""","""
      create unlogged table bench_pi as
      select * from bench_open_pi
      union all
      select pi.id_, m.id, m.case_number, m.responsible_unit_code, mu.name, c.id, c.case_number, c.unit, u.name,
             c.registered_at - m.registered_at, lpad(to_hex(c.id), 12, '0')
      from bench_closed_case c
      join (select status, min(id) as id from petition_case where id <= 15 group by status) model
        on model.status = case when c.status in ('NOT_ACCEPTED', 'ROUTED_DISCIPLINE', 'ROUTED_POLITICAL_LEGAL')
          then c.status when c.status = 'NOT_ACCEPTED_AGAIN' then 'NOT_ACCEPTED' else 'CLOSED' end
      join petition_case m on m.id = model.id
      join act_hi_procinst pi on pi.business_key_ = m.case_number and pi.proc_def_key_ = 'PetitionCase'
      left join unit mu on mu.code = m.responsible_unit_code left join unit u on u.code = c.unit
      """);

  private static final String OPEN_RECORDS = """
      insert into petition_case (id, case_number, channel, higher_level_name, higher_level_reference, registered_at,
        registered_by, person_count, case_class, subject_category, title, content, place_unit_code, status,
        routing_decision, routing_opinion, responsible_unit_code, assignment_days, first_time, decided_at,
        transferred_at, unit_accepted_at, objected_at, objection_reason, extension_requested_at,
        extension_requested_days, extension_reason, extension_granted_at, extension_days, replied_at, closed_at,
        routing_due_at, routing_met, acceptance_due_at, acceptance_met, objection_due_at, original_reply_due_at,
        reply_due_at, reply_met, overdue, outcome, reply_text, completion_report, query_code, version, repeat_of,
        repeat_while_open, imported, import_fingerprint)
      select m.case_id, m.case_number, t.channel, t.higher_level_name, t.higher_level_reference, t.registered_at + m.shift,
        t.registered_by, t.person_count, t.case_class, t.subject_category, t.title, t.content,
        coalesce(m.unit, t.place_unit_code), t.status, t.routing_decision, t.routing_opinion, m.unit, t.assignment_days,
        true, t.decided_at + m.shift, t.transferred_at + m.shift, t.unit_accepted_at + m.shift, t.objected_at + m.shift,
        t.objection_reason, t.extension_requested_at + m.shift, t.extension_requested_days, t.extension_reason,
        t.extension_granted_at + m.shift, t.extension_days, t.replied_at + m.shift, t.closed_at + m.shift,
        t.routing_due_at + m.shift, t.routing_met, t.acceptance_due_at + m.shift, t.acceptance_met,
        t.objection_due_at + m.shift, t.original_reply_due_at + m.shift, t.reply_due_at + m.shift, t.reply_met,
        t.overdue, t.outcome, t.reply_text, t.completion_report,
        translate(upper(substr(md5(m.case_number), 1, 12)), '01', 'XY'), 0, null, false, false, null
      from petition_case t join bench_case_map m on m.tpl_case_id = t.id
      """;

  private static final String CLOSED_RECORDS = """
      insert into petition_case (id, case_number, channel, higher_level_name, higher_level_reference, registered_at,
        registered_by, person_count, case_class, subject_category, title, content, place_unit_code, status,
        routing_decision, routing_opinion, responsible_unit_code, assignment_days, first_time, decided_at,
        transferred_at, unit_accepted_at, extension_requested_at, extension_requested_days, extension_reason,
        extension_granted_at, extension_days, replied_at, closed_at, routing_due_at, routing_met, acceptance_due_at,
        acceptance_met, objection_due_at, original_reply_due_at, reply_due_at, reply_met, overdue, outcome,
        reply_text, completion_report, query_code, version, repeat_of, repeat_while_open, imported, import_fingerprint)
      select c.id, c.case_number, x.channel,
        case when x.channel = 'HIGHER_LEVEL' then '市信访局' end,
        case when x.channel = 'HIGHER_LEVEL' then '市信转〔' || extract(year from c.registered_at) || '〕' || (c.id % 900 + 1) || '号' end,
        c.registered_at, case when c.r_channel < 0.5 then 'xfs.li' else 'xfs.zhao' end,
        case when c.r_persons < 0.88 then 1 when c.r_persons < 0.96 then 2 + floor((c.r_persons - 0.88) * 30)::int
             else 5 + floor((c.r_persons - 0.96) * 1000)::int end,
        x.case_class, x.subject, x.title, x.title || '。信访人反映有关情况，请求依法处理。',
        coalesce(c.unit, (select array_agg(code order by code) from unit)[1 + floor(c.r_unit * 12)::int]),
        c.status, x.decision, '依据《信访工作条例》第二十二条处理。', c.unit, c.assignment_days, not c.repeat,
        c.decided_at, case when c.to_unit then c.decided_at end, c.unit_accepted_at,
        case when c.extended then c.unit_accepted_at + interval '20 days' end, case when c.extended then 30 end,
        case when c.extended then '需进一步调查核实' end,
        case when c.extended then c.unit_accepted_at + interval '21 days' end, case when c.extended then 30 end,
        case when c.to_unit then c.replied_at end, c.closed_at,
        c.routing_due_at, c.decided_at <= c.routing_due_at, c.acceptance_due_at, c.unit_accepted_at <= c.acceptance_due_at,
        c.objection_due_at, c.original_reply_due_at, c.reply_due_at, c.replied_at <= c.reply_due_at,
        not (c.decided_at <= c.routing_due_at and coalesce(c.unit_accepted_at <= c.acceptance_due_at, true)
             and coalesce(c.replied_at <= c.reply_due_at, true)),
        case when c.to_unit then x.outcome end,
        case when c.to_unit then '经调查核实，现将处理意见答复如下。' end,
        case when c.assignment_days is not null then '已按交办要求办结，现报告办理情况。' end,
        translate(upper(substr(md5(c.case_number), 1, 12)), '01', 'XY'), 0,
        case when c.repeat then greatest(1, c.id - 1 - floor(c.r_repeat * 5000)::int) end, false, false, null
      from bench_closed_case c
      cross join lateral (select
        case when c.r_channel < 0.25 then 'LETTER' when c.r_channel < 0.55 then 'VISIT' when c.r_channel < 0.85 then 'ONLINE'
             when c.r_channel < 0.95 then 'PHONE' when c.r_channel < 0.96 then 'FAX' else 'HIGHER_LEVEL' end as channel,
        case when c.status = 'ROUTED_DISCIPLINE' then 'ACCUSATION' when c.r_class < 0.88 then 'CLAIM'
             when c.r_class < 0.96 then 'SUGGESTION' else 'ACCUSATION' end as case_class,
        case c.status when 'ROUTED_POLITICAL_LEGAL' then 'POLITICAL_LEGAL' when 'ROUTED_DISCIPLINE' then 'DISCIPLINE'
             else (array['URBAN_CONSTRUCTION', 'LAND_RESOURCES', 'LABOUR_SOCIAL_SECURITY', 'AGRICULTURE_RURAL',
               'HEALTH', 'EDUCATION', 'ENVIRONMENT', 'TRANSPORT', 'CIVIL_AFFAIRS', 'PUBLIC_SECURITY',
               'OTHER'])[1 + floor(power(c.r_subject, 1.6) * 11)::int] end as subject,
        (array['房屋拆迁补偿问题', '土地承包经营权纠纷', '拖欠农民工工资', '小区物业管理问题', '医疗纠纷处理',
               '子女入学问题', '噪声扰民问题', '道路维修问题', '低保资格认定', '治安问题反映', '养老保险待遇问题',
               '宅基地纠纷'])[1 + floor(c.r_subject * 12)::int] as title,
        case c.status when 'NOT_ACCEPTED' then 'NOT_ACCEPT' when 'NOT_ACCEPTED_AGAIN' then 'NOT_ACCEPT_AGAIN'
             when 'ROUTED_POLITICAL_LEGAL' then 'POLITICAL_LEGAL' when 'ROUTED_DISCIPLINE' then 'DISCIPLINE'
             else case when c.assignment_days is null then 'TRANSFER' else 'ASSIGN' end end as decision,
        case when c.r_outcome < 0.2 then 'SUPPORTED' when c.r_outcome < 0.4 then 'PARTLY_SUPPORTED'
             when c.r_outcome < 0.65 then 'NOT_SUPPORTED' else 'EXPLAINED' end as outcome) x
      """;

  private static final String PETITIONERS = """
      insert into petitioner (case_id, position, name, id_number, phone, address)
      select c.id, p.position,
             (array['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙'])[1 + (c.id * 7 + p.position) % 12]
               || (array['建国', '秀英', '志强', '桂兰', '海燕', '伟', '敏', '军', '丽', '强', '静', '磊'])[1 + (c.id * 13 + p.position) % 12],
             '430102' || to_char(date '1950-01-01' + ((c.id * 31 + p.position) % 20000)::int, 'YYYYMMDD')
               || lpad(((c.id + p.position) % 1000)::text, 3, '0') || ((c.id + p.position) % 10),
             '13' || lpad(((c.id * 7919 + p.position) % 1000000000)::text, 9, '0'),
             '本区' || (array['东城', '西城', '桥头', '水口', '黄田', '白水'])[1 + c.id % 6] || '社区' || (c.id % 300 + 1) || '号'
      from petition_case c
      cross join lateral generate_series(1, case when c.person_count >= 5 then 2 else 1 end) as p(position)
      where c.id > 15
      """;

  private static final String CLOSED_TIMELINE = """
      insert into case_event (case_id, occurred_at, type, actor, description)
      select c.id, e.at, e.type, e.actor, e.description
      from bench_closed_case c
      cross join lateral (values
        (c.registered_at, 'REGISTERED', case when c.r_channel < 0.5 then 'xfs.li' else 'xfs.zhao' end, '登记信访事项'),
        (c.decided_at, 'ROUTING_DECIDED', 'xfs.zhao', '信访室作出处理决定'),
        (c.decided_at, 'NOTICE_ISSUED', 'xfs.zhao', '发出告知书'),
        (case when c.decided_at > c.routing_due_at then c.routing_due_at end, 'LIMIT_EXPIRED', 'engine', '信访部门处理期限已届满'),
        (c.unit_accepted_at, 'UNIT_ACCEPTED', c.unit || '.jb', '责任单位受理'),
        (case when c.to_unit then c.replied_at - interval '1 day' end, 'REPLY_DRAFTED', c.unit || '.jb', '起草答复意见'),
        (case when c.to_unit then c.replied_at end, 'REPLY_APPROVED', c.unit || '.fz', '答复意见审批通过'),
        (case when c.replied_at > c.reply_due_at then c.reply_due_at end, 'LIMIT_EXPIRED', 'engine', '答复期限已届满'),
        (c.closed_at, 'CLOSED', 'engine', '办结')) as e(at, type, actor, description)
      where e.at is not null
      """;

  private static final String CLOSED_RATINGS = """
      insert into satisfaction_rating (case_id, unit_code, replied_at, window_ends_at, department_rating, unit_rating,
        rated_at, channel, recorded_by, version)
      select c.id, c.unit, c.replied_at, %s,
             case when c.r_rating < 0.75 then case when c.r_rating < 0.6 then 'SATISFIED' when c.r_rating < 0.7
               then 'BASICALLY_SATISFIED' else 'DISSATISFIED' end end,
             case when c.r_rating < 0.75 then case when c.r_rating < 0.55 then 'SATISFIED' when c.r_rating < 0.68
               then 'BASICALLY_SATISFIED' else 'DISSATISFIED' end end,
             case when c.r_rating < 0.75 then c.replied_at + interval '5 days' end,
             case when c.r_rating < 0.4 then 'LOOKUP_PAGE' when c.r_rating < 0.75 then 'PHONE' end,
             case when c.r_rating >= 0.4 and c.r_rating < 0.75 then 'xfs.zhao' end, 0
      from bench_closed_case c where c.to_unit
      """.formatted(due("c.replied_at", "30"));

  private static final String CLOSED_REVIEWS = """
      insert into review_request (case_id, stage, requested_on, received_on, recorded_at, recorded_by, window_last_day,
        accepted, original_answer_due_at, answer_due_at, answered_at, answer_met, conclusion, opinion)
      select c.id, s.stage, (s.asked at time zone 'Asia/Shanghai')::date, (s.asked at time zone 'Asia/Shanghai')::date,
             s.asked, 'xfs.li', (s.asked at time zone 'Asia/Shanghai')::date + 10, true, s.asked + interval '30 days',
             s.asked + interval '30 days', s.asked + interval '25 days', true,
             case when c.r_outcome < 0.85 then 'UPHELD' else 'CHANGED' end, '经复查（复核），维持原处理意见。'
      from bench_closed_case c
      cross join lateral (values ('REVIEW', c.closed_at + interval '10 days'),
                                 ('RE_REVIEW', c.closed_at + interval '50 days')) as s(stage, asked)
      where c.status = 'REVIEWED' and s.stage = 'REVIEW' or c.status = 'RE_REVIEWED'
      """;

  private static final String AUDIT = """
      insert into audit_entry (occurred_at, user_id, client_address, action, case_number, detail)
      select e.occurred_at, e.actor, '10.20.' || (c.id % 250) || '.' || (c.id % 200 + 1), e.type, c.case_number,
             e.description
      from case_event e join petition_case c on c.id = e.case_id
      where c.id > 15
      """;

  private static final String COUNTERS = """
      insert into case_number_counter (counter_year, last_value)
      select extract(year from registered_at at time zone 'Asia/Shanghai')::int, max(split_part(case_number, '-', 3)::int)
      from petition_case group by 1
      on conflict (counter_year) do update set last_value = excluded.last_value
      """;
}
