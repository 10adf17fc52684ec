package vn.motcua.catalog;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One document of the legal basis (căn cứ pháp lý). */
@Schema(description = "A legal document the procedure rests on")
public record LegalDocument(@Schema(description = "Number and symbol, e.g. 60/2014/QH13") String number,
		@Schema(description = "Date of issue, if recorded", nullable = true) @Nullable LocalDate date,
		@Schema(description = "Issuing body, e.g. Quốc hội") String issuer,
		@Schema(description = "Kind and title, e.g. Luật Hộ tịch") String title,
		@Schema(description = "Documents amending it, as text", nullable = true) @Nullable String amendedBy) {

}
