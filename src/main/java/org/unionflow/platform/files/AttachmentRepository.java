package org.unionflow.platform.files;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

  List<Attachment> findByProcessInstanceIdOrderByUploadedAtAscIdAsc(String processInstanceId);
}
