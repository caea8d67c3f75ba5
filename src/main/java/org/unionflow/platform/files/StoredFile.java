package org.unionflow.platform.files;

/** A file as it is kept: its cleaned name, the type read from its content, the bytes and their SHA-256 (hex). */
record StoredFile(String name, FileType type, byte[] content, String sha256) {
}
