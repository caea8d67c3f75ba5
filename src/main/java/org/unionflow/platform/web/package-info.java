/** How the domain REST answers errors: RFC 9457 problem details, with one entry per refused field. */
package org.unionflow.platform.web;
