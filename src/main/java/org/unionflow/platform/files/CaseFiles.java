package org.unionflow.platform.files;

import java.util.List;

/**
 * A case's files as its page shows them: which case, whether it still runs, whether this reader may add a file
 * (and up to what size), and the files in the order they came.
 */
record CaseFiles(String processInstanceId, String businessKey, String caseName, boolean running, boolean mayAdd,
    long maxSize, List<AttachmentView> files) {
}
