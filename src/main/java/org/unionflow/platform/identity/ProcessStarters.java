package org.unionflow.platform.identity;

import java.util.List;

/**
 * Which groups may start a process; each process package declares one as a bean and the identity
 * bootstrap grants it.
 */
public record ProcessStarters(String processKey, List<String> groups) {
}
