package vn.motcua.dossier.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.Actor;
import vn.motcua.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large import, run on demand (it takes a while and fills the database):
 * {@code ./mvnw -o test -Dtest=DossierImportVolumeTests -Dmotcua.import.lines=100000}.
 * Prints the time taken; asserts only that every line was stored once and that a second
 * run stores nothing (speed is a figure, not a test).
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "motcua.import.lines", matches = "\\d+")
class DossierImportVolumeTests {

	@Autowired
	DossierImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLargeFileIsStoredInOneGo() {
		int lines = Integer.parseInt(System.getProperty("motcua.import.lines"));
		StringBuilder body = new StringBuilder(lines * 420);
		LocalDate day = LocalDate.of(2023, 1, 2);
		for (int i = 0; i < lines; i++) {
			LocalDate received = day.plusDays(i / 5000);
			String date = received.toString();
			String code = "VOL.06652-" + DossierWorkflow.CODE_DATE.format(received) + "-"
					+ String.format("%04d", i % 5000 + 1);
			body.append("""
					{"procedureCode":"1.001193","agencyCode":"06652","channel":"%s","code":"%s",\
					"applicant":{"name":"Nguyễn Văn Số %d","phone":"0912%06d"},\
					"receivedAt":"%sT08:00:00+07:00","dueAt":"%sT17:00:00+07:00",\
					"resolvedAt":"%sT%s:00+07:00","returnedAt":"%sT18:00:00+07:00","finalStatus":10}
					""".formatted((i % 2 == 0) ? "ONLINE" : "COUNTER", code, i, i % 1_000_000, date, date, date,
					(i % 10 == 0) ? "17:30" : "15:00", date));
		}
		byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
		Actor admin = new Actor(Actor.Kind.STAFF, "admin", "Quản trị", Set.of(Role.SYSTEM_ADMIN), "22", true, null,
				null);
		long start = System.nanoTime();
		DossierImporter.ImportReport report = this.importer.importNdjson(new ByteArrayInputStream(bytes), admin);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(report.rejected()).isEmpty();
		assertThat(report.imported()).isEqualTo(lines);
		long again = System.nanoTime();
		DossierImporter.ImportReport second = this.importer.importNdjson(new ByteArrayInputStream(bytes), admin);
		long againMillis = (System.nanoTime() - again) / 1_000_000;
		assertThat(second.imported()).isZero();
		assertThat(second.alreadyPresent()).isEqualTo(lines);
		System.out.printf("IMPORT VOLUME: %d lines, %.1f MB, first import %d ms, re-import %d ms%n", lines,
				bytes.length / 1048576.0, millis, againMillis);
	}

}
