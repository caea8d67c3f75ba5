package org.unionflow.motions;

import java.util.List;

/** What a representative writes into a motion, on submission or when amending it. */
record MotionContent(String title, MotionCategory category, String reasons, String measures, List<String> coSigners) {
}
