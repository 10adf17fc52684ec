package vn.motcua.catalog.internal;

import java.util.List;

/**
 * What an import did, or would do in a dry run.
 *
 * @param dryRun whether nothing was meant to be saved
 * @param imported procedures saved (or that would be): new drafts, or published
 * @param unchanged procedures identical to the catalog's, left alone
 * @param rejected every refused row; when not empty nothing was saved
 */
public record CatalogImportReport(boolean dryRun, int imported, int unchanged, List<ImportRejection> rejected) {

	public CatalogImportReport {
		rejected = List.copyOf(rejected);
	}

	public boolean accepted() {
		return this.rejected.isEmpty();
	}

	static CatalogImportReport refused(boolean dryRun, List<ImportRejection> rejected) {
		return new CatalogImportReport(dryRun, 0, 0, rejected);
	}

}
