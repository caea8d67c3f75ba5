package org.unionflow.platform;

import java.util.List;

/** The union's roles as Camunda group ids (SPEC.md, "Who uses it"); BPMN candidate groups use the same ids. */
public final class Groups {

  public static final String CHAIR = "chair";
  public static final String COMMITTEE = "committee";
  public static final String OFFICERS = "officers";
  public static final String GROUP_LEADERS = "group-leaders";
  public static final String TREASURER = "treasurer";
  public static final String AUDITORS = "auditors";
  public static final String MOTION_COMMITTEE = "motion-committee";
  public static final String REPRESENTATIVES = "representatives";
  public static final String ADMINISTRATION = "administration";
  public static final String WOMENS_COMMITTEE = "womens-committee";
  public static final String HIGHER_LEVEL = "higher-level-union";
  public static final String DEPT_ACADEMIC = "dept-academic";
  public static final String DEPT_GENERAL_AFFAIRS = "dept-general-affairs";
  public static final String DEPT_HR = "dept-hr";
  /** The engine's administrator group (Admin, Cockpit, the form contract's one exception), not a union role. */
  public static final String ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

  /** Group id and its bilingual name. */
  public record Role(String id, String name) {
  }

  public static final List<Role> ALL = List.of(
      new Role(CHAIR, "Union chair / 工会主席"),
      new Role(COMMITTEE, "Union committee / 工会委员会"),
      new Role(OFFICERS, "Union officers / 工会干部"),
      new Role(GROUP_LEADERS, "Group leaders / 工会小组长"),
      new Role(TREASURER, "Treasurer / 工会会计"),
      new Role(AUDITORS, "Audit committee / 经费审查委员会"),
      new Role(MOTION_COMMITTEE, "Motion committee / 提案工作委员会"),
      new Role(REPRESENTATIVES, "Congress representatives / 教代会代表"),
      new Role(ADMINISTRATION, "Administration / 行政领导"),
      new Role(WOMENS_COMMITTEE, "Women's committee / 女工委"),
      new Role(HIGHER_LEVEL, "Higher-level union / 上级工会"),
      new Role(DEPT_ACADEMIC, "Academic affairs department / 教务处"),
      new Role(DEPT_GENERAL_AFFAIRS, "General affairs department / 总务处"),
      new Role(DEPT_HR, "Human resources department / 人事处"));

  private Groups() {
  }
}
