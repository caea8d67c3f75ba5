/**
 * Case attachments: files uploaded to a running case (supporting documents of an aid application, an expense's
 * invoices, the audit package), their type read from the content, kept in the database with their SHA-256, noted
 * in the case's approval trail as a comment of its open step, and served only to those who may read the case.
 * Which processes take files, and which register's readers read them, is configuration.
 */
package org.unionflow.platform.files;
