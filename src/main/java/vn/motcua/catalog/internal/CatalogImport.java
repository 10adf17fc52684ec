package vn.motcua.catalog.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalog.InternalProcess;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.organization.Agencies;

/**
 * Imports a catalog file (Excel or CSV, see {@code docs/catalog-import.md}): all or
 * nothing. Every row is checked first; if any is refused nothing is saved and the report
 * lists them all. Otherwise, in one transaction, each procedure becomes a draft through
 * {@link ProcedureCatalog} (a new version if it was published), published too when its
 * row says so, so versions and {@code ProcedureChanged} events stay right. Procedures
 * identical to the catalog's are left alone. A dry run checks and counts without saving.
 */
@Service
public class CatalogImport {

	/** Most data rows of one sheet. */
	public static final int MAX_ROWS = 20_000;

	private final ProcedureCatalog catalog;

	private final Agencies agencies;

	private final TransactionTemplate transactions;

	CatalogImport(ProcedureCatalog catalog, Agencies agencies, PlatformTransactionManager transactions) {
		this.catalog = catalog;
		this.agencies = agencies;
		this.transactions = new TransactionTemplate(transactions);
	}

	public CatalogImportReport importFile(byte[] content, boolean dryRun, String actor) {
		List<CatalogTable> tables;
		try {
			CatalogFormat format = CatalogFormat.detect(content);
			tables = (format == CatalogFormat.XLSX) ? XlsxTables.read(content, MAX_ROWS)
					: CsvTables.read(content, MAX_ROWS);
		}
		catch (CatalogFileException ex) {
			return CatalogImportReport.refused(dryRun, List.of(ex.rejection()));
		}
		CatalogImportParser.Parsed parsed = CatalogImportParser.parse(tables, this.agencies::exists);
		if (!parsed.rejected().isEmpty()) {
			return CatalogImportReport.refused(dryRun, parsed.rejected());
		}
		return this.transactions.execute((status) -> {
			int imported = 0;
			int unchanged = 0;
			for (CatalogImportParser.ImportedProcedure procedure : parsed.procedures()) {
				if (save(procedure, dryRun, actor)) {
					imported++;
				}
				else {
					unchanged++;
				}
			}
			if (dryRun) {
				status.setRollbackOnly();
			}
			return new CatalogImportReport(dryRun, imported, unchanged, List.of());
		});
	}

	/**
	 * Saves one procedure unless the catalog already says the same; true if it was (or,
	 * in a dry run, would be) saved. A row to publish that matches the published version
	 * leaves a pending draft alone; one that matches the draft publishes it.
	 */
	private boolean save(CatalogImportParser.ImportedProcedure procedure, boolean dryRun, String actor) {
		ProcedureDetails details = procedure.details();
		ProcedureRecord latest = this.catalog.exists(details.code()) ? this.catalog.editable(details.code()) : null;
		ProcedureRecord draft = (latest != null && latest.status() == ProcedureStatus.DRAFT) ? latest : null;
		ProcedureRecord published = (latest != null) ? this.catalog.findPublished(details.code()).orElse(null) : null;
		boolean sameAsDraft = draft != null && sameContent(draft.details(), details);
		boolean sameAsPublished = published != null && sameContent(published.details(), details);
		if (procedure.publish() ? sameAsPublished : (sameAsDraft || (draft == null && sameAsPublished))) {
			return false;
		}
		if (dryRun) {
			return true;
		}
		if (!sameAsDraft) {
			this.catalog.saveDraft(details, actor);
		}
		if (procedure.publish()) {
			this.catalog.publish(details.code(), actor);
		}
		return true;
	}

	/** Same content, whatever the trailing zeros of the shares (3.0 is 3). */
	static boolean sameContent(ProcedureDetails a, ProcedureDetails b) {
		return normalized(a).equals(normalized(b));
	}

	static ProcedureDetails normalized(ProcedureDetails details) {
		List<ProcessStep> steps = details.process()
			.steps()
			.stream()
			.map((step) -> new ProcessStep(step.name(), step.role(), step.unitType(), plain(step.share())))
			.toList();
		return new ProcedureDetails(details.code(), details.name(), details.field(), details.levels(),
				details.competentAgency(), details.legalBasis(), details.cases(), details.documents(), details.result(),
				details.onlineMode(), details.returnChannels(),
				new InternalProcess(details.process().unit(), details.process().demoDefault(), steps),
				details.applicability(), details.note(), details.source());
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
