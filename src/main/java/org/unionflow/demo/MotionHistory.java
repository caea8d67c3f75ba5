package org.unionflow.demo;

import static org.unionflow.motions.MotionProcess.*;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.unionflow.motions.MotionCategory;
import org.unionflow.motions.ReviewDecision;
import org.unionflow.platform.Groups;

/**
 * This session's motions of one union, filed by its representatives: accepted, answered, signed off and
 * published with the proposers' satisfaction; converted to suggestions (one answered); rejected; and open at
 * every step a person works (review, amendment, drafting, sign-off, feedback).
 */
@RequiredArgsConstructor
final class MotionHistory {

  private final DemoSteps steps;
  private final String academic = Groups.DEPT_ACADEMIC;
  private final String general = Groups.DEPT_GENERAL_AFFAIRS;
  private final String hr = Groups.DEPT_HR;

  void run() {
    ProcessInstance canteen = accepted(submit(1, "教师食堂周六开放 / Canteen open on Saturdays", MotionCategory.WELFARE),
        academic);
    answered(canteen, academic);
    feedback(canteen, "SATISFIED");
    ProcessInstance chairs = accepted(submit(2, "更换教师办公室座椅 / New chairs for the staff room",
        MotionCategory.LOGISTICS), general, hr);
    answered(chairs, general);
    answered(chairs, hr);
    feedback(chairs, "BASICALLY_SATISFIED");
    ProcessInstance training = converted(submit(3, "增加教师培训机会 / More in-service training",
        MotionCategory.TEACHING), hr);
    steps.complete(steps.person(hr, 1), training, ANSWER_SUGGESTION, reply("SOLVED"));
    converted(submit(1, "增设自行车停放区 / Bicycle parking", MotionCategory.LOGISTICS), hr);
    ProcessInstance meetings = accepted(submit(2, "精简会议 / Fewer meetings", MotionCategory.MANAGEMENT),
        academic, general, hr);
    steps.complete(steps.person(hr, 1), meetings, DRAFT_REPLY, reply("SOLVED"));
    steps.complete(steps.person(Groups.MOTION_COMMITTEE, 1), submit(3, "校内停车收费 / Paid parking on campus",
        MotionCategory.OTHER), REVIEW_MOTION, Map.of(DECISION, ReviewDecision.REJECT.name(), DECISION_REASON,
        "不属于教代会提案范围 / outside the congress's remit"));
    answered(accepted(submit(2, "图书馆延长开放 / Library open later", MotionCategory.TEACHING), hr), hr);
    answered(accepted(submit(3, "教职工年度体检 / Annual health check", MotionCategory.WELFARE), academic), academic);
    // one co-signer declines: too few confirmed, it waits for the proposer to choose another
    ProcessInstance outing = submit(1, "春季教工踏青 / Spring outing for staff", MotionCategory.WELFARE, 2, 3);
    coSign(outing, 2, "CONFIRM");
    coSign(outing, 3, "DECLINE");
    submit(1, "设立教工子女托管班 / After-school care for staff children", MotionCategory.WELFARE);
  }

  /** A representative files a motion, co-signed by the two other representatives, who both confirm. */
  private ProcessInstance submit(int proposer, String title, MotionCategory category) {
    int[] coSigners = {proposer % 3 + 1, (proposer + 1) % 3 + 1};
    ProcessInstance motion = submit(proposer, title, category, coSigners);
    for (int coSigner : coSigners) {
      coSign(motion, coSigner, "CONFIRM");
    }
    return motion;
  }

  private void coSign(ProcessInstance motion, int coSigner, String answer) {
    steps.complete(steps.person(Groups.REPRESENTATIVES, coSigner), motion, CONFIRM_CO_SIGNING, Map.of(CO_SIGNING,
        answer, CO_SIGNING_COMMENT, "DECLINE".equals(answer) ? "建议先征求全体教职工意见 / ask all staff first" : "同意 / agreed"));
  }

  private ProcessInstance submit(int proposer, String title, MotionCategory category, int... coSigners) {
    Map<String, Object> motion = new HashMap<>();
    motion.put(TITLE, title);
    motion.put(CATEGORY, category.name());
    motion.put(REASONS, "教职工反映较多 / raised by many staff");
    motion.put(MEASURES, "请学校研究落实 / the school to look into it and act");
    motion.put(CO_SIGNERS, DemoSteps.chosen(Arrays.stream(coSigners)
        .mapToObj(n -> steps.person(Groups.REPRESENTATIVES, n)).toArray(String[]::new)));
    return steps.start(steps.person(Groups.REPRESENTATIVES, proposer), KEY, motion);
  }

  private ProcessInstance accepted(ProcessInstance motion, String... departments) {
    return reviewed(motion, ReviewDecision.ACCEPT, departments);
  }

  private ProcessInstance converted(ProcessInstance motion, String department) {
    return reviewed(motion, ReviewDecision.CONVERT, department);
  }

  private ProcessInstance reviewed(ProcessInstance motion, ReviewDecision decision, String... departments) {
    steps.complete(steps.person(Groups.MOTION_COMMITTEE, 1), motion, REVIEW_MOTION, Map.of(DECISION, decision.name(),
        HANDLING_DEPARTMENTS, DemoSteps.chosen(departments), LEAD_DEPARTMENT, departments[0], DECISION_REASON,
        "符合立案条件 / meets the conditions"));
    return motion;
  }

  /** The department replies that it is solved and the administration signs the reply off. */
  private void answered(ProcessInstance motion, String department) {
    steps.complete(steps.person(department, 1), motion, DRAFT_REPLY, reply("SOLVED"));
    steps.complete(steps.person(Groups.ADMINISTRATION, 1), motion, SIGN_OFF_REPLY, Map.of(SIGN_OFF, "APPROVED",
        SIGN_OFF_COMMENT, "同意答复 / reply approved"));
  }

  private void feedback(ProcessInstance motion, String feedback) {
    String proposer = (String) steps.variable(motion, PROPOSER);
    steps.complete(proposer, motion, GIVE_FEEDBACK, Map.of(FEEDBACK, feedback, FEEDBACK_COMMENT,
        "感谢承办部门 / thanks to the department"));
  }

  private static Map<String, Object> reply(String outcome) {
    return Map.of(REPLY_OUTCOME, outcome, REPLY_CONTENT, "已研究并落实 / looked into and done");
  }
}
