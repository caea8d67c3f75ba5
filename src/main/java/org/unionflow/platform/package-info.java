/**
 * What every process stands on: security, identity, engine configuration, form validation, business keys,
 * exports and the mapped superclasses of case records and votes. Knows no feature (ArchitectureTests).
 */
package org.unionflow.platform;
