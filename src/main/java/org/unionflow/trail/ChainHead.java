package org.unionflow.trail;

/** The last step of a case's chain, as much of it as the next step needs: its number and its hash. */
record ChainHead(int seq, String hash) {
}
