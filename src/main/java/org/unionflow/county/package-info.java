/**
 * The county union's view of the year (工作总结的数据): figures of its base unions and in total, read by
 * aggregate queries over the features' registers (never a copy of them), as REST, a page, XLSX and PDF.
 */
package org.unionflow.county;
