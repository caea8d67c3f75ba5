package org.unionflow.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.identity.PeopleNames;
import org.unionflow.platform.security.ReadPolicy;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.web.NotFoundException;

/**
 * Who may do what with a case's files. A case of another union, or of a process that takes no files, is not
 * found. Its files are read by the readers of its register (the read policy) and by whoever may work on it; a
 * file is added only while the case runs, by someone holding or offered one of its open tasks, or by whoever
 * started it. Each file is noted as a comment of an open task, so the approval trail and Tasklist's history show
 * it at the step where it came; the row, its bytes and the comment commit together or not at all.
 */
@Service
@EnableConfigurationProperties(AttachmentSettings.class)
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CaseAttachments {

  static final String FILE = "file";

  /** Path separators, control characters and what Windows refuses in a name. */
  private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[\\p{Cntrl}\\\\/:*?\"<>|]");
  private static final int MAX_NAME = 150;

  private final AttachmentRepository attachments;
  private final AttachmentContentRepository contents;
  private final FileTypes types;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final PeopleNames names;
  private final ReadPolicy policy;
  private final AttachmentSettings settings;
  private final Clock clock;

  /** A downloaded file: what is known of it and its bytes. */
  record Download(String fileName, String mediaType, byte[] content) {
  }

  CaseFiles list(UnionFlowUser user, String processInstanceId) {
    HistoricProcessInstance instance = find(user, processInstanceId);
    Optional<Task> step = stepFor(user, instance);
    requireReader(user, instance, step);
    List<Attachment> files = attachments.findByProcessInstanceIdOrderByUploadedAtAscIdAsc(instance.getId());
    Map<String, String> uploaders = names.of(files.stream().map(Attachment::getUploadedBy).toList());
    return new CaseFiles(instance.getId(), instance.getBusinessKey(), instance.getProcessDefinitionName(),
        running(instance), running(instance) && step.isPresent(), settings.maxSize().toBytes(),
        files.stream().map(file -> AttachmentView.of(file, uploaders)).toList());
  }

  Download download(UnionFlowUser user, long attachmentId) {
    Attachment attachment = attachments.findById(attachmentId)
        .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    HistoricProcessInstance instance;
    try {
      instance = find(user, attachment.getProcessInstanceId());
    } catch (NotFoundException e) {
      // another union's file does not exist for this reader, whatever its case
      throw new NotFoundException("Attachment", attachmentId);
    }
    requireReader(user, instance, stepFor(user, instance));
    byte[] content = contents.findById(attachmentId).orElseThrow(() -> new NotFoundException("Attachment", attachmentId))
        .getContent();
    return new Download(attachment.getFileName(), attachment.getMediaType(), content);
  }

  @Transactional
  AttachmentView upload(UnionFlowUser user, String processInstanceId, MultipartFile file) {
    HistoricProcessInstance instance = find(user, processInstanceId);
    if (!running(instance)) {
      throw FieldErrors.single(FILE, "案件已结束，不能再添加文件 / The case has ended: no more files can be added");
    }
    Task step = stepFor(user, instance).orElseThrow(() -> new AccessDeniedException(
        "只有办理此案件的人可以添加文件 / Only those who work on the case may add files: " + user.id()));
    StoredFile stored = check(file);
    Attachment attachment = attachments.saveAndFlush(new Attachment(instance.getTenantId(), instance.getId(),
        instance.getBusinessKey(), stored, user.id(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
        step.getName()));
    contents.save(new AttachmentContent(attachment.getId(), stored.content()));
    noteInTrail(user, step, stored);
    return AttachmentView.of(attachment, names.of(List.of(user.id())));
  }

  private HistoricProcessInstance find(UnionFlowUser user, String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null || instance.getTenantId() == null || !user.reads(instance.getTenantId())
        || !settings.cases().containsKey(instance.getProcessDefinitionKey())) {
      throw new NotFoundException("Case", processInstanceId);
    }
    return instance;
  }

  private void requireReader(UnionFlowUser user, HistoricProcessInstance instance, Optional<Task> step) {
    Register register = settings.cases().get(instance.getProcessDefinitionKey());
    if (step.isEmpty() && !policy.mayRead(user, register)) {
      throw new AccessDeniedException("附件仅限可查看此案件的人 / " + register.label() + ": not readable by " + user.id());
    }
  }

  private static boolean running(HistoricProcessInstance instance) {
    return HistoricProcessInstance.STATE_ACTIVE.equals(instance.getState());
  }

  /**
   * The open task a file from this user is noted at: one they hold or are offered, else (for whoever started the
   * case) its oldest open task; empty if the user may not add files to the case.
   */
  private Optional<Task> stepFor(UnionFlowUser user, HistoricProcessInstance instance) {
    if (!running(instance)) {
      return Optional.empty();
    }
    List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).orderByTaskCreateTime().asc()
        .list();
    Optional<Task> own = open.stream().filter(task -> worksOn(user, task)).findFirst();
    if (own.isPresent() || !user.id().equals(instance.getStartUserId()) || !user.belongsTo(instance.getTenantId())) {
      return own;
    }
    return open.stream().findFirst();
  }

  private boolean worksOn(UnionFlowUser user, Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(user.id());
    }
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> user.id().equals(link.getUserId())
            || (link.getGroupId() != null && user.inGroup(link.getGroupId())));
  }

  private StoredFile check(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw FieldErrors.single(FILE, "请选择文件，文件不能为空 / Choose a file; an empty file is not taken");
    }
    long max = settings.maxSize().toBytes();
    if (file.getSize() > max) {
      throw FieldErrors.single(FILE, "文件过大，最大 " + settings.maxSize().toMegabytes() + " MB / The file is too large: at most "
          + settings.maxSize().toMegabytes() + " MB");
    }
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The uploaded file could not be read", e);
    }
    FileType type = types.of(content).orElseThrow(() -> FieldErrors.single(FILE,
        "不接受此类文件（按内容识别）：仅限 PDF、JPEG、PNG、Word、Excel / This kind of file is not taken (read from its"
            + " content): PDF, JPEG, PNG, Word or Excel only"));
    return new StoredFile(type.named(cleanName(file.getOriginalFilename())), type, content, sha256(content));
  }

  /** The name without any path, control or reserved characters, short enough to store; "附件" if nothing is left. */
  static String cleanName(String original) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = UNSAFE_IN_NAME.matcher(name).replaceAll("_").strip();
    if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
      name = "附件";
    }
    return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** A comment of the step, in the uploader's name, as Tasklist writes one. */
  private void noteInTrail(UnionFlowUser user, Task step, StoredFile file) {
    String message = "上传附件 / File attached: " + file.name() + "（" + file.type().label() + "，"
        + Sizes.of(file.content().length) + "，SHA-256 " + file.sha256().substring(0, 16) + "…）";
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthenticatedUserId(user.id());
    try {
      tasks.createComment(step.getId(), step.getProcessInstanceId(), message);
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }
}
