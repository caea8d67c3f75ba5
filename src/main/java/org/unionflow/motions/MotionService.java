package org.unionflow.motions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.keys.KeyCounters;
import org.unionflow.platform.engine.ThisCase;
import org.unionflow.platform.web.NotFoundException;

/** Keeps the congress register and the motion register in step with the {@code congressMotion} process. */
@Service
@Transactional
public class MotionService {

  private final CongressSessionRepository sessions;
  private final RepresentativeRepository representatives;
  private final MotionRepository motions;
  private final MotionReplyRepository replies;
  private final KeyCounters counters;
  private final MotionRules rules;
  private final Clock clock;

  MotionService(CongressSessionRepository sessions, RepresentativeRepository representatives,
      MotionRepository motions, MotionReplyRepository replies, KeyCounters counters, MotionRules rules, Clock clock) {
    this.sessions = sessions;
    this.representatives = representatives;
    this.motions = motions;
    this.replies = replies;
    this.counters = counters;
    this.rules = rules;
    this.clock = clock;
  }

  /** Opens a congress session; its name is unique in the union. */
  public CongressSession openSession(String unionId, String name, LocalDate opensOn, LocalDate closesOn) {
    if (sessions.existsByUnionIdAndName(unionId, name)) {
      throw FieldErrors.single("name", "this union already has a session named " + name);
    }
    return sessions.save(new CongressSession(unionId, name, opensOn, closesOn));
  }

  /** Elects a person representative of a session, once. */
  public Representative addRepresentative(CongressSession session, String userId, String name,
      String memberStaffNo) {
    if (representatives.existsBySessionAndUserId(session, userId)) {
      throw FieldErrors.single("userId", userId + " already represents " + session.getName());
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

  /** The session motions are filed under today: the latest one that has opened. */
  @Transactional(readOnly = true)
  public Optional<CongressSession> currentSession(String unionId) {
    return sessions.findFirstByUnionIdAndOpensOnLessThanEqualOrderByOpensOnDesc(unionId, LocalDate.now(clock));
  }

  @Transactional(readOnly = true)
  public List<CongressSession> sessions(String unionId) {
    return sessions.findByUnionIdOrderByOpensOnDesc(unionId);
  }

  /**
   * What each co-signer a person named stands for: the user id of the session's representative of that name or
   * user id; names shared by two representatives are left out, so those two are named by user id.
   */
  @Transactional(readOnly = true)
  public Map<String, String> representativeIds(CongressSession session) {
    Map<String, String> ids = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Representative representative : representatives(session)) {
      ids.put(representative.getUserId(), representative.getUserId());
      String previous = ids.putIfAbsent(representative.getName(), representative.getUserId());
      if (previous != null && !previous.equals(representative.getUserId())) {
        shared.add(representative.getName());
      }
    }
    shared.forEach(ids::remove);
    return ids;
  }

  /** The session a motion was filed under. */
  @Transactional(readOnly = true)
  public CongressSession sessionOf(long motionId) {
    return get(motionId).getSession();
  }

  /** Files a submitted motion under the current session with a new business key. */
  public Motion register(String unionId, String processInstanceId, MotionContent content, String proposer) {
    CongressSession session = currentSession(unionId)
        .orElseThrow(() -> FieldErrors.single("session", "no congress session has opened in this union"));
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
      problem = "the proposer " + motion.getProposer() + " is not a representative of " + session.getName()
          + " / 提案人不是本届代表";
    } else {
      List<String> coSigners = motion.getCoSigners().stream().filter(id -> !id.equals(motion.getProposer())).toList();
      List<String> valid = representatives.findBySessionAndUserIdIn(session, coSigners).stream()
          .map(Representative::getUserId).toList();
      List<String> invalid = coSigners.stream().filter(id -> !valid.contains(id)).toList();
      if (!invalid.isEmpty()) {
        problem = "not representatives of " + session.getName() + ": " + String.join(", ", invalid)
            + " / 附议人不是本届代表";
      } else if (valid.size() < rules.minCoSigners()) {
        problem = "a motion needs at least " + rules.minCoSigners() + " co-signing representatives, it has "
            + valid.size() + " / 附议代表不足 " + rules.minCoSigners() + " 人";
      }
    }
    motion.signatures(problem);
    return problem;
  }

  public void amend(long motionId, MotionContent content) {
    get(motionId).amend(content);
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
    return motions.findBySession(motion.getSession()).stream()
        .filter(target -> target.accepted() && !target.getId().equals(motionId))
        .sorted(Comparator.comparing(Motion::getBusinessKey)).toList();
  }

  /** Why a motion cannot be merged into the named one, or null when it can. */
  @Transactional(readOnly = true)
  public String mergeProblem(long motionId, String mergeInto) {
    Motion motion = get(motionId);
    if (motion.getBusinessKey().equals(mergeInto)) {
      return "a motion cannot be merged into itself";
    }
    Optional<Motion> target = motions.findByBusinessKeyAndUnionId(mergeInto, motion.getUnionId());
    if (target.isEmpty()) {
      return "no motion " + mergeInto + " in this union";
    }
    if (!target.get().getSession().getId().equals(motion.getSession().getId())) {
      return mergeInto + " belongs to another session (" + target.get().getSession().getName() + ")";
    }
    if (!target.get().accepted()) {
      return mergeInto + " has not been accepted";
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
      String department, Pageable pageable) {
    // the pattern is built here: PostgreSQL cannot type a bare parameter inside a concatenation
    String departmentPattern = department == null || department.isBlank() ? null : "%," + department.strip() + ",%";
    return motions.search(unionId, sessionId, status, category, departmentPattern, pageable);
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
