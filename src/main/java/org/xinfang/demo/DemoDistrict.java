package org.xinfang.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.xinfang.organization.Roles;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;

/**
 * An invented district: its responsible units, the bureau's staff and a handler and a leader for
 * every unit. Creates only what is missing, so a restart on the same database adds nothing.
 * The README lists the logins; every demo user's password is {@link #PASSWORD}.
 */
@Component
@Profile("demo")
class DemoDistrict {

  static final String PASSWORD = "demo";

  record Person(String lastName, String firstName) {}

  /** A unit with the people of its two groups: {@code <code>.jb} (经办人) and {@code <code>.fz} (负责人). */
  record DemoUnit(String code, String name, UnitKind kind, Person handler, Person leader) {
    String handlerId() {
      return code + ".jb";
    }

    String leaderId() {
      return code + ".fz";
    }
  }

  record StaffMember(String id, Person person, String group) {}

  static final List<DemoUnit> UNITS = List.of(
      new DemoUnit("dongcheng", "东城街道办事处", UnitKind.STREET, new Person("陈", "晓燕"), new Person("周", "建国")),
      new DemoUnit("xicheng", "西城街道办事处", UnitKind.STREET, new Person("吴", "志强"), new Person("郑", "丽华")),
      new DemoUnit("qiaotou", "桥头镇人民政府", UnitKind.TOWN, new Person("蒋", "伟"), new Person("唐", "振华")),
      new DemoUnit("shuikou", "水口镇人民政府", UnitKind.TOWN, new Person("邓", "小军"), new Person("胡", "德明")),
      new DemoUnit("huangtian", "黄田乡人民政府", UnitKind.TOWNSHIP, new Person("蒋", "秀英"), new Person("彭", "光辉")),
      new DemoUnit("baishui", "白水乡人民政府", UnitKind.TOWNSHIP, new Person("欧阳", "春"), new Person("雷", "远山")),
      new DemoUnit("qingshan", "国营青山林场", UnitKind.FARM, new Person("谢", "林"), new Person("石", "永刚")),
      new DemoUnit("zhujian", "区住房和城乡建设局", UnitKind.DEPARTMENT, new Person("何", "敏"), new Person("罗", "长青")),
      new DemoUnit("renshe", "区人力资源和社会保障局", UnitKind.DEPARTMENT, new Person("曾", "慧"), new Person("冯", "立新")),
      new DemoUnit("ziran", "区自然资源局", UnitKind.DEPARTMENT, new Person("杨", "帆"), new Person("龙", "海涛")),
      new DemoUnit("jiaoyu", "区教育局", UnitKind.DEPARTMENT, new Person("黄", "婷"), new Person("肖", "国平")),
      new DemoUnit("weijian", "区卫生健康局", UnitKind.DEPARTMENT, new Person("田", "静"), new Person("贺", "文斌")));

  static final List<StaffMember> STAFF = List.of(
      new StaffMember("xfs.li", new Person("李", "静"), Roles.PETITION_ROOM),
      new StaffMember("xfs.zhao", new Person("赵", "磊"), Roles.PETITION_ROOM),
      new StaffMember("tjs.chen", new Person("陈", "国强"), Roles.MEDIATION_ROOM),
      new StaffMember("bgs.liu", new Person("刘", "芳"), Roles.OFFICE),
      new StaffMember("jld.wang", new Person("王", "建华"), Roles.BUREAU_LEADERS),
      new StaffMember("qld.zhou", new Person("周", "卫东"), Roles.DISTRICT_LEADERS),
      new StaffMember("ducha.sun", new Person("孙", "明"), Roles.SUPERVISORS),
      new StaffMember("fcjg.xu", new Person("徐", "文斌"), Roles.REVIEW_ORGAN),
      new StaffMember("fhjg.gao", new Person("高", "志远"), Roles.RE_REVIEW_ORGAN),
      new StaffMember("jjjc.lin", new Person("林", "洁"), Roles.DISCIPLINE));

  private final UnitDirectory directory;
  private final IdentityService identity;
  private final String adminUserId;

  DemoDistrict(UnitDirectory directory, IdentityService identity,
      @Value("${camunda.bpm.admin-user.id:}") String adminUserId) {
    this.directory = directory;
    this.identity = identity;
    this.adminUserId = adminUserId;
  }

  void create() {
    for (DemoUnit demo : UNITS) {
      Unit unit = directory.ensureUnit(demo.code(), demo.name(), demo.kind());
      ensureUser(demo.handlerId(), demo.handler(), unit.handlersGroup());
      ensureUser(demo.leaderId(), demo.leader(), unit.leadersGroup());
    }
    STAFF.forEach(member -> ensureUser(member.id(), member.person(), member.group()));
    // the administrator also watches the overdue lists
    if (!adminUserId.isBlank() && identity.createUserQuery().userId(adminUserId).count() > 0) {
      ensureMembership(adminUserId, Roles.SUPERVISORS);
    }
  }

  private void ensureUser(String id, Person person, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      // Tasklist shows "first last"; a Chinese name reads family name first, so it goes whole
      user.setFirstName(person.lastName() + person.firstName());
      user.setLastName("");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    ensureMembership(id, group);
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
