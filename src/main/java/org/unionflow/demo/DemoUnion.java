package org.unionflow.demo;

import java.util.List;
import java.util.Map;

/**
 * A base union of the demo: its tenant, its people by role, its union groups (工会小组), how many members it
 * has, its current congress session and that session's representatives by name.
 */
public record DemoUnion(String id, String name, String staffPrefix, Map<String, List<String>> usersByGroup,
    List<String> unionGroups, int members, String congressSession, List<String> representatives) {
}
