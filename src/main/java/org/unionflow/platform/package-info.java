/** What every process stands on: security, identity, engine configuration, form validation, business keys, demo data. */
package org.unionflow.platform;
