package org.unionflow.motions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.keys.KeyCounters;
import org.unionflow.platform.engine.ThisCase;
import org.unionflow.platform.steps.CasesAtStep;
import org.unionflow.platform.web.NotFoundException;

/** Keeps the congress register and the motion register in step with the {@code congressMotion} process. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MotionService {

  static final String NO_SESSION = "本工会尚无已开幕的教代会届次，暂不能提交提案 / no congress session has opened in this union";

  private final CongressSessionRepository sessions;
  private final RepresentativeRepository representatives;
  private final MotionRepository motions;
  private final MotionReplyRepository replies;
  private final KeyCounters counters;
  private final MotionRules rules;
  private final Clock clock;

  /** Opens a congress session; its name is unique in the union. */
  public CongressSession openSession(String unionId, String name, LocalDate opensOn, LocalDate closesOn) {
    if (sessions.existsByUnionIdAndName(unionId, name)) {
      throw FieldErrors.single("name", "本工会已有名为“" + name + "”的届次 / this union already has a session named "
          + name);
    }
    return sessions.save(new CongressSession(unionId, name, opensOn, closesOn));
  }

  /** Elects a person representative of a session, once. */
  public Representative addRepresentative(CongressSession session, String userId, String name,
      String memberStaffNo) {
    if (representatives.existsBySessionAndUserId(session, userId)) {
      throw FieldErrors.single("userId", userId + " 已是" + session.getName() + "的代表 / " + userId
          + " already represents " + session.getName());
    }
    return representatives.save(new Representative(session, userId, name, memberStaffNo));
  }

  @Transactional(readOnly = true)
  public CongressSession session(String unionId, long sessionId) {
    return sessions.findByIdAndUnionId(sessionId, unionId)
        .orElseThrow(() -> new NotFoundException("Congress session", sessionId));
  }

  @Transactional(readOnly = true)
  public List<Representative> representatives(CongressSession session) {
    return representatives.findBySessionOrderByUserId(session);
  }

  @Transactional(readOnly = true)
  public boolean isRepresentative(CongressSession session, String userId) {
    return representatives.existsBySessionAndUserId(session, userId);
  }

  /** The session motions are filed under today: the latest one that has opened. */
  @Transactional(readOnly = true)
  public Optional<CongressSession> currentSession(String unionId) {
    return sessions.findFirstByUnionIdAndOpensOnLessThanEqualOrderByOpensOnDesc(unionId, LocalDate.now(clock));
  }

  @Transactional(readOnly = true)
  public List<CongressSession> sessions(String unionId) {
    return sessions.findByUnionIdOrderByOpensOnDesc(unionId);
  }

  /** The session's representatives by user id, for showing co-signers by name. */
  @Transactional(readOnly = true)
  public Map<String, String> representativeNames(CongressSession session) {
    Map<String, String> names = new HashMap<>();
    representatives(session).forEach(representative -> names.put(representative.getUserId(), representative.getName()));
    return names;
  }

  /** The session a motion was filed under. */
  @Transactional(readOnly = true)
  public CongressSession sessionOf(long motionId) {
    return get(motionId).getSession();
  }

  /** Files a submitted motion under the current session with a new business key. */
  public Motion register(String unionId, String processInstanceId, MotionContent content, String proposer) {
    CongressSession session = currentSession(unionId)
        .orElseThrow(() -> FieldErrors.single("session", NO_SESSION));
    String businessKey = counters.nextBusinessKey(MotionProcess.BUSINESS_KEY_PREFIX, LocalDate.now(clock).getYear());
    return motions.save(new Motion(unionId, businessKey, processInstanceId, session, content, proposer,
        Instant.now(clock)));
  }

  /**
   * Checks that the proposer and enough co-signers represent the motion's session; records and answers the
   * problem, or null when the signatures hold.
   */
  public String checkSignatures(long motionId) {
    Motion motion = get(motionId);
    CongressSession session = motion.getSession();
    String problem = null;
    if (!representatives.existsBySessionAndUserId(session, motion.getProposer())) {
      problem = "提案人 " + motion.getProposer() + " 不是本届代表 / the proposer " + motion.getProposer()
          + " is not a representative of " + session.getName();
    } else {
      List<String> coSigners = motion.getCoSigners().stream().filter(id -> !id.equals(motion.getProposer())).toList();
      List<String> valid = representatives.findBySessionAndUserIdIn(session, coSigners).stream()
          .map(Representative::getUserId).toList();
      List<String> invalid = coSigners.stream().filter(id -> !valid.contains(id)).toList();
      if (!invalid.isEmpty()) {
        problem = "附议人不是本届代表：" + String.join("、", invalid) + " / not representatives of "
            + session.getName() + ": " + String.join(", ", invalid);
      } else if (valid.size() < rules.minCoSigners()) {
        problem = tooFew(valid.size());
      }
    }
    motion.signatures(problem);
    return problem;
  }

  public void amend(long motionId, MotionContent content) {
    get(motionId).amend(content);
  }

  /** The co-signers asked to confirm: the motion's, its proposer never among them. */
  @Transactional(readOnly = true)
  public List<String> coSignersToConfirm(long motionId) {
    Motion motion = get(motionId);
    return motion.getCoSigners().stream().filter(id -> !id.equals(motion.getProposer())).toList();
  }

  /** The motion's co-signers by name (user id when the session knows no name), for the forms that show it. */
  @Transactional(readOnly = true)
  public String coSignersLabel(long motionId) {
    Motion motion = get(motionId);
    Map<String, String> names = representativeNames(motion.getSession());
    return motion.getCoSigners().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining("、"));
  }

  /** Records one co-signer's confirmation or refusal (附议 / 不附议). */
  public void coSign(long motionId, String coSigner, CoSigning answer) {
    Motion motion = get(motionId);
    if (!motion.getCoSigners().contains(coSigner)) {
      throw FieldErrors.single(MotionProcess.CO_SIGNING, coSigner + " 不是本提案的附议人 / " + coSigner
          + " is not a co-signer of this motion");
    }
    motion.coSigning(coSigner, answer);
  }

  /**
   * After every co-signer has answered: enough confirmed, or the problem the proposer is sent back with (who
   * declined), recorded on the motion.
   */
  public String checkCoSignings(long motionId) {
    Motion motion = get(motionId);
    int confirmed = motion.getConfirmedCoSigners().size();
    String problem = null;
    if (confirmed < rules.minCoSigners()) {
      Map<String, String> names = representativeNames(motion.getSession());
      String declined = motion.getDeclinedCoSigners().stream().map(id -> names.getOrDefault(id, id))
          .collect(Collectors.joining("、"));
      problem = "不附议：" + declined + "。" + tooFew(confirmed) + "，请另选附议人 / declined to co-sign: " + declined
          + "; please choose other co-signers";
    }
    motion.signatures(problem);
    return problem;
  }

  private String tooFew(int has) {
    return "附议代表不足 " + rules.minCoSigners() + " 人（现有 " + has + " 人） / a motion needs at least "
        + rules.minCoSigners() + " co-signing representatives, it has " + has;
  }

  /**
   * The motion committee's review; a suggestion is assigned to its department, a merge makes the proposer a
   * co-proposer of the motion merged into.
   */
  public void review(long motionId, ReviewDecision decision, String reason, List<String> departments,
      String mergeInto, String decidedBy) {
    Motion motion = get(motionId);
    motion.review(decision, reason, decidedBy);
    if (decision == ReviewDecision.CONVERT) {
      motion.assign(departments, null);
    } else if (decision == ReviewDecision.MERGE) {
      Motion target = find(motion.getUnionId(), mergeInto);
      target.addCoProposer(motion.getProposer());
      motion.mergeInto(target.getBusinessKey());
    }
  }

  /** Assigns an accepted motion to its departments (the first leads) with a deadline, by default days from today. */
  public Motion assign(long motionId, List<String> departments, LocalDate deadline, int defaultDays) {
    Motion motion = get(motionId);
    motion.assign(departments, deadline == null ? LocalDate.now(clock).plusDays(defaultDays) : deadline);
    return motion;
  }

  /** The motions of its session a motion may be merged into: the accepted ones other than itself, by number. */
  @Transactional(readOnly = true)
  public List<Motion> mergeTargets(long motionId) {
    Motion motion = get(motionId);
    return motions.acceptedOthersOf(motion.getSession(), motionId).stream()
        .sorted(Comparator.comparing(Motion::getBusinessKey)).toList();
  }

  /** Why a motion cannot be merged into the named one, or null when it can. */
  @Transactional(readOnly = true)
  public String mergeProblem(long motionId, String mergeInto) {
    Motion motion = get(motionId);
    if (motion.getBusinessKey().equals(mergeInto)) {
      return "提案不能并入自身 / a motion cannot be merged into itself";
    }
    Optional<Motion> target = motions.findByBusinessKeyAndUnionId(mergeInto, motion.getUnionId());
    if (target.isEmpty()) {
      return "本工会没有提案 " + mergeInto + " / no motion " + mergeInto + " in this union";
    }
    if (!target.get().getSession().getId().equals(motion.getSession().getId())) {
      return mergeInto + " 属于另一届次（" + target.get().getSession().getName() + "） / " + mergeInto
          + " belongs to another session (" + target.get().getSession().getName() + ")";
    }
    if (!target.get().accepted()) {
      return mergeInto + " 尚未立案 / " + mergeInto + " has not been accepted";
    }
    return null;
  }

  public void remind(long motionId) {
    get(motionId).reminded(Instant.now(clock));
  }

  public void supervise(long motionId, String chair, String note) {
    get(motionId).supervised(chair, note);
  }

  public MotionReply draftReply(long motionId, int round, String department, ReplyDraft draft, String draftedBy) {
    return replies.save(new MotionReply(get(motionId), round, department, draft, draftedBy, Instant.now(clock)));
  }

  public void signOff(long motionId, int round, String department, SignOff signOff, String comment, String by) {
    replies.findFirstByMotionAndRoundAndDepartmentOrderByIdDesc(get(motionId), round, department)
        .orElseThrow(() -> new NotFoundException("Reply of " + department + " in round", round))
        .signOff(signOff, comment, by, Instant.now(clock));
  }

  /** Marks the motion answered and summarises the approved replies of the round for the proposer. */
  public String answered(long motionId, int round) {
    Motion motion = get(motionId);
    motion.answered(Instant.now(clock));
    return replies.findByMotionOrderByRoundAscIdAsc(motion).stream()
        .filter(reply -> reply.getRound() == round && reply.getSignOff() == SignOff.APPROVED)
        .map(MotionService::summary)
        .collect(Collectors.joining("\n\n"));
  }

  /** Records the proposer's feedback; answers how many unsatisfied rounds the motion has had. */
  public int feedback(long motionId, Feedback feedback, String comment) {
    Motion motion = get(motionId);
    motion.feedback(feedback, comment, Instant.now(clock));
    return motion.getUnsatisfiedRounds();
  }

  /** Sends the motion back to its departments with a fresh deadline. */
  public LocalDate newRound(long motionId, int days) {
    LocalDate deadline = LocalDate.now(clock).plusDays(days);
    get(motionId).newRound(deadline);
    return deadline;
  }

  public void finalDecision(long motionId, FinalDecision decision, String reason) {
    get(motionId).finalDecision(decision, reason);
  }

  public void publish(long motionId) {
    get(motionId).published(LocalDate.now(clock));
  }

  @Transactional(readOnly = true)
  public Motion find(String unionId, String businessKey) {
    return motions.findByBusinessKeyAndUnionId(businessKey, unionId)
        .orElseThrow(() -> new NotFoundException("Motion", businessKey));
  }

  @Transactional(readOnly = true)
  public List<MotionReply> replies(Motion motion) {
    return replies.findByMotionOrderByRoundAscIdAsc(motion);
  }

  @Transactional(readOnly = true)
  public Page<Motion> search(String unionId, Long sessionId, MotionStatus status, MotionCategory category,
      String department, CasesAtStep at, Pageable pageable) {
    if (at.none()) {
      return Page.empty(pageable);
    }
    // the pattern is built here: PostgreSQL cannot type a bare parameter inside a concatenation
    String departmentPattern = department == null || department.isBlank() ? null : "%," + department.strip() + ",%";
    return motions.search(unionId, sessionId, status, category, departmentPattern, at.all(), at.instances(),
        pageable);
  }

  @Transactional(readOnly = true)
  public MotionStatistics statistics(String unionId, long sessionId) {
    CongressSession session = session(unionId, sessionId);
    return MotionStatistics.of(session, motions.findBySession(session), LocalDate.now(clock), clock.getZone());
  }

  private static String summary(MotionReply reply) {
    String outcome = switch (reply.getOutcome()) {
      case SOLVED -> "solved / 已解决";
      case SCHEDULED -> "scheduled for " + reply.getScheduledDate() + " / 计划解决";
      case NOT_NOW -> "cannot be solved now: " + reply.getExplanation() + " / 暂不能解决";
    };
    return "**" + reply.getDepartment() + (reply.isLead() ? " (lead / 主办)" : "") + "** — " + outcome + "\n"
        + reply.getContent();
  }

  private Motion get(long motionId) {
    return ThisCase.verify(motions.findById(motionId).orElseThrow(() -> new NotFoundException("Motion", motionId)));
  }
}
