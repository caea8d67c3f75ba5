package org.unionflow.motions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable numbers of motion handling ({@code unionflow.motions.*}); the handling periods are in the
 * {@code motionHandling} table (processes/motion-handling.dmn).
 *
 * @param minCoSigners         co-signing representatives a motion needs besides its proposer
 * @param maxUnsatisfiedRounds unsatisfied rounds after which the committee decides
 */
@ConfigurationProperties("unionflow.motions")
record MotionRules(@DefaultValue("2") int minCoSigners, @DefaultValue("2") int maxUnsatisfiedRounds) {
}
