package org.unionflow.demo;

import java.util.List;
import java.util.Map;

/** A base union of the demo: its tenant, its people by role, and its union groups (工会小组). */
record DemoUnion(String id, String name, String staffPrefix, Map<String, List<String>> usersByGroup,
    List<String> unionGroups, int members) {
}
