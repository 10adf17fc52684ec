package vn.motcua.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code catalog_form_template}. */
@Repository
class FormTemplateStore {

	private static final String COLUMNS = "file_name, title, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

	private final JdbcClient jdbc;

	FormTemplateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts, or replaces the template of the same file name. */
	void save(FormTemplate template, byte[] content) {
		this.jdbc.sql("""
				INSERT INTO catalog_form_template (file_name, title, content_type, content, size_bytes, sha256,
					uploaded_by, uploaded_at)
				VALUES (:fileName, :title, :contentType, :content, :size, :sha256, :by, :at)
				ON CONFLICT (file_name) DO UPDATE SET title = EXCLUDED.title, content_type = EXCLUDED.content_type,
					content = EXCLUDED.content, size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256,
					uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at
				""")
			.param("fileName", template.fileName())
			.param("title", template.title())
			.param("contentType", template.contentType())
			.param("content", content)
			.param("size", template.sizeBytes())
			.param("sha256", template.sha256())
			.param("by", template.uploadedBy())
			.param("at", Timestamp.from(template.uploadedAt()))
			.update();
	}

	Optional<FormFile> load(String fileName) {
		return this.jdbc.sql("SELECT " + COLUMNS + ", content FROM catalog_form_template WHERE file_name = ?")
			.param(fileName)
			.query((rs, n) -> new FormFile(template(rs), rs.getBytes("content")))
			.optional();
	}

	List<FormTemplate> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM catalog_form_template ORDER BY file_name")
			.query((rs, n) -> template(rs))
			.list();
	}

	List<FormTemplate> findAll(List<String> fileNames) {
		if (fileNames.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM catalog_form_template WHERE file_name IN (:names)")
			.param("names", fileNames)
			.query((rs, n) -> template(rs))
			.list();
	}

	boolean exists(String fileName) {
		return this.jdbc.sql("SELECT count(*) FROM catalog_form_template WHERE file_name = ?")
			.param(fileName)
			.query(Long.class)
			.single() > 0;
	}

	boolean delete(String fileName) {
		return this.jdbc.sql("DELETE FROM catalog_form_template WHERE file_name = ?").param(fileName).update() > 0;
	}

	/** The form file names that published procedures refer to, sorted. */
	List<String> referencedByPublished() {
		return this.jdbc.sql("""
				SELECT DISTINCT d ->> 'formTemplate' AS name
				FROM catalog_procedure_version, jsonb_array_elements(content -> 'documents') AS d
				WHERE status = 'PUBLISHED' AND d ->> 'formTemplate' IS NOT NULL
				ORDER BY 1
				""").query(String.class).list();
	}

	private static FormTemplate template(ResultSet rs) throws SQLException {
		return new FormTemplate(rs.getString("file_name"), rs.getString("title"), rs.getString("content_type"),
				rs.getInt("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

}
