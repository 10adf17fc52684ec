package vn.motcua.reporting.web;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.reporting.ProcessingReport;

/**
 * Form II.06a laid out for pages and exports: rows of cells, each cell a measure (what
 * its drill-down lists) and a number.
 */
record ReportForm(List<Row> rows, Row total) {

	/** The measures of columns (3) to (13), then those outside the national form. */
	static final List<String> MEASURES = List.of("received.total", "received.online", "received.direct",
			"received.carriedOver", "resolved.total", "resolved.early", "resolved.onTime", "resolved.late",
			"inProgress.total", "inProgress.withinDeadline", "inProgress.overdue", "withdrawn", "stopped", "refused");

	/** Columns of the national form: (3)–(13). */
	static final int FORM_COLUMNS = 11;

	record Cell(String measure, long value) {

	}

	/** A row: a field (null for the total) and its cells. */
	record Row(int index, String label, String field, List<Cell> cells) {

	}

	static ReportForm of(ProcessingReport report, String totalLabel) {
		return of(report, totalLabel, false);
	}

	/**
	 * The form; with {@code fold}, withdrawn and stopped dossiers are also counted in
	 * columns (7) and (9), as some provinces do
	 * ({@code motcua.reporting.fold-withdrawn}).
	 */
	static ReportForm of(ProcessingReport report, String totalLabel, boolean fold) {
		List<Row> rows = new ArrayList<>();
		int i = 1;
		for (ProcessingReport.FieldRow f : report.fields()) {
			rows.add(new Row(i++, f.field(), f.field(),
					cells(f.received(), f.resolved(), f.inProgress(), f.withdrawn(), f.stopped(), f.refused(), fold)));
		}
		Row total = new Row(0, totalLabel, "", cells(report.received(), report.resolved(), report.inProgress(),
				report.withdrawn(), report.stopped(), report.refused(), fold));
		return new ReportForm(rows, total);
	}

	private static List<Cell> cells(ProcessingReport.Received r, ProcessingReport.Resolved d,
			ProcessingReport.InProgress p, long withdrawn, long stopped, long refused, boolean fold) {
		long folded = fold ? withdrawn + stopped : 0;
		long[] values = { r.total(), r.online(), r.direct(), r.carriedOver(), d.total() + folded, d.early(),
				d.onTime() + folded, d.late(), p.total(), p.withinDeadline(), p.overdue(), withdrawn, stopped,
				refused };
		List<Cell> cells = new ArrayList<>();
		for (int c = 0; c < values.length; c++) {
			String measure = MEASURES.get(c);
			if (fold && measure.equals("resolved.total")) {
				measure = "resolved.totalFolded";
			}
			else if (fold && measure.equals("resolved.onTime")) {
				measure = "resolved.onTimeFolded";
			}
			cells.add(new Cell(measure, values[c]));
		}
		return cells;
	}

}
