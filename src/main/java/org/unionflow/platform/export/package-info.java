/** Downloads every register offers: CSV for spreadsheets and a printable PDF, both readable in Chinese. */
package org.unionflow.platform.export;
