package vn.motcua.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import vn.motcua.document.OfficialForms;
import vn.motcua.document.QrCodes;
import vn.motcua.document.ReceiptForm;
import vn.motcua.document.SampleForms;
import vn.motcua.document.internal.StandaloneForms;

/**
 * Official forms rendered to PDF per second (Thymeleaf → openhtmltopdf, fonts subset and
 * embedded), and the receipt's QR code alone.
 * <p>
 * Run: {@code ./mvnw -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OfficialFormsBenchmark {

	private final OfficialForms forms = StandaloneForms.create();

	private final ReceiptForm receipt = SampleForms.receipt();

	@Benchmark
	public byte[] receiptPdf() {
		return this.forms.receipt(this.receipt);
	}

	@Benchmark
	public byte[] controlSheetPdf() {
		return this.forms
			.controlSheet(SampleForms.controlSheet(SampleForms.RECEIVED.atZone(SampleForms.ZONE).toLocalDate()));
	}

	@Benchmark
	public byte[] receiptQrPng() {
		return QrCodes.png(SampleForms.TRACKING_URL, 300);
	}

}
