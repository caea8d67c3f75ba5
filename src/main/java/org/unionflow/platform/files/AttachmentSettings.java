package org.unionflow.platform.files;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.unionflow.platform.security.Register;

/**
 * Attachments ({@code unionflow.attachments.*}).
 *
 * @param maxSize the largest file taken
 * @param cases   the processes (by key) whose cases take files, each with the register whose readers read them
 */
@ConfigurationProperties("unionflow.attachments")
record AttachmentSettings(
    @DefaultValue("10MB") DataSize maxSize,
    @DefaultValue Map<String, Register> cases) {
}
