/** HTML and inline-SVG building blocks for the reports: escaping, page frame, palette and charts. */
package io.github.doctagger.report.html;
